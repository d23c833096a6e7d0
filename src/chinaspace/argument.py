"""The essay's argument as a map: tables of its nodes and a drawing laid out from the data.

``data/raw/argument.csv`` holds the argument as nodes (thesis, premises,
sub-premises, evidence), each naming the node it supports and what it rests on
(``basis``: a checkable fact, a forecast, a value, or a mix). This module

* turns the ``supports`` links into a tree and lays it out (:func:`layout`),
  so the map is drawn from the data, never by hand (:func:`draw_map`);
* links nodes to the claims register and its verdicts (:func:`node_claims`,
  :func:`verdicts_by_premise`), so a learner can see which premises rest on
  checked facts and which on opinion;
* picks the context events a seminar needs (:func:`context_events`).

>>> arg = pd.DataFrame({"node_id": ["T", "P1", "E1", "P2"],
...                     "supports": ["", "T", "P1", "T"]})
>>> layout(arg)[["node_id", "depth", "y"]].values.tolist()
[['T', 0, 1.0], ['P1', 1, 0.5], ['E1', 2, 0.5], ['P2', 1, 1.5]]
"""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch

#: Order in which the bases are listed in tables and legends.
BASES = ("checkable_fact", "forecast", "value", "mixed")

#: How each basis is drawn: fill, edge line style, box style and a tag printed in the box,
#: so the map reads in grey as well as in colour. The colours mark bases, not countries.
BASIS_STYLE = {
    "checkable_fact": {"fill": "#D6E6F4", "edge": "#2B5C8A", "ls": "solid",
                       "box": "square", "tag": "CHECKABLE"},
    "forecast": {"fill": "#FBE3C6", "edge": "#A0522D", "ls": "dashed",
                 "box": "round", "tag": "FORECAST"},
    "value": {"fill": "#E7DDF0", "edge": "#5E3C7F", "ls": "dotted",
              "box": "round", "tag": "VALUE"},
    "mixed": {"fill": "#EDEDED", "edge": "#444444", "ls": "dashdot",
              "box": "round", "tag": "MIXED"},
}

#: Verdicts grouped for charts: how a claim under a premise fared when checked.
VERDICT_GROUPS = {
    "correct": "checked: correct or nearly",
    "approximately_correct": "checked: correct or nearly",
    "misleading": "checked: problem found",
    "outdated": "checked: problem found",
    "incorrect": "checked: problem found",
    "unverifiable": "could not be checked",
    "forecast": "forecast",
    "opinion": "opinion",
}
VERDICT_GROUP_ORDER = ("checked: correct or nearly", "checked: problem found",
                       "could not be checked", "forecast", "opinion")
VERDICT_GROUP_STYLE = {
    "checked: correct or nearly": ("#2B5C8A", ""),
    "checked: problem found": ("#C0392B", "//"),
    "could not be checked": ("#9E9E9E", ".."),
    "forecast": ("#E69F00", "\\\\"),
    "opinion": ("#7E5A9B", "xx"),
}


def split_ids(text: str) -> list[str]:
    """The ids in a ';'-separated field, stripped, empty parts dropped.

    >>> split_ids("c001; c002;;")
    ['c001', 'c002']
    """
    return [part.strip() for part in str(text).split(";") if part.strip()]


def children(arg: pd.DataFrame) -> dict[str, list[str]]:
    """For each node id, the ids of the nodes that support it, in file order.

    >>> children(pd.DataFrame({"node_id": ["T", "P1", "P2"], "supports": ["", "T", "T"]}))
    {'T': ['P1', 'P2'], 'P1': [], 'P2': []}
    """
    kids: dict[str, list[str]] = {node: [] for node in arg["node_id"]}
    for node, parent in zip(arg["node_id"], arg["supports"]):
        if parent:
            kids[parent].append(node)
    return kids


def descendants(arg: pd.DataFrame, node: str) -> list[str]:
    """Every node below ``node`` in the map (its supporters, theirs, and so on).

    >>> arg = pd.DataFrame({"node_id": ["T", "P1", "E1"], "supports": ["", "T", "P1"]})
    >>> descendants(arg, "T")
    ['P1', 'E1']
    """
    kids = children(arg)
    found, stack = [], list(reversed(kids[node]))
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(reversed(kids[current]))
    return found


def layout(arg: pd.DataFrame, heights: dict[str, float] | None = None,
           gap: float = 0.0) -> pd.DataFrame:
    """Positions for a left-to-right tree: ``depth`` (column) and ``y`` (centre row) per node.

    The thesis sits in column 0, what supports it in column 1, and so on. Each
    node takes a band of rows as tall as its own box (``heights``, default 1) or
    as its supporters' bands stacked with ``gap`` between them, whichever is
    taller; it sits in the middle of its band and its supporters are centred in
    it, in file order from the top. Returns a new frame with the node's columns
    plus ``depth``, ``y`` and ``height``; the input is not changed.
    """
    kids = children(arg)
    size = {n: float((heights or {}).get(n, 1.0)) for n in arg["node_id"]}
    extent: dict[str, float] = {}

    def measure(node: str) -> float:
        inner = sum(measure(c) for c in kids[node]) + gap * max(len(kids[node]) - 1, 0)
        extent[node] = max(size[node], inner)
        return extent[node]

    depth: dict[str, int] = {}
    centre: dict[str, float] = {}

    def place(node: str, level: int, top: float) -> None:
        depth[node] = level
        centre[node] = top + extent[node] / 2
        inner = sum(extent[c] for c in kids[node]) + gap * max(len(kids[node]) - 1, 0)
        child_top = top + (extent[node] - inner) / 2
        for child in kids[node]:
            place(child, level + 1, child_top)
            child_top += extent[child] + gap

    top = 0.0
    for root in [n for n, p in zip(arg["node_id"], arg["supports"]) if not p]:
        measure(root)
        place(root, 0, top)
        top += extent[root] + gap
    return arg.assign(depth=arg["node_id"].map(depth).astype("int64"),
                      y=arg["node_id"].map(centre).astype("float64"),
                      height=arg["node_id"].map(size).astype("float64"))


#: Verdicts that mean a checkable claim did not check out as stated.
PROBLEM_VERDICTS = ("misleading", "outdated", "incorrect", "unverifiable")

#: Short names of the verdicts, in the order a box lists them.
VERDICT_SHORT = {"correct": "correct", "approximately_correct": "approx. correct",
                 "misleading": "misleading", "outdated": "outdated", "incorrect": "incorrect",
                 "unverifiable": "unverifiable", "forecast": "forecast", "opinion": "opinion"}

#: Colour of the badge and verdict line on a box with a problem verdict.
PROBLEM_COLOUR = "#B03A2E"


def node_verdicts(arg: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Per node with claims: its claims' verdicts in words and whether any is a problem.

    Columns: ``node_id``, ``claims`` (number), ``verdicts`` (e.g. "2 correct,
    1 misleading", in the order of :data:`VERDICT_SHORT`) and ``problem``
    (True if a verdict is in :data:`PROBLEM_VERDICTS`). Nodes without claims
    are left out.

    >>> arg = pd.DataFrame({"node_id": ["E1"], "kind": ["evidence"],
    ...                     "basis": ["checkable_fact"], "claim_ids": ["c1;c2"]})
    >>> claims = pd.DataFrame({"claim_id": ["c1", "c2"], "paragraph": [1, 1],
    ...                        "kind": ["fact", "fact"], "verdict": ["correct", "outdated"]})
    >>> node_verdicts(arg, claims).to_dict("records")
    [{'node_id': 'E1', 'claims': 2, 'verdicts': '1 correct, 1 outdated', 'problem': True}]
    """
    links = node_claims(arg, claims)
    rows = []
    for node, group in links.groupby("node_id", sort=False):
        counts = group["verdict"].value_counts()
        words = [f"{counts[v]} {VERDICT_SHORT[v]}" for v in VERDICT_SHORT if v in counts]
        rows.append({"node_id": node, "claims": int(len(group)), "verdicts": ", ".join(words),
                     "problem": bool(group["verdict"].isin(PROBLEM_VERDICTS).any())})
    return pd.DataFrame(rows, columns=["node_id", "claims", "verdicts", "problem"])


def branch(arg: pd.DataFrame, premises: list[str]) -> pd.DataFrame:
    """The thesis, the given premises and every node below them, in file order.

    >>> arg = pd.DataFrame({"node_id": ["T", "P1", "E1", "P2"],
    ...                     "supports": ["", "T", "P1", "T"]})
    >>> branch(arg, ["P1"])["node_id"].tolist()
    ['T', 'P1', 'E1']
    """
    roots = arg.loc[arg["supports"] == "", "node_id"].tolist()
    keep = set(roots) | set(premises)
    for premise in premises:
        keep |= set(descendants(arg, premise))
    return arg.loc[arg["node_id"].isin(keep)].reset_index(drop=True)


def and_list(items) -> str:
    """Items joined as English prose: "a", "a and b", "a, b and c".

    >>> and_list(["P2"]), and_list(["P2", "P7"]), and_list(["P1", "P2", "P3"])
    ('P2', 'P2 and P7', 'P1, P2 and P3')
    """
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def branch_summary(arg: pd.DataFrame, claims: pd.DataFrame, premises: list[str]) -> dict:
    """Counts for a part of the map, for a chart title computed from the data.

    For :func:`branch` of ``premises``, without the thesis: ``nodes`` (their
    number), ``basis`` (a dict of counts by basis), ``checkable`` (ids of the
    checkable-fact nodes) and ``flagged`` (those among them with a problem
    verdict, see :func:`node_verdicts`).

    >>> arg = pd.DataFrame({"node_id": ["T", "P1", "E1"], "kind": ["thesis", "premise",
    ...     "evidence"], "basis": ["value", "mixed", "checkable_fact"],
    ...     "claim_ids": ["", "", "c1"], "supports": ["", "T", "P1"]})
    >>> claims = pd.DataFrame({"claim_id": ["c1"], "paragraph": [1], "kind": ["fact"],
    ...                        "verdict": ["outdated"]})
    >>> branch_summary(arg, claims, ["P1"])["flagged"]
    ['E1']
    """
    part = branch(arg, premises)
    part = part.loc[part["supports"] != ""]
    flags = node_verdicts(arg, claims).set_index("node_id")["problem"]
    checkable = part.loc[part["basis"] == "checkable_fact", "node_id"].tolist()
    return {"nodes": len(part), "basis": part["basis"].value_counts().to_dict(),
            "checkable": checkable,
            "flagged": [n for n in checkable if bool(flags.get(n, False))]}


def map_alt_text(premises: list[str], summary: dict) -> str:
    """Alt text for a part of the map drawn by :func:`draw_map`, from :func:`branch_summary`.

    >>> map_alt_text(["P1"], {"nodes": 3, "flagged": ["P1f"]})[-46:]
    'P1f) carries a red mark for a problem verdict.'
    """
    flagged = summary["flagged"]
    many = len(premises) > 1
    text = (f"Argument map, drawn as a tree from left to right: the thesis on the left, "
            f"premise{'s' if many else ''} {and_list(premises)} in the middle and the "
            f"{summary['nodes'] - len(premises)} nodes that support {'them' if many else 'it'} "
            f"on the right, each box coloured and tagged by what it rests on, with the "
            f"register's verdicts printed under the supporting boxes; ")
    if not flagged:
        return text + "none carries a problem verdict."
    verb = "carries" if len(flagged) == 1 else "carry"
    return (text + f"{len(flagged)} of them ({and_list(flagged)}) {verb} a red mark for a "
            f"problem verdict.")


def _wrap_width(box_in: float, fontsize: float, bold: bool = False) -> int:
    """About how many characters of ``fontsize`` fit in a box ``box_in`` inches wide.

    >>> _wrap_width(4.0, 9.0), _wrap_width(4.0, 9.0, bold=True)
    (52, 46)
    """
    return max(12, int(0.92 * box_in * 72 / (fontsize * (0.64 if bold else 0.56))))


def draw_map(arg: pd.DataFrame, ax=None, claims: pd.DataFrame | None = None,
             width: float = 12.0, fontsize: float = 9.5, title: str | None = None,
             columns: tuple[float, ...] = (0.24, 0.33, 0.43),
             verdict_kinds: tuple[str, ...] = ("sub_premise", "evidence")):
    """Draw the argument map laid out by :func:`layout`; return ``(fig, ax)``.

    Each node is a box coloured and outlined by its basis (see
    :data:`BASIS_STYLE`), headed by its id, basis tag and essay paragraphs; an
    arrow runs from each node to the node it supports, with the thesis at the
    left. ``columns`` gives each column's share of the width (thesis,
    premises, what supports them), so the text-heavy right column is widest.
    With ``claims`` (the register), each box of a kind in ``verdict_kinds``
    also prints its claims' verdicts, and a box with a problem verdict gets a
    red "!" badge: a CHECKABLE tag says a node can be checked, not that it
    checked out. Box heights follow the number of text lines, and the figure
    is made tall enough for every line (``width`` in inches; ``ax`` only for
    an existing figure of a suitable size). Pass :func:`branch` of the table
    to draw part of the map.
    """
    verdicts = (node_verdicts(arg, claims).set_index("node_id")
                if claims is not None else pd.DataFrame(columns=["verdicts", "problem"]))
    depths = layout(arg).set_index("node_id")["depth"]
    n_cols = int(depths.max()) + 1
    shares = list(columns[:n_cols]) + [columns[-1]] * max(0, n_cols - len(columns))
    col_in = [width * 0.98 * s / sum(shares) for s in shares]
    box_in = [0.9 * c for c in col_in]
    centres = [sum(col_in[:i]) + col_in[i] / 2 for i in range(n_cols)]
    texts, vlines, problem = {}, {}, {}
    for row in arg.itertuples():
        style = BASIS_STYLE[row.basis]
        where = (f" · ¶{row.paragraph.replace(';', ', ')}" if row.paragraph
                 else " · not stated")
        wrap = _wrap_width(box_in[depths[row.node_id]], fontsize,
                           bold=row.kind in ("thesis", "premise"))
        texts[row.node_id] = f"{row.node_id} · {style['tag']}{where}\n" + textwrap.fill(row.text,
                                                                                         wrap)
        if row.kind in verdict_kinds and row.node_id in verdicts.index:
            vlines[row.node_id] = "register: " + verdicts.loc[row.node_id, "verdicts"]
            problem[row.node_id] = bool(verdicts.loc[row.node_id, "problem"])
    lines = {n: t.count("\n") + 1 + (1 if n in vlines else 0) for n, t in texts.items()}
    pad, gap = 0.6, 0.45
    placed = layout(arg, heights={n: k + pad for n, k in lines.items()}, gap=gap)
    total = float((placed["y"] + placed["height"] / 2).max())
    unit_in = fontsize * 1.3 / 72  # one text line, in inches
    title = textwrap.fill(title, int(width * 8.6)) if title else None
    top_in = 0.55 + (0.3 * (title.count("\n") + 1) + 0.15 if title else 0.0)
    if ax is None:
        height = total * unit_in + 0.6 + top_in
        fig, ax = plt.subplots(figsize=(width, height))
        fig.subplots_adjust(left=0.01, right=0.99, top=1 - top_in / height,
                            bottom=0.6 / height)
        if title:
            fig.suptitle(title, x=0.01, y=1 - 0.12 / height, ha="left", va="top",
                         fontsize=13, fontweight="bold")
    else:
        fig = ax.figure
    ax_w = width * (fig.subplotpars.right - fig.subplotpars.left)
    ax_h = fig.get_figheight() * (fig.subplotpars.top - fig.subplotpars.bottom)
    x_span = sum(col_in)
    aspect = ((total + 0.4) / ax_h) / (x_span / ax_w)  # y units per x unit, same length
    x_of = {n: centres[d] for n, d in depths.items()}
    half = {n: box_in[d] / 2 for n, d in depths.items()}
    for row in placed.itertuples():
        if row.supports:
            parent = placed.loc[placed["node_id"] == row.supports].iloc[0]
            ax.annotate("", xy=(x_of[row.supports] + half[row.supports], -parent["y"]),
                        xytext=(x_of[row.node_id] - half[row.node_id], -row.y),
                        arrowprops={"arrowstyle": "-|>", "color": "#8A8A8A", "lw": 0.8,
                                    "shrinkA": 0, "shrinkB": 0, "mutation_scale": 9})
    for row in placed.itertuples():
        style = BASIS_STYLE[row.basis]
        h = row.height - pad + 0.45
        x0, w = x_of[row.node_id] - half[row.node_id], 2 * half[row.node_id]
        rounding = 0.0 if style["box"] == "square" else 0.08
        ax.add_patch(FancyBboxPatch(
            (x0, -row.y - h / 2), w, h,
            boxstyle=f"round,pad=0,rounding_size={rounding}", mutation_aspect=aspect,
            facecolor=style["fill"], edgecolor=style["edge"], linestyle=style["ls"],
            linewidth=2.0 if row.kind == "thesis" else 1.2))
        has_v = row.node_id in vlines
        ax.text(x_of[row.node_id], -row.y + (0.5 if has_v else 0.0), texts[row.node_id],
                ha="center", va="center", fontsize=fontsize, linespacing=1.1,
                fontweight="bold" if row.kind in ("thesis", "premise") else "normal")
        if has_v:
            bad = problem[row.node_id]
            ax.text(x_of[row.node_id], -row.y - (lines[row.node_id] - 1) / 2,
                    vlines[row.node_id], ha="center", va="center", fontsize=fontsize - 0.5,
                    style="italic", color=PROBLEM_COLOUR if bad else "#333333",
                    fontweight="bold" if bad else "normal")
            if bad:
                ax.text(x0 + w, -row.y + h / 2, "!", ha="center", va="center",
                        fontsize=fontsize + 1, fontweight="bold", color="white", zorder=5,
                        bbox={"boxstyle": "circle,pad=0.25", "fc": PROBLEM_COLOUR,
                              "ec": "white", "lw": 1})
    ax.set_xlim(0, x_span)
    ax.set_ylim(-total - 0.2, 0.2)
    ax.axis("off")
    names = ["Thesis", "Premises (stated and unstated)", "Sub-premises and evidence",
             "Evidence"]
    for level in range(n_cols):
        ax.text(centres[level], 0.6, names[level], ha="center", va="bottom", fontsize=10.5,
                fontweight="bold", color="#333333", clip_on=False)
    return fig, ax


def map_footer(fig, source: str, note: str | None = None) -> None:
    """Add the house footer to a tall map and keep its bottom margin to about an inch.

    :func:`chinaspace.plotting.source_footer` reserves a fixed fraction of the
    figure for the footer, which on a figure as tall as the map leaves a wide
    empty band; this resets the bottom margin to the footer's size in inches.
    """
    from .plotting import source_footer

    source_footer(fig, source, note=note)
    lines = 1 + (1 if note else 0)
    fig.subplots_adjust(bottom=(0.25 + 0.18 * lines) / fig.get_figheight())


def basis_legend(ax, loc: str = "lower left", problem: bool = True) -> None:
    """A legend of the four bases, with the fill and edge style each has on the map.

    With ``problem``, also the red "!" badge of :func:`draw_map`.
    """
    handles = [
        FancyBboxPatch((0, 0), 1, 1, boxstyle="square", facecolor=s["fill"],
                       edgecolor=s["edge"], linestyle=s["ls"], linewidth=1.2,
                       label=f"{s['tag']}: {b.replace('_', ' ')}")
        for b, s in BASIS_STYLE.items()
    ]
    handles.append(Line2D([], [], color="#777777", marker=">", lw=0.9,
                          label="arrow: supports"))
    if problem:
        handles.append(Line2D([], [], color=PROBLEM_COLOUR, marker="$!$", ls="none", ms=9,
                              label="a claim rated misleading, outdated,\nincorrect or unverifiable"))
    ax.legend(handles=handles, loc=loc, fontsize=8.5, frameon=True, ncols=1)


def basis_counts(arg: pd.DataFrame) -> pd.DataFrame:
    """Nodes counted by kind (rows) and basis (columns), with every basis shown.

    >>> basis_counts(pd.DataFrame({"kind": ["thesis"], "basis": ["value"]}))
    basis   checkable_fact  forecast  value  mixed
    kind                                          
    thesis               0         0      1      0
    """
    kinds = [k for k in ("thesis", "premise", "sub_premise", "evidence")
             if k in set(arg["kind"])]
    return (pd.crosstab(arg["kind"], arg["basis"])
            .reindex(index=kinds, columns=list(BASES), fill_value=0))


def node_claims(arg: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per (node, claim) link, with the claim's kind and verdict.

    Nodes without claims (the unstated premises) are left out. Columns:
    ``node_id``, ``node_kind``, ``basis``, ``claim_id``, ``paragraph``,
    ``claim_kind``, ``verdict``.
    """
    links = (
        arg[["node_id", "kind", "basis", "claim_ids"]]
        .assign(claim_id=lambda d: d["claim_ids"].map(split_ids))
        .explode("claim_id")
        .dropna(subset=["claim_id"])
        .rename(columns={"kind": "node_kind"})
        .drop(columns="claim_ids")
    )
    return links.merge(
        claims[["claim_id", "paragraph", "kind", "verdict"]].rename(
            columns={"kind": "claim_kind"}),
        on="claim_id", how="left", validate="many_to_one",
    ).reset_index(drop=True)


def verdicts_by_premise(arg: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """For each premise, its claims and its supporters' claims counted by verdict group.

    A claim is counted once per premise even if two nodes under it cite it.
    Rows follow the premises' order in the file; columns follow
    :data:`VERDICT_GROUP_ORDER`; a ``total`` column is added.
    """
    links = node_claims(arg, claims)
    rows = []
    for premise in arg.loc[arg["kind"] == "premise", "node_id"]:
        nodes = [premise, *descendants(arg, premise)]
        ids = links.loc[links["node_id"].isin(nodes), ["claim_id", "verdict"]]
        counts = ids.drop_duplicates("claim_id")["verdict"].map(VERDICT_GROUPS).value_counts()
        rows.append(counts.reindex(list(VERDICT_GROUP_ORDER), fill_value=0).rename(premise))
    table = pd.DataFrame(rows).astype("int64")
    table.index.name = "premise"
    return table.assign(total=table.sum(axis=1))


def draw_verdicts(table: pd.DataFrame, labels: dict[str, str] | None = None, ax=None,
                  figsize=(10, 6)):
    """Horizontal stacked bars of :func:`verdicts_by_premise`; return ``(fig, ax)``.

    ``labels`` maps premise ids to short names shown on the axis. Each verdict
    group has a colour and a hatch, so the bars read in grey too.
    """
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
    else:
        fig = ax.figure
    data = table[list(VERDICT_GROUP_ORDER)].iloc[::-1]
    names = [labels.get(i, i) if labels else i for i in data.index]
    left = pd.Series(0, index=data.index)
    for group in VERDICT_GROUP_ORDER:
        colour, hatch = VERDICT_GROUP_STYLE[group]
        ax.barh(names, data[group], left=left, color=colour, hatch=hatch,
                edgecolor="white", linewidth=0.6, label=group)
        left = left + data[group]
    for name, total in zip(names, left):
        ax.text(total + 0.15, name, f"{int(total)}", va="center", fontsize=9, color="#333333")
    ax.set_xlabel("Claims under the premise (number, each counted once)")
    ax.set_xlim(0, float(left.max()) + 1.5)
    ax.legend(loc="lower right", fontsize=8.5, frameon=True)
    ax.grid(axis="y", visible=False)
    return fig, ax


#: Lanes of the context chart, top to bottom.
LANES = ("ISS partnership", "US law on NASA-China ties", "China's station and the UN",
         "Shared future and Belt and Road", "China and Central Asia", "Moon: two coalitions")

#: The context events set beside the essay: short label, lane, and where the label
#: goes (level 1 or 2 above (+) or below (-) the lane; to the right or left of the point).
CONTEXT = {
    "iss-iga-signed-1998": ("ISS agreement signed", LANES[0], 1, "right"),
    "iss-zarya-launch": ("First ISS module launched", LANES[0], -1, "right"),
    "iss-iga-in-force-2001": ("ISS agreement in force", LANES[0], 2, "right"),
    "wolf-amendment-2011": ("Wolf Amendment limits NASA ties with China", LANES[1], 1, "right"),
    "unoosa-cmsa-mou-2016": ("China-UNOOSA station agreement", LANES[2], 1, "left"),
    "unoosa-cmsa-call-2018": ("Call for experiments from UN states", LANES[2], -1, "left"),
    "tiangong-international-experiments-selected": ("First foreign experiments chosen",
                                                    LANES[2], 1, "right"),
    "shared-future-concept-2012": ("Shared-future idea in CPC report", LANES[3], 1, "left"),
    "bri-silk-road-belt-2013": ("Silk Road Economic Belt (Astana)", LANES[3], 1, "right"),
    "maritime-silk-road-2013": ("Maritime Silk Road (Jakarta)", LANES[3], -1, "right"),
    "shared-future-un-hrc-2017": ("Idea in UN rights resolutions", LANES[3], 2, "right"),
    "china-central-asia-summit-2022": ("China-Central Asia summit", LANES[4], 1, "left"),
    "artemis-accords-signed-2020": ("Artemis Accords signed", LANES[5], 1, "left"),
    "ilrs-mou": ("China-Russia ILRS memorandum", LANES[5], -1, "left"),
    "kazakhstan-joins-ilrs-2024": ("Kazakhstan joins ILRS", LANES[5], 2, "left"),
    "artemis-accords-52-signatories-2024": ("Artemis Accords: signatories by end of 2024", LANES[5], -2,
                                            "left"),
}


def context_events(events: pd.DataFrame) -> pd.DataFrame:
    """The context events in :data:`CONTEXT`, sorted by date, with label and lane columns.

    Keeps every column of the events table and adds ``label``, ``lane``,
    ``level`` and ``side``; raises ``KeyError`` naming any id that the table
    lacks, so a renamed event cannot silently drop out.
    """
    missing = set(CONTEXT) - set(events["event_id"])
    if missing:
        raise KeyError(f"events table lacks {sorted(missing)}")
    spec = pd.DataFrame.from_dict(CONTEXT, orient="index",
                                  columns=["label", "lane", "level", "side"])
    return (events[events["event_id"].isin(list(CONTEXT))]
            .merge(spec, left_on="event_id", right_index=True, validate="one_to_one")
            .sort_values("start")
            .reset_index(drop=True))


def draw_context(ctx: pd.DataFrame, ax=None, figsize=(11, 6.2)):
    """Events of :func:`context_events` on one lane per strand of cooperation.

    Each event is a marker at its date (mid-point of its interval, coloured and
    shaped by comparison group, hollow if planned); a date known only to the
    month or year also shows its range as a bar. Labels sit above or below the
    lane as ``level`` and ``side`` say. Returns ``(fig, ax)``.
    """
    from .plotting import MARKERS, colour

    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
    else:
        fig = ax.figure
    lane_y = {lane: -i for i, lane in enumerate(LANES)}
    for lane, y in lane_y.items():
        ax.axhline(y, color="#DDDDDD", lw=1, zorder=0)
    for row in ctx.itertuples():
        y = lane_y[row.lane]
        col = colour(row.group)
        if (row.end - row.start) > pd.Timedelta(days=31):
            ax.hlines(y, row.start, row.end, color=col, lw=6, alpha=0.45, zorder=2)
        ax.plot(row.mid, y, marker=MARKERS.get(row.group, "o"), ms=8, color=col,
                markerfacecolor="white" if row.status == "planned" else col, zorder=3,
                linestyle="none")
        dy = 0.27 * row.level
        ax.plot([row.mid, row.mid], [y, y + dy * 0.8], color=col, lw=0.8, zorder=1)
        ax.annotate(row.label, (row.mid, y + dy), ha="left" if row.side == "right" else "right",
                    va="center", fontsize=8.8, xytext=(3 if row.side == "right" else -3, 0),
                    textcoords="offset points")
    groups = [g for g in ("China", "USA", "International", "Central Asia")
              if g in set(ctx["group"])]
    ax.legend(handles=[Line2D([], [], marker=MARKERS.get(g, "o"), color=colour(g),
                              linestyle="none", ms=7, label=g) for g in groups],
              loc="lower left", fontsize=8.5, title="Actor's group", title_fontsize=8.5)
    ax.set_yticks(list(lane_y.values()), list(lane_y))
    ax.set_ylim(-len(LANES) + 0.3, 0.75)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="y", visible=False)
    ax.spines[["left"]].set_visible(False)
    ax.set_xlabel("Year (UTC)")
    return fig, ax
