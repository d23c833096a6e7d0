"""Crewed stations compared: a timeline with planned ends, mass and altitude, and decisions.

Three kinds of chart for notebook 05 (stations after the ISS):

* :func:`station_timeline` draws every crewed station as a bar from its first
  launch to its end; a station still operating is drawn solid up to a cut-off
  date and then as a hatched, hollow bar over its *planned* end, which is a
  plan, not a fact.
* :func:`mass_altitude` places each station by mass and orbit height, with
  the orbit drawn as a range (perigee to apogee, or a design band).
* :func:`decision_timeline` shows when each decision on the ISS's end was
  taken and what end year it set, beside the date an essay was written.
* :func:`plans_chart` draws announced plans for the next decade as hatched
  intervals with who announced them and when.

The small verbs (:func:`station_spans`, :func:`iss_decisions`,
:func:`plan_rows`) take tables from :mod:`chinaspace.load` and return new
frames; they never change their input.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, NullLocator

from . import dates, load
from .plotting import MARKERS, _axes, colour

#: Stations' countries (codes in the stations table) to comparison groups.
_HATCH = "////"


def utc(text: str, tz: str = "unspecified", bound: str = "start") -> pd.Timestamp:
    """One bound of a date expression as a UTC timestamp (NaT if that bound is open).

    >>> utc("2030", tz="UTC", bound="end").year
    2030
    >>> utc("2030", bound="end").year  # unspecified zone: the day may end next day in UTC
    2031
    >>> utc("by 2035", bound="start") is pd.NaT
    True
    """
    if not text:
        return pd.NaT
    interval = dates.parse(text, tz=tz)
    value = interval.earliest if bound == "start" else interval.latest
    return pd.NaT if value is None else pd.Timestamp(value).tz_convert("UTC")


def _ts(value) -> pd.Timestamp:
    """A timestamp in UTC, whether given naive (taken as UTC) or zone-aware."""
    value = pd.Timestamp(value)
    return value.tz_localize("UTC") if value.tz is None else value.tz_convert("UTC")


def with_group(stations: pd.DataFrame) -> pd.DataFrame:
    """Add each station's comparison ``group`` from the countries table (by ``country_code``)."""
    groups = load.countries().set_index("code")["group"]
    return stations.assign(group=stations["country_code"].map(groups).fillna("Other"))


def station_spans(stations: pd.DataFrame, as_of, planned_ends: dict | None = None) -> pd.DataFrame:
    """One row per station: when it flew, and for an operating one, its planned end.

    Columns out: ``station_id``, ``name``, ``group``, ``start`` (first launch),
    ``end`` (the end, or ``as_of`` for a station still operating),
    ``operating`` (bool), ``plan_lo`` and ``plan_hi`` (the planned end as an
    interval; NaT where there is none). The planned end comes from
    ``planned_end_text`` (its whole interval in UTC: "2030" is all of 2030), or from
    ``planned_ends``, a mapping of station id to ``(earliest, latest)`` that
    overrides it (for example a range worked out from a design life).
    Rows are in order of first launch.

    >>> s = pd.DataFrame({"station_id": ["a", "b"], "name": ["A", "B"],
    ...     "country_code": ["US", "CN"], "planned_end_text": ["", "2030"],
    ...     "first_launch_start": pd.to_datetime(["1990", "2020"], utc=True),
    ...     "end_start": pd.to_datetime(["1995", None], utc=True)})
    >>> out = station_spans(s, as_of="2024-12-31")
    >>> out[["station_id", "operating"]].values.tolist()
    [['a', False], ['b', True]]
    >>> out["plan_hi"].iloc[1].year, out["end"].iloc[1].year
    (2030, 2024)
    """
    as_of = _ts(as_of)
    planned_ends = planned_ends or {}
    data = with_group(stations)
    operating = data["end_start"].isna()
    # Planned ends are years ("2030"): read in UTC, not widened by a day for an unknown zone.
    lo = [utc(t, tz="UTC", bound="start") for t in data["planned_end_text"]]
    hi = [utc(t, tz="UTC", bound="end") for t in data["planned_end_text"]]
    out = pd.DataFrame({
        "station_id": data["station_id"],
        "name": data["name"],
        "group": data["group"],
        "start": data["first_launch_start"],
        "end": data["end_start"].where(~operating, as_of),
        "operating": operating,
        "plan_lo": pd.Series(lo, index=data.index, dtype="datetime64[us, UTC]"),
        "plan_hi": pd.Series(hi, index=data.index, dtype="datetime64[us, UTC]"),
    })
    for sid, (early, late) in planned_ends.items():
        mask = out["station_id"] == sid
        out.loc[mask, "plan_lo"] = _ts(early)
        out.loc[mask, "plan_hi"] = _ts(late)
    return out.sort_values("start").reset_index(drop=True)


def _short(name: str) -> str:
    """'Salyut 1 (DOS-1)' -> 'Salyut 1'; 'Tiangong (China Space Station)' -> 'Tiangong'."""
    return name.split(" (")[0].replace("International Space Station", "ISS")


def station_timeline(spans: pd.DataFrame, ax=None, marker_date=None, marker_label: str = "",
                     figsize=(10, 6)):
    """Draw stations as horizontal bars on one time axis, planned ends hatched.

    ``spans`` comes from :func:`station_spans`. A flown period is a solid bar in
    the group's colour; a planned end is a hollow, hatched bar from the cut-off
    to ``plan_hi`` (its uncertain part, ``plan_lo`` to ``plan_hi``, drawn paler).
    ``marker_date`` draws a dotted vertical line (for example, when an essay was
    written) labelled ``marker_label``.
    """
    fig, ax = _axes(ax, figsize)
    rows = spans.reset_index(drop=True)
    for i, row in rows.iterrows():
        y = len(rows) - 1 - i
        col = colour(row["group"])
        ax.barh(y, row["end"] - row["start"], left=row["start"], height=0.55, color=col,
                edgecolor=col)
        last = row["end"]
        if pd.notna(row["plan_hi"]):
            ax.barh(y, row["plan_hi"] - row["end"], left=row["end"], height=0.55,
                    facecolor="white", edgecolor=col, hatch=_HATCH, lw=1, ls="--")
            if pd.notna(row["plan_lo"]) and row["plan_lo"] > row["end"]:
                ax.plot([row["plan_lo"], row["plan_hi"]], [y - 0.42] * 2, color=col, lw=1.2,
                        marker="|", ms=6)
            last = row["plan_hi"]
        # A white edge separates the marker from its bar; on a black bar (the ISS) the
        # marker would vanish, so it gets a white face and a coloured edge instead.
        dark = col.lower() in ("#000000", "black")
        ax.plot(row["start"], y, marker=MARKERS.get(row["group"], "o"), ms=9 if dark else 6,
                color=col, markerfacecolor="white" if dark else col,
                markeredgecolor=col if dark else "white", mew=1.2 if dark else 1, zorder=3)
        ax.annotate(_short(row["name"]), (last, y), xytext=(5, 0), textcoords="offset points",
                    va="center", fontsize=9)
    if marker_date is not None:
        when = _ts(marker_date)
        ax.axvline(when, color="#333333", lw=1, ls=":")
        ax.annotate(marker_label, (when, len(rows) - 0.4), xytext=(-4, 0),
                    textcoords="offset points", ha="right", va="center", fontsize=8.5,
                    color="#333333")
    ax.set_yticks([])
    ax.set_ylim(-0.8, len(rows) - 0.2)
    ax.spines[["left"]].set_visible(False)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    left = spans["start"].min() - pd.DateOffset(years=3)
    right = spans[["end", "plan_hi"]].max().max() + pd.DateOffset(years=5)
    ax.set_xlim(left, right)
    ax.xaxis.set_major_locator(mdates.YearLocator(10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_xlabel("Year (first launch to end; UTC)")
    return fig, ax


def timeline_legend(ax, groups) -> None:
    """A legend for :func:`station_timeline`: groups' colours, flown vs planned."""
    handles = [Patch(facecolor=colour(g), label=g) for g in groups]
    handles += [Patch(facecolor="white", edgecolor="#555555", hatch=_HATCH, ls="--",
                      label="planned (not yet flown)"),
                Line2D([], [], color="#555555", marker="|", lw=1.2,
                       label="range of the planned end")]
    ax.legend(handles=handles, loc="lower left", fontsize=8.5)


def mass_altitude(stations: pd.DataFrame, ax=None, figsize=(10, 6)):
    """Place each station by mass (tonnes, log scale) and orbit height (km).

    The orbit is a vertical range from ``perigee_km`` to ``apogee_km``; a
    station without either is left out (say so in the chart's note). The mass
    is ``mass_kg`` as recorded, whose meaning varies (see ``mass_note``).
    Salyut 6 and 7, identical in recorded mass, are drawn 3 % apart.
    """
    fig, ax = _axes(ax, figsize)
    data = with_group(stations).dropna(subset=["mass_kg", "perigee_km", "apogee_km"])
    offsets = {"salyut6": (-6, 8), "salyut7": (6, -12), "tiangong1": (-6, 0)}
    # Salyut 6 and 7 have the same recorded mass and almost the same orbit: drawn a
    # little apart (3 % either way on the log axis) so that both can be seen.
    dodge = {"salyut6": 0.97, "salyut7": 1.03}
    for row in data.itertuples():
        col = colour(row.group)
        tonnes = float(row.mass_kg) / 1000 * dodge.get(row.station_id, 1.0)
        lo, hi = float(row.perigee_km), float(row.apogee_km)
        ax.vlines(tonnes, lo, hi, color=col, lw=3 if hi - lo > 30 else 6, alpha=0.8)
        ax.plot(tonnes, (lo + hi) / 2, marker=MARKERS.get(row.group, "o"), color=col, ms=7,
                markeredgecolor="white", zorder=3)
        dx, dy = offsets.get(row.station_id, (6, 0))
        ax.annotate(_short(row.name), (tonnes, (lo + hi) / 2), xytext=(dx, dy),
                    textcoords="offset points", ha="left" if dx > 0 else "right",
                    va="center", fontsize=9)
    ax.set_xscale("log")
    ticks = [5, 10, 20, 50, 100, 200, 500]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xticklabels([str(t) for t in ticks])
    ax.set_xlim(5, 700)
    ax.set_xlabel("Mass (tonnes, log scale; what is included varies, see the note)")
    ax.set_ylabel("Orbit height (km): perigee to apogee")
    ax.grid(axis="x")
    return fig, ax


#: What end year each decision on the ISS set, as each event's description says.
#: (``decided`` = the event date, or the announcement date for a planned event.)
#: ``series`` is "operations" (the end of operations) or "deorbit" (when the station
#: is to come down: a different event, drawn apart); ``minimum`` marks a statement
#: that gives only an earliest end ("after 2024").
ISS_END_DECISIONS = pd.DataFrame(
    [
        ("iss-extension-2020", 2020, "US law: ISS use through 2020", "operations", False),
        ("iss-extension-2024-decided", 2024, "US: extend to at least 2024", "operations", False),
        ("iss-extension-2030-decided", 2030, "US: operate through 2030", "operations", False),
        ("iss-deorbit-plan", 2031, "NASA plan: deorbit January 2031", "deorbit", False),
        ("roscosmos-leave-after-2024-statement", 2024, "Roscosmos: leave 'after 2024'",
         "operations", True),
        ("roscosmos-iss-2028", 2028, "Russia: stay until 2028", "operations", False),
        ("iss-deorbit-vehicle-contract", 2030, "NASA picks SpaceX deorbit vehicle",
         "operations", False),
    ],
    columns=["event_id", "end_year", "label", "series", "minimum"],
)


def announced(events: pd.DataFrame) -> pd.Series:
    """When each event became known: ``announced_on`` for a plan, else the event's date.

    Each is the middle of its interval (a date given only as a day, in an
    unspecified zone, then falls on that day), as a UTC timestamp.

    >>> ev = pd.DataFrame({"announced_on": ["January 31, 2022", ""],
    ...                    "mid": pd.to_datetime([None, "2010-10-11"], utc=True)})
    >>> [str(t.date()) for t in announced(ev)]
    ['2022-01-31', '2010-10-11']
    """
    def middle(text):
        lo, hi = utc(text, bound="start"), utc(text, bound="end")
        return lo + (hi - lo) / 2

    when = [middle(text) if text else mid for text, mid in zip(events["announced_on"],
                                                                  events["mid"])]
    return pd.Series(when, index=events.index, dtype="datetime64[us, UTC]")


def iss_decisions(events: pd.DataFrame) -> pd.DataFrame:
    """The decisions on the ISS's end, each with the date it was taken and the end year it set.

    Joins :data:`ISS_END_DECISIONS` to ``events`` by ``event_id`` and adds
    ``decided`` (see :func:`announced`); sorted by ``decided``.
    """
    data = ISS_END_DECISIONS.merge(
        events[["event_id", "group", "status", "announced_on", "mid", "who"]],
        on="event_id", how="left", validate="one_to_one")
    return data.assign(decided=announced(data)).sort_values("decided").reset_index(drop=True)


#: Where each decision's label goes (points offset), so labels do not collide.
_DECISION_LABELS = {
    "iss-extension-2030-decided": ((-8, 0), "right", "center"),
    "iss-deorbit-plan": ((-8, 4), "right", "bottom"),
    "iss-deorbit-vehicle-contract": ((6, 6), "left", "bottom"),
    "roscosmos-leave-after-2024-statement": ((0, -10), "center", "top"),
}


def decision_timeline(decisions: pd.DataFrame, essay_start, essay_end, ax=None,
                      claimed: tuple[int, ...] = (), figsize=(10, 6)):
    """When each ISS end date was decided (x) and which end year it set (y).

    Decisions taken before ``essay_start`` are filled markers; later ones are
    hollow, since the essay could not know them. The essay's writing period is
    shaded; ``claimed`` end years (what the essay says) are dotted horizontal
    lines. Each group's decisions on the end of operations are joined by a step
    line; a deorbit date (``series == "deorbit"``) is a separate point with a
    cross, not on that line. A statement that gives only a minimum
    (``minimum``) carries an upward arrow: the end is that year or later.
    """
    fig, ax = _axes(ax, figsize)
    lo, hi = _ts(essay_start), _ts(essay_end)
    ax.axvspan(lo, hi, color="#000000", alpha=0.08, lw=0)
    ax.annotate("essay written", (lo, 2033.6), xytext=(-3, 0), textcoords="offset points",
                ha="right", va="center", fontsize=8.5, color="#333333")
    for year in claimed:
        ax.axhline(year, color="#777777", lw=0.8, ls=":")
    series = decisions["series"] if "series" in decisions else pd.Series("operations", decisions.index)
    minimum = decisions["minimum"] if "minimum" in decisions else pd.Series(False, decisions.index)
    ops = decisions[series.eq("operations")]
    for group, part in ops.groupby("group"):
        ax.step(part["decided"], part["end_year"], where="post", color=colour(group), lw=1,
                alpha=0.5)
    for i, row in enumerate(decisions.itertuples()):
        col = colour(row.group)
        later = row.decided >= lo
        deorbit = series.iloc[i] == "deorbit"
        ax.plot(row.decided, row.end_year, marker="X" if deorbit else MARKERS.get(row.group, "o"),
                ms=9 if deorbit else 8, color=col, markerfacecolor="white" if later else col,
                zorder=3)
        if minimum.iloc[i]:
            ax.annotate("", (row.decided, row.end_year + 1.6), (row.decided, row.end_year + 0.3),
                        arrowprops={"arrowstyle": "-|>", "color": col, "lw": 1.4})
        offset, ha, va = _DECISION_LABELS.get(row.event_id, ((6, 7), "left", "bottom"))
        ax.annotate(row.label + ("\n(after the essay)" if later else ""),
                    (row.decided, row.end_year), xytext=offset, textcoords="offset points",
                    ha=ha, va=va, fontsize=8.5, color="#555555" if later else "#222222")
    ax.set_ylim(2018.5, 2034)
    ax.set_yticks(range(2020, 2033, 2))
    ax.set_xlim(pd.Timestamp("2009-01-01", tz="UTC"), pd.Timestamp("2029-06-30", tz="UTC"))
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_xlabel("When the decision or statement was made (UTC)")
    ax.set_ylabel("End year of the ISS it set")
    ax.grid(axis="x")
    return fig, ax


def _who(text: str) -> str:
    """'Roscosmos (Director General ...)' -> 'Roscosmos'."""
    return text.split(" (")[0]


def plan_rows(events: pd.DataFrame, event_ids: list[str], labels: dict | None = None
              ) -> pd.DataFrame:
    """The listed plan events as rows to draw: the date range, and who announced it when.

    ``lo``/``hi`` are the event's ``start``/``end``. ``open_end`` says what kind
    of date the plan gave: ``"deadline"`` for a latest date only ("by 2035";
    the row then starts at its announcement), ``"minimum"`` for an earliest
    date only ("no earlier than 2028"; ``hi`` is then NaT), else ``""``.
    ``bounded`` is True for a deadline. ``label`` defaults to the event's
    ``mission``; ``announced`` is the announcement date (:func:`announced`) and
    ``note`` reads "who, Mon YYYY". Rows keep the order of ``event_ids``; an
    event without any date is an error (draw it with :func:`plan_row` instead).
    """
    labels = labels or {}
    data = events.set_index("event_id").loc[event_ids].reset_index()
    undated = data["start"].isna() & data["end"].isna()
    if undated.any():
        raise ValueError(f"these events have no date to draw: {data.loc[undated, 'event_id'].tolist()}")
    when = announced(data)
    deadline = data["start"].isna()
    minimum = data["end"].isna()
    return pd.DataFrame({
        "event_id": data["event_id"],
        "label": [labels.get(e, m) for e, m in zip(data["event_id"], data["mission"])],
        "group": data["group"],
        "status": data["status"],
        "lo": data["start"].fillna(when),
        "hi": data["end"],
        "announced": when,
        "note": [f"{_who(b or w)}, {t:%b %Y}" for b, w, t in zip(data["announced_by"],
                                                                  data["who"], when)],
        "bounded": deadline,
        "open_end": ["deadline" if d else "minimum" if m else "" for d, m in zip(deadline, minimum)],
    })


def plan_row(label: str, group: str, lo, hi, note: str, announced=None,
             status: str = "planned", open_end: str = "") -> pd.DataFrame:
    """One row in the shape of :func:`plan_rows`, for a span worked out in the notebook.

    ``open_end`` is ``""``, ``"deadline"`` or ``"minimum"`` (see :func:`plan_rows`);
    for a minimum, ``hi`` is the latest figure worked out and the chart adds an arrow.

    >>> plan_row("X", "China", "2032", "2037", "design life").loc[0, "hi"].year
    2037
    """
    return pd.DataFrame({
        "event_id": [""], "label": [label], "group": [group], "status": [status],
        "lo": [_ts(lo)], "hi": [_ts(hi)],
        "announced": pd.Series([_ts(announced) if announced is not None else pd.NaT],
                               dtype="datetime64[us, UTC]"),
        "note": [note], "bounded": [open_end == "deadline"], "open_end": [open_end],
    })


#: How far a minimum's arrow reaches past its earliest date (it has no latest date).
MINIMUM_ARROW = pd.DateOffset(years=2)


def plans_chart(rows: pd.DataFrame, ax=None, now=None, figsize=(10, 6.5)):
    """Announced plans as hatched, hollow bars from their earliest to latest date.

    ``rows`` comes from :func:`plan_rows` (extra rows may be added with the
    same columns). A small hollow diamond marks when each plan was announced.
    A deadline ("by 2035", ``open_end == "deadline"``) is drawn from its
    announcement to the deadline, closed by a vertical cap; a minimum ("no
    earlier than 2028", ``open_end == "minimum"``) is drawn from its earliest
    date with an arrow-head pointing right, because it has no latest date.
    Rows are named on the left (``label``); ``note`` (who announced it, when)
    follows each bar. ``now`` draws a dotted line: the date the data stop.
    """
    fig, ax = _axes(ax, figsize)
    rows = rows.reset_index(drop=True)
    kinds = rows["open_end"] if "open_end" in rows else rows["bounded"].map({True: "deadline", False: ""})
    ends = []
    for i, row in rows.iterrows():
        y = len(rows) - 1 - i
        col = colour(row["group"])
        kind = kinds.iloc[i]
        achieved = row["status"] != "planned"
        hi = row["hi"]
        if kind == "minimum":
            hi = max(hi, row["lo"] + MINIMUM_ARROW) if pd.notna(hi) else row["lo"] + MINIMUM_ARROW
        ends.append(hi)
        ax.barh(y, hi - row["lo"], left=row["lo"], height=0.5,
                facecolor=col if achieved else "white", edgecolor=col,
                hatch=None if achieved else _HATCH, lw=1, ls="-" if achieved else "--")
        if kind == "deadline" and not achieved:
            ax.plot([hi, hi], [y - 0.38, y + 0.38], color=col, lw=2.2, solid_capstyle="butt")
        if kind == "minimum" and not achieved:
            ax.plot(hi, y, marker=">", color=col, ms=8)
        if pd.notna(row["announced"]):
            ax.plot(row["announced"], y, marker="D", ms=5, color=col, markerfacecolor="white",
                    zorder=3)
        ax.annotate(row["note"], (hi, y), xytext=(8 if kind else 5, 0),
                    textcoords="offset points", va="center", fontsize=8, color="#444444")
    if now is not None:
        ax.axvline(_ts(now), color="#333333", lw=1, ls=":")
        ax.annotate(f"data end {_ts(now):%Y}", (_ts(now), len(rows) - 0.45), xytext=(3, 0),
                    textcoords="offset points", fontsize=8, color="#333333", va="center")
    ax.set_xlim(right=max(ends) + pd.DateOffset(years=5))
    ax.set_yticks(range(len(rows) - 1, -1, -1), rows["label"].tolist())
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.spines[["left"]].set_visible(False)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_xlabel("Year (planned dates as announced; UTC)")
    return fig, ax


def plans_legend(ax) -> None:
    """A legend for :func:`plans_chart`: planned range, deadline, minimum, announcement."""
    handles = [
        Patch(facecolor="white", edgecolor="#555555", hatch=_HATCH, ls="--",
              label="planned range as announced"),
        Line2D([], [], color="#555555", marker="|", ms=10, mew=2.2, ls="",
               label="deadline ('by ...'): bar from announcement"),
        Line2D([], [], color="#555555", marker=">", ls="",
               label="minimum ('no earlier than'): open end"),
        Line2D([], [], color="#555555", marker="D", markerfacecolor="white", ls="",
               label="when announced"),
    ]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.42, -0.1), ncol=2,
              fontsize=8.5)
    ax.figure.subplots_adjust(bottom=0.27)


__all__ = ["ISS_END_DECISIONS", "announced", "decision_timeline", "iss_decisions",
           "MINIMUM_ARROW", "mass_altitude", "plan_row", "plan_rows", "plans_chart", "plans_legend", "station_spans",
           "station_timeline", "timeline_legend", "utc", "with_group"]
