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


def timeline(
    events: pd.DataFrame,
    ax=None,
    label: str = "label",
    colour_by: str = "group",
    periods: pd.DataFrame | None = None,
    levels: tuple[float, ...] = (1.0, -1.0, 2.0, -2.0, 3.0, -3.0),
    figsize=(11, 5),
):
    """Draw events as stems at alternating heights along a time axis.

    ``events`` needs ``start_utc``, ``end_utc`` (ISO strings or datetimes),
    ``status`` and a ``label`` column; ``colour_by`` names the column holding
    each row's comparison group. Planned events are hollow markers on dashed
    stems; an event whose date is a range longer than a month shows it as a bar.
    ``periods`` (columns ``start``, ``end``, ``label``) are shaded behind.
    """
    fig, ax = _axes(ax, figsize)
    data = events.assign(
        t_start=pd.to_datetime(events["start_utc"], utc=True),
        t_end=pd.to_datetime(events["end_utc"], utc=True),
    ).sort_values("t_start", na_position="first")
    data = data.assign(t_start=data["t_start"].fillna(data["t_end"]),
                       t_end=data["t_end"].fillna(data["t_start"]))
    data = data.assign(t_mid=data["t_start"] + (data["t_end"] - data["t_start"]) / 2)
    if periods is not None:
        for i, row in enumerate(periods.itertuples()):
            ax.axvspan(pd.Timestamp(row.start, tz="UTC"), pd.Timestamp(row.end, tz="UTC"),
                       color="#000000", alpha=0.04 if i % 2 == 0 else 0.0, lw=0)
            ax.text(pd.Timestamp(row.start, tz="UTC"), max(levels) + 0.9, f" {row.label}",
                    fontsize=8.5, color="#555555", va="top")
    ax.axhline(0, color="#333333", lw=1)
    for i, row in enumerate(data.itertuples()):
        level = levels[i % len(levels)]
        planned = row.status == "planned"
        col = colour(getattr(row, colour_by))
        ax.vlines(row.t_mid, 0, level, color=col, lw=1,
                  linestyles="dashed" if planned else "solid")
        if (row.t_end - row.t_start) > pd.Timedelta(days=31):
            ax.hlines(0, row.t_start, row.t_end, color=col, lw=5, alpha=0.5)
        ax.plot(row.t_mid, 0, marker="o", ms=6, color=col,
                markerfacecolor="white" if planned else col, zorder=3)
        ax.annotate(getattr(row, label), (row.t_mid, level), xytext=(3, 2 if level > 0 else -2),
                    textcoords="offset points", ha="left",
                    va="bottom" if level > 0 else "top", fontsize=8.5,
                    style="italic" if planned else "normal")
    ax.set_ylim(min(levels) - 1, max(levels) + 1)
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
