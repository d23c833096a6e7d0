"""Small helpers the notebooks use to show charts with alt text and numbers in prose.

* :func:`show` displays a figure as an image with an ``alt`` attribute (and
  closes it, so it is not drawn twice).
* :func:`say` displays a sentence of Markdown whose numbers are computed in the
  cell, so the text and the data cannot drift apart.
* :func:`further_reading` lists sources from the sources table by id.
* :func:`setup` applies the house style; every notebook calls it once.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable

import matplotlib.pyplot as plt
from IPython.display import HTML, Markdown, display

from . import load, plotting


def setup() -> None:
    """Apply the house chart style (call once at the top of a notebook)."""
    plotting.use_style()


def figure_html(fig, alt: str) -> str:
    """The figure as an ``<img>`` element with a PNG inline and the given alt text.

    >>> import matplotlib
    >>> fig, ax = plt.subplots(figsize=(2, 1))
    >>> figure_html(fig, 'A "test" chart with an empty frame.')[:60]
    '<figure class="chinaspace-chart"><img alt="A &quot;test&quot'
    >>> plt.close(fig)
    """
    if not alt or len(alt.strip()) < 20:
        raise ValueError("every chart needs alt text: one or two sentences saying what kind "
                         "of chart it is and what it shows")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<figure class="chinaspace-chart"><img alt="{html.escape(alt, quote=True)}" '
            f'src="data:image/png;base64,{data}" style="max-width:100%;height:auto"/></figure>')


def show(fig, alt: str) -> None:
    """Display a figure with alt text, then close it."""
    display(HTML(figure_html(fig, alt)))
    plt.close(fig)


def say(text: str) -> None:
    """Display a sentence of Markdown (built with an f-string from computed values)."""
    display(Markdown(text))


def further_reading(source_ids: Iterable[str]) -> str:
    """A Markdown list of the given sources: title, publisher, date, link.

    >>> print(further_reading(["chinastudies-baidarov-essay"]))  # doctest: +ELLIPSIS
    - Erkin Baidarov, *[Essay on China as a space power ...]*, China Studies Centre ...
    """
    sources = load.sources().set_index("source_id")
    lines = []
    for sid in source_ids:
        row = sources.loc[sid]
        who = f"{row['author']}, " if row["author"] else ""
        date = f" ({row['date_published']})" if row["date_published"] else ""
        lines.append(f"- {who}*{row['title']}*, {row['publisher']}{date}. <{row['url']}>")
    return "\n".join(lines)


def reading(source_ids: Iterable[str]) -> None:
    """Display :func:`further_reading` as Markdown."""
    display(Markdown(further_reading(source_ids)))
