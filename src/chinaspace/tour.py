"""Tables and charts for notebook 01, the guided tour from raw to processed data."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .dates import PRECISIONS
from .plotting import COLOURS


def beijing_clock(events: pd.DataFrame) -> pd.DataFrame:
    """Events timed to the minute in Beijing time, with their local hour.

    Keeps rows with ``tz == "Asia/Shanghai"`` and a precision of minute or second,
    and adds ``local_hour`` (0-23, on the Beijing clock) and ``previous_utc_day``
    (True when the UTC date is the day before the Beijing date).

    >>> ev = pd.DataFrame({"tz": ["Asia/Shanghai", "UTC"], "precision": ["minute", "minute"],
    ...     "start": pd.to_datetime(["2020-11-23T20:30Z", "2020-11-23T20:30Z"], utc=True),
    ...     "utc_differs": [True, False]})
    >>> beijing_clock(ev)[["local_hour", "previous_utc_day"]].values.tolist()
    [[4, True]]
    """
    timed = events[(events["tz"] == "Asia/Shanghai")
                   & events["precision"].isin(["minute", "second"])]
    return timed.assign(
        local_hour=timed["start"].dt.tz_convert("Asia/Shanghai").dt.hour,
        previous_utc_day=timed["utc_differs"],
    )


def both_clocks(events: pd.DataFrame, event_id: str) -> str:
    """An event's start on the Beijing clock and on the UTC clock, as words.

    >>> ev = pd.DataFrame({"event_id": ["x"],
    ...                    "start": pd.to_datetime(["2020-11-23T20:30Z"], utc=True)})
    >>> both_clocks(ev, "x")
    '04:30 on 24 November 2020 in Beijing, 20:30 on 23 November in UTC'
    """
    start = events.set_index("event_id").loc[event_id, "start"]
    return (f"{start.tz_convert('Asia/Shanghai'):%H:%M on %d %B %Y} in Beijing, "
            f"{start:%H:%M on %d %B} in UTC")


def clock_chart(timed: pd.DataFrame, ax=None):
    """Bars of events per hour of the Beijing clock, split by whether the UTC date is a
    day earlier. Returns ``(fig, ax)``."""
    if ax is None:
        fig, ax = plt.subplots(figsize=(10, 5))
    else:
        fig = ax.figure
    counts = (pd.crosstab(timed["local_hour"], timed["previous_utc_day"])
              .reindex(index=range(24), columns=[False, True], fill_value=0))
    ax.bar(counts.index, counts[False], color=COLOURS["China"], label="same date in UTC")
    ax.bar(counts.index, counts[True], bottom=counts[False], color="white",
           edgecolor=COLOURS["China"], hatch="///", label="UTC date is the day before")
    top = counts.sum(axis=1).max()
    ax.axvline(7.5, color="#333333", ls="--", lw=1)
    ax.annotate("08:00 Beijing = 00:00 UTC", (7.4, top + 0.8), fontsize=9, va="center",
                ha="right")
    ax.set_ylim(0, top + 1.5)
    ax.set_xticks(range(0, 24, 2))
    ax.set_xlim(-0.6, 23.6)
    ax.set_xlabel("Hour of the day, Beijing time (UTC+8)")
    ax.set_ylabel("Events timed to the minute (count)")
    ax.legend(loc="upper right")
    return fig, ax


def precision_table(events: pd.DataFrame) -> pd.DataFrame:
    """Events per precision, achieved (and failed, partial) against planned, finest first."""
    table = pd.crosstab(events["precision"].replace("", "no date"),
                        events["status"].eq("planned").map({True: "planned",
                                                            False: "happened"}))
    order = [p for p in (*PRECISIONS, "no date") if p in table.index]
    return table.reindex(index=order, columns=["happened", "planned"], fill_value=0)


def precision_chart(table: pd.DataFrame, ax=None):
    """Horizontal bars of :func:`precision_table`, planned events hollow. Returns (fig, ax)."""
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 5))
    else:
        fig = ax.figure
    rows = table.iloc[::-1]
    ax.barh(rows.index, rows["happened"], color="#555555", label="happened")
    ax.barh(rows.index, rows["planned"], left=rows["happened"], color="white",
            edgecolor="#555555", hatch="..", label="planned")
    for y, (done, plan) in enumerate(zip(rows["happened"], rows["planned"])):
        ax.text(done + plan + 1, y, str(done + plan), va="center", fontsize=9)
    ax.set_xlabel("Events (count)")
    ax.set_ylabel("Precision the source gives")
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right")
    return fig, ax
