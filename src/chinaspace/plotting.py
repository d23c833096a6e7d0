"""The house style for charts: one style file, one colour per country, and helpers.

Helpers take data and an optional ``ax``, return ``(fig, ax)``, and never call
``plt.show()`` or save files: the notebook decides. Every chart gets a footer
that begins "Source:" (and "Note:" where a definition matters) through
:func:`source_footer`.
"""

from __future__ import annotations

from importlib.resources import files

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

STYLE = str(files("chinaspace") / "chinaspace.mplstyle")

#: One fixed colour per comparison group (Okabe-Ito), used in every chart.
COLOURS = {
    "China": "#D55E00",
    "USA": "#0072B2",
    "USSR/Russia": "#CC79A7",
    "France/Europe": "#56B4E9",
    "Japan": "#009E73",
    "India": "#E69F00",
    "Central Asia": "#8C6D1F",
    "International": "#000000",
    "Other": "#999999",
}

#: A marker per group too, so a chart survives printing in grey.
MARKERS = {
    "China": "o",
    "USA": "s",
    "USSR/Russia": "D",
    "France/Europe": "^",
    "Japan": "v",
    "India": "P",
    "Central Asia": "X",
    "International": "*",
    "Other": ".",
}


def use_style() -> None:
    """Apply the house style to every chart that follows."""
    plt.style.use(STYLE)


def colour(group: str) -> str:
    """The fixed colour of a comparison group ('China', 'USA', ...); grey for others.

    >>> colour("China")
    '#D55E00'
    >>> colour("Atlantis")
    '#999999'
    """
    return COLOURS.get(group, COLOURS["Other"])


def source_footer(fig, source: str, note: str | None = None) -> None:
    """Write 'Source: ...' (and 'Note: ...') at the bottom left of the figure."""
    text = f"Source: {source}"
    if note:
        text += f"\nNote: {note}"
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=8.5, color="#555555",
             wrap=True)
    fig.subplots_adjust(bottom=max(fig.subplotpars.bottom, 0.14 + 0.04 * text.count("\n")))


def _axes(ax=None, figsize=None):
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
    else:
        fig = ax.figure
    return fig, ax


def _as_utc(values) -> pd.Series:
    """ISO strings, datetimes or empty strings as UTC datetimes (empty -> NaT)."""
    series = pd.Series(values).reset_index(drop=True)
    if not pd.api.types.is_datetime64_any_dtype(series):
        series = series.astype(object).where(series.astype(str).str.strip().ne(""), None)
    return pd.to_datetime(series, utc=True)


def _daynum(value) -> float:
    """A date (string, datetime; naive means UTC) as matplotlib's day number."""
    import matplotlib.dates as mdates

    ts = pd.Timestamp(value)
    ts = ts.tz_convert(None) if ts.tz is not None else ts
    return float(mdates.date2num(ts))


def _place_levels(xs, widths, levels, gap, xlim=(float("-inf"), float("inf")), spans=None):
    """Pick a level and a side for each label so that labels and stems do not collide.

    ``xs`` are stem positions and ``widths`` label widths (in the x axis'
    units); ``spans`` optional ``(lo, hi)`` ranges drawn at the label's level
    (a date range), which the label's place must also keep free. Greedy, in time order: each event takes the first of ``levels``
    (trying the label right of its stem, then left of it) where its label
    overlaps no label on the same level, no stem crosses its label and its own
    stem crosses no label nearer the axis; a label never leaves ``xlim``. If no
    place is free, the least crowded one. Returns ``(level, left)`` pairs.

    >>> _place_levels([0, 1, 50], [10, 10, 10], (1.0, -1.0, 2.0), gap=1)
    [(1.0, False), (-1.0, False), (1.0, False)]
    >>> _place_levels([0, 25], [10, 10], (1.0,), gap=1, xlim=(-20, 30))
    [(1.0, False), (1.0, True)]
    """
    labels: list[tuple[float, float, float]] = []  # (level, left, right)
    stems: list[tuple[float, float]] = []           # (x, level)
    chosen = []
    spans = spans if spans is not None else [(x, x) for x in xs]
    for x, w, (s_lo, s_hi) in zip(xs, widths, spans):
        best, best_cost = None, None
        sides = [s for s in (False, True) if (x - w >= xlim[0] if s else x + w <= xlim[1])]
        for level in levels:
            for flip in sides or [True]:
                left, right = (x - w, x) if flip else (x, x + w)
                left, right = min(left, s_lo), max(right, s_hi)
                cost = 0
                for lv, lo, hi in labels:
                    if lv == level and lo - gap < right and left < hi + gap:
                        cost += 3
                    # my stem would cross a label nearer the axis on my side
                    if lv * level > 0 and abs(lv) < abs(level) and lo - gap <= x <= hi + gap:
                        cost += 1
                for sx, slevel in stems:
                    # an earlier, taller stem on my side would cross my label
                    if (slevel * level > 0 and abs(slevel) > abs(level)
                            and left - gap <= sx <= right + gap):
                        cost += 1
                if best_cost is None or cost < best_cost:
                    best, best_cost = (level, flip, left, right), cost
                if cost == 0:
                    break
            if best_cost == 0:
                break
        level, flip, left, right = best
        labels.append((level, left, right))
        stems.append((x, level))
        chosen.append((level, flip))
    return chosen


def timeline(
    events: pd.DataFrame,
    ax=None,
    label: str = "label",
    colour_by: str = "group",
    periods: pd.DataFrame | None = None,
    levels: tuple[float, ...] = (1.0, -1.0, 2.0, -2.0, 3.0, -3.0),
    figsize=(11, 5),
    *,
    fontsize: float = 8.5,
    range_min_days: float = 31,
    open_from: str | None = None,
    xlim: tuple | None = None,
):
    """Draw events as stems along a time axis, with labels that do not collide.

    ``events`` needs ``start_utc``, ``end_utc`` (ISO strings or datetimes; one
    of the two may be empty), ``status`` and a ``label`` column; ``colour_by``
    names the column holding each row's comparison group, which sets the colour
    and the marker (``COLOURS``, ``MARKERS``).

    * Levels: each label takes the first of ``levels`` (heights above and
      below the axis, tried in order) where it overlaps no other label and no
      stem; the widths are measured from the rendered text.
    * Planned events (``status == "planned"``) are hollow markers on dashed
      stems with italic labels; failed ones are drawn with an ``x`` marker.
    * A date that is a range longer than ``range_min_days`` (``around 2030``
      is all of 2030) is drawn as a bar from start to end at the label's
      height, the stem standing at its middle. An open start (``before
      2030``) is drawn as a dashed bar ending in the deadline, starting at the
      datetime in column ``open_from`` (for example the date the plan was
      announced) or, without it, two years before, and ending in a tick.
    * ``periods`` (columns ``start``, ``end``, ``label``) are shaded in
      alternate bands behind the events, labelled along the top.

    Returns ``(fig, ax)``; never shows or saves the figure.
    """
    import matplotlib.dates as mdates

    fig, ax = _axes(ax, figsize)
    start = _as_utc(events["start_utc"])
    end = _as_utc(events["end_utc"])
    data = events.reset_index(drop=True).assign(
        t_start=start.fillna(end), t_end=end.fillna(start),
        open_start=start.isna() & end.notna(),
    )
    data = data[data["t_start"].notna()]
    data = data.assign(t_mid=data["t_start"] + (data["t_end"] - data["t_start"]) / 2)
    if open_from is not None:
        begin = _as_utc(data[open_from]).set_axis(data.index)
        data = data.assign(t_open=begin.where(begin < data["t_end"]))
    else:
        data = data.assign(t_open=pd.Series(pd.NaT, index=data.index, dtype="datetime64[us, UTC]"))
    data = data.sort_values(["t_mid", label], kind="stable").reset_index(drop=True)
    num = {c: mdates.date2num(data[c].dt.tz_convert(None).to_numpy())
           for c in ("t_start", "t_end", "t_mid")}
    num["t_open"] = mdates.date2num(data["t_open"].dt.tz_convert(None).to_numpy())
    fallback = num["t_end"] - 2 * 365.25
    open_left = [o if pd.notna(o) else f for o, f in zip(num["t_open"], fallback)]
    # an open start is drawn at its deadline
    x_stem = [e if op else m for e, m, op in zip(num["t_end"], num["t_mid"], data["open_start"])]

    lo = min([*num["t_start"], *open_left]) if len(data) else mdates.date2num(pd.Timestamp("2000"))
    hi = max(num["t_end"]) if len(data) else lo + 365
    pad = max((hi - lo) * 0.03, 180)
    if xlim is None:
        xlim = (lo - pad, hi + pad)
    xlim = tuple(x if isinstance(x, float) else _daynum(x) for x in xlim)
    ax.set_xlim(*xlim)
    ax.set_ylim(min(levels) - 1, max(levels) + (2.0 if periods is not None else 1.0))
    ax.xaxis_date()

    # measure each label as rendered, to give it a level where it fits
    renderer = fig.canvas.get_renderer()
    px_per_day = ax.get_window_extent(renderer).width / (xlim[1] - xlim[0])
    texts = [str(getattr(row, label)) for row in data.itertuples()]
    probe = [ax.text(0, 0, t, fontsize=fontsize) for t in texts]
    widths = [(p.get_window_extent(renderer).width + 6) / px_per_day for p in probe]
    for p in probe:
        p.remove()
    spans = []
    for i, op in enumerate(data["open_start"]):
        if op:
            spans.append((open_left[i], num["t_end"][i]))
        elif num["t_end"][i] - num["t_start"][i] > range_min_days:
            spans.append((num["t_start"][i], num["t_end"][i]))
        else:
            spans.append((x_stem[i], x_stem[i]))
    placement = _place_levels(x_stem, widths, levels, gap=4 / px_per_day, xlim=xlim,
                              spans=spans)
    placed = [lv for lv, _ in placement]
    flips = [flip for _, flip in placement]

    if periods is not None:
        trans = mpl.transforms.blended_transform_factory(ax.transData, ax.transAxes)
        for i, row in enumerate(periods.reset_index(drop=True).itertuples()):
            p0, p1 = _daynum(row.start), _daynum(row.end)
            if p1 <= xlim[0] or p0 >= xlim[1]:
                continue
            ax.axvspan(p0, p1, color="#000000", alpha=0.06 if i % 2 == 0 else 0.0, lw=0,
                       zorder=0)
            ax.axvline(p0, color="#bbbbbb", lw=0.6, zorder=0)
            if min(p1, xlim[1]) - max(p0, xlim[0]) < 0.04 * (xlim[1] - xlim[0]):
                continue  # too little of the period is visible to carry its label
            ax.text(max(p0, xlim[0]), 0.99 if i % 2 == 0 else 0.945, f" {row.label}",
                    transform=trans,
                    fontsize=fontsize - 0.5, color="#444444", va="top", ha="left",
                    clip_on=False)
    ax.axhline(0, color="#333333", lw=1, zorder=1)

    for i, row in enumerate(data.itertuples()):
        level, x = placed[i], x_stem[i]
        planned = row.status == "planned"
        group = getattr(row, colour_by)
        col = colour(group)
        marker = "x" if row.status == "failed" else MARKERS.get(group, "o")
        ls = "dashed" if planned else "solid"
        ax.vlines(x, 0, level, color=col, lw=1, linestyles=ls, zorder=2)
        span = num["t_end"][i] - num["t_start"][i]
        if row.open_start:
            ax.hlines(level, open_left[i], x, color=col, lw=1.6, linestyles="dashed", zorder=2)
            ax.plot(x, level, marker="|", ms=11, mew=2, color=col, zorder=2)
        elif span > range_min_days and planned:
            ax.barh(level, span, left=num["t_start"][i], height=0.25, facecolor="white",
                    edgecolor=col, lw=1.3, ls="--", zorder=2.5)
        elif span > range_min_days:
            ax.hlines(level, num["t_start"][i], num["t_end"][i], color=col, lw=5,
                      alpha=0.45, zorder=2)
        ax.plot(x, 0, marker=marker, ms=6.5, color=col, ls="none",
                markerfacecolor="white" if planned else col, markeredgewidth=1.4, zorder=3)
        # clear the hollow bar of a planned window
        lift = 7 if planned and span > range_min_days and not row.open_start else 3
        ax.annotate(texts[i], (x, level),
                    xytext=(-3 if flips[i] else 3, lift if level > 0 else -lift),
                    textcoords="offset points", ha="right" if flips[i] else "left",
                    va="bottom" if level > 0 else "top", fontsize=fontsize,
                    style="italic" if planned else "normal", zorder=4)
    ax.yaxis.set_visible(False)
    ax.spines[["left"]].set_visible(False)
    ax.grid(False)
    return fig, ax


def legend_status(ax) -> None:
    """A small legend telling achieved (filled, solid) from planned (hollow, dashed)."""
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color="#333333", marker="o", ls="-", label="achieved"),
        Line2D([], [], color="#333333", marker="o", markerfacecolor="white", ls="--",
               label="planned or announced"),
    ]
    ax.legend(handles=handles, loc="lower left")


__all__ = ["COLOURS", "MARKERS", "STYLE", "colour", "legend_status", "source_footer",
           "timeline", "use_style", "mpl"]
