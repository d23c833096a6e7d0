"""The essay as paragraphs, for checking quotations against it.

The essay is not shipped with the project (it is quoted briefly, with paragraph
numbers). Where a copy is at hand, :func:`paragraphs` splits it the way the
claims register counts: paragraphs are the non-empty blocks of the file,
numbered from 1.

>>> paragraphs("First block.\\n\\n\\nSecond\\nblock.\\n")
['First block.', 'Second\\nblock.']
"""

from __future__ import annotations

import re


def paragraphs(text: str) -> list[str]:
    """Split a text into its non-empty blocks (separated by blank lines)."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [b.strip() for b in blocks if b.strip()]


def normalise(text: str) -> str:
    """Collapse runs of whitespace, so a quotation can be matched across line breaks."""
    return " ".join(text.split())


#: Kinds of claim in the order charts show them: checkable ones first, opinions last.
CLAIM_KINDS = ["fact", "number", "ranking", "attribution", "forecast", "opinion"]


def claim_profile(paragraphs, claims):
    """One row per paragraph: theme, words, and the number of claims of each kind.

    ``paragraphs`` is the essay_paragraphs table, ``claims`` the claims table.

    >>> import pandas as pd
    >>> paras = pd.DataFrame({"paragraph": [1, 2], "theme": ["a", "b"], "words": [10, 20]})
    >>> cl = pd.DataFrame({"paragraph": [2, 2], "kind": ["fact", "opinion"]})
    >>> claim_profile(paras, cl)[["paragraph", "fact", "opinion", "claims"]].values.tolist()
    [[1, 0, 0, 0], [2, 1, 1, 2]]
    """
    import pandas as pd

    counts = (
        pd.crosstab(claims["paragraph"], claims["kind"])
        .reindex(columns=CLAIM_KINDS, fill_value=0)
    )
    profile = (
        paragraphs[["paragraph", "theme", "words"]]
        .merge(counts, left_on="paragraph", right_index=True, how="left")
        .fillna({k: 0 for k in CLAIM_KINDS})
    )
    profile = profile.astype({k: "int64" for k in CLAIM_KINDS})
    return profile.assign(claims=profile[CLAIM_KINDS].sum(axis=1))


def claim_profile_chart(profile, title: str, ax=None):
    """Horizontal stacked bars: claims per paragraph by kind, opinions hatched.

    Returns ``(fig, ax)``; the caller adds the source footer and shows it.
    """
    import matplotlib.pyplot as plt

    if ax is None:
        fig, ax = plt.subplots(figsize=(10, 6.5))
    else:
        fig = ax.figure
    colours = {"fact": "#0072B2", "number": "#56B4E9", "ranking": "#009E73",
               "attribution": "#E69F00", "forecast": "#CC79A7", "opinion": "#BBBBBB"}
    rows = profile.sort_values("paragraph", ascending=False)
    labels = [f"¶{p}  {t}" for p, t in zip(rows["paragraph"], rows["theme"])]
    left = [0] * len(rows)
    for kind in CLAIM_KINDS:
        values = rows[kind].tolist()
        ax.barh(labels, values, left=left, color=colours[kind], label=kind,
                hatch="//" if kind == "opinion" else None, edgecolor="white", linewidth=0.5)
        left = [a + b for a, b in zip(left, values)]
    for y, total in enumerate(left):
        if total:
            ax.text(total + 0.15, y, str(total), va="center", fontsize=9)
    ax.set_xlabel("Claims in the register (count)")
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.legend(ncols=6, loc="upper center", bbox_to_anchor=(0.45, -0.1), fontsize=9)
    ax.set_title(title)
    return fig, ax
