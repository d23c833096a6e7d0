"""China's space chronology: the project's eras, step durations, pace, and charts.

The periodisation is the project's reading, not a fact of the record: seven
eras from the founding of the Fifth Academy (1956) to the plans announced for
the 2030s and beyond, each tied to the paragraphs of the essay that speak about
it. It lives here as a small table (:data:`ERAS`) so that every chart and count
uses the same boundaries.

Dates: events carry UTC intervals (``start``, ``end``, ``mid``). An event is
placed in an era by the middle of its interval in UTC; a plan (status
``planned``) always belongs to the era of plans, whatever its date. The
chronology stops at the end of 2024 (the data are "as of end-2024"); achieved
events after that are left out and counted by :func:`china_events`.

>>> eras().loc[lambda d: d["era"] == "project921", "paragraphs"].item()
'6;7;12'
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.dates as mdates
import numpy as np
import pandas as pd

from . import load, plotting
from .dates import parse

#: Last instant of the recorded chronology (the data are "as of end-2024").
CUTOFF = pd.Timestamp("2025-01-01", tz="UTC")


@dataclass(frozen=True)
class Era:
    """One era of the project's periodisation (start inclusive, end exclusive, UTC)."""

    era: str
    label: str
    start: str
    end: str
    paragraphs: str
    summary: str


#: The project's periodisation. Boundaries are the day after the event that
#: closes an era (Dong Fang Hong 1 on 24 April 1970, Shenzhou-5's landing on
#: 15 October 2003), the approval of Project 921 (21 September 1992, which opens
#: the crewed programme the essay dates to "the early 1990s", ¶6), or a new year.
#: ``paragraphs`` lists the essay paragraphs (semicolon-separated) that speak
#: about the era.
ERAS: tuple[Era, ...] = (
    Era("founding", "1956–1970 Founding to DFH-1", "1956-01-01", "1970-04-25", "5",
        "From the Fifth Academy of the Ministry of National Defence (1956), China's first "
        "missile and rocket research institute, to its first satellite, Dong Fang Hong 1."),
    Era("satellites", "1970–1992 Satellites", "1970-04-25", "1992-09-21", "5;6",
        "Recoverable, communications and weather satellites; the years of scepticism "
        "the essay describes."),
    Era("project921", "1992–2003 Project 921", "1992-09-21", "2003-10-16", "6;7;12",
        "The crewed programme from its approval to Yang Liwei's flight on Shenzhou-5."),
    Era("firststeps", "2003–2012 First steps", "2003-10-16", "2013-01-01", "2;7;11",
        "Spacewalk, first space lab and dockings, the first lunar orbiter, a lost Mars probe."),
    Era("moonmars", "2013–2020 Moon & Mars", "2013-01-01", "2021-01-01", "2;9;10;11;12",
        "Lunar landings and sample return, Mozi, BeiDou, commercial launchers, Tianwen-1."),
    Era("tiangong", "2021–2024 Tiangong", "2021-01-01", "2025-01-01", "7;10;11;14",
        "The multi-module station Tiangong, Zhurong on Mars, Chang'e-6."),
    Era("plans", "2025–2050 Plans", "2025-01-01", "2051-01-01", "10;11",
        "Announced targets: lunar south pole, crewed lunar landing, Mars sample return."),
)

#: Kind of event -> the track it is drawn on (a data table, not an if-chain).
TRACKS: dict[str, str] = {
    "organisation": "Policy & organisation",
    "policy": "Policy & organisation",
    "programme": "Policy & organisation",
    "cooperation": "Cooperation",
    "satellite": "Satellites & launchers",
    "launcher": "Satellites & launchers",
    "navigation": "Satellites & launchers",
    "science": "Satellites & launchers",
    "commercial": "Satellites & launchers",
    "crewed_flight": "Human spaceflight",
    "spacewalk": "Human spaceflight",
    "docking": "Human spaceflight",
    "station": "Human spaceflight",
    "human": "Human spaceflight",
    "lunar": "Moon & Mars",
    "mars": "Moon & Mars",
}

#: Exceptions to :data:`TRACKS`, as data: ``(kind, mission prefix, track)``. The
#: uncrewed Shenzhou test flights (Shenzhou-1 to 4, and Shenzhou-8, which
#: tested docking) have kind ``programme`` in the events table, but they are
#: steps of the crewed programme, so they go on the human-spaceflight track, not
#: with approvals and policies.
TRACK_RULES: tuple[tuple[str, str, str], ...] = (
    ("programme", "Shenzhou", "Human spaceflight"),
)

#: Track order from bottom to top in charts.
TRACK_ORDER = ("Policy & organisation", "Cooperation", "Satellites & launchers",
               "Human spaceflight", "Moon & Mars")

#: Chains of steps: each a list of event ids in order, China's firsts where there
#: is one (``milestone``), plans (status ``planned``) as the step still to come.
CHAINS: dict[str, tuple[str, ...]] = {
    "Human spaceflight": ("dfh1-launch", "shenzhou5-launch", "shenzhou7-eva",
                          "tiangong1-launch", "wentian-docking"),
    "Moon": ("change1-launch", "change3-landing", "change5-return",
             "crewed-lunar-landing-plan"),
    "Mars": ("yinghuo1-launch", "tianwen1-orbit", "tianwen1-landing",
             "mars-sample-return-plan", "crewed-mars-plan"),
}

#: Short names for chart labels (the events table's ``mission`` is longer).
SHORT = {
    "fifth-academy-founded": "Fifth Academy",
    "dfh1-launch": "DFH-1, first satellite",
    "fsw0-return": "FSW-0 capsule recovered",
    "project921-approval": "Project 921 approved",
    "law-1993-sci-tech-progress": "S&T Progress Law",
    "shenzhou1-launch": "Shenzhou-1 (uncrewed)",
    "shenzhou5-launch": "Shenzhou-5, first crew",
    "shenzhou7-eva": "Shenzhou-7 spacewalk",
    "change1-launch": "Chang'e-1",
    "change1-impact": "Chang'e-1 impact",
    "tiangong1-launch": "Tiangong-1 lab",
    "shenzhou8-docking": "first docking",
    "shenzhou9-docking": "first crewed docking",
    "yinghuo1-launch": "Yinghuo-1 (lost)",
    "change3-landing": "Chang'e-3 landing",
    "yutu-deploy": "Yutu rover",
    "micius-launch": "Mozi (Micius)",
    "change4-landing": "Chang'e-4\nfar side",
    "change5-return": "Chang'e-5 samples",
    "tianwen1-orbit": "Tianwen-1 orbit",
    "tianwen1-landing": "Tianwen-1 landing",
    "zhurong-deploy": "Zhurong rover",
    "wentian-docking": "Tiangong multi-module",
    "change6-return": "Chang'e-6 far-side samples",
    "tianwen2-plan": "Tianwen-2 asteroid",
    "change7-plan": "Chang'e-7 south pole",
    "change8-plan": "Chang'e-8",
    "lunar-research-station-plan": "basic lunar station",
    "mars-sample-return-plan": "Mars sample return",
    "crewed-lunar-landing-plan": "crewed lunar landing",
    "tianwen4-plan": "Tianwen-4 Jupiter",
    "crewed-mars-plan": "first crewed Mars window",
    "ilrs-plan": "ILRS basic station",
    "tiangong-expansion-plan": "Tiangong to six modules",
    "tiangong-design-life-10-years": "Tiangong design life 10 years",
    "tiangong-life-over-15-years": "Tiangong life over 15 years",
    "fy1a-launch": "Fengyun-1A weather",
    "dfh2-launch": "DFH-2 communications",
    "cnsa-founded": "CNSA founded",
    "seventh-ministry-founded": "Seventh Ministry",
    "beidou3-complete": "BeiDou-3 complete",
    "tianhe-launch": "Tianhe core module",
    "clep-approval": "lunar programme approved",
    "mars-programme-approval": "Mars programme approved",
}

SOURCE = "chinaspace events table (sources in data/raw/sources.csv)"


def eras() -> pd.DataFrame:
    """The eras as a table: ``era``, ``label``, ``start``/``end`` (UTC), ``paragraphs``...

    >>> e = eras()
    >>> e["era"].tolist()[:3], str(e["start"].dtype)
    (['founding', 'satellites', 'project921'], 'datetime64[us, UTC]')
    >>> bool((e["end"].iloc[:-1].to_numpy() == e["start"].iloc[1:].to_numpy()).all())
    True
    """
    frame = pd.DataFrame([e.__dict__ for e in ERAS])
    return frame.assign(
        start=pd.to_datetime(frame["start"], utc=True).astype("datetime64[us, UTC]"),
        end=pd.to_datetime(frame["end"], utc=True).astype("datetime64[us, UTC]"),
    )


def assign_era(events: pd.DataFrame, periods: pd.DataFrame | None = None) -> pd.DataFrame:
    """Add ``era`` (an era id): plans go to the last era, others by ``mid`` in UTC.

    Returns a new frame; an achieved event outside every era gets ``<NA>``.

    >>> ev = pd.DataFrame({"mid": pd.to_datetime(["1970-04-24 13:35", "2003-10-15 01:00",
    ...                                            "2035-01-01 00:00"], utc=True),
    ...                    "status": ["achieved", "achieved", "planned"]})
    >>> assign_era(ev)["era"].tolist()
    ['founding', 'project921', 'plans']
    """
    periods = eras() if periods is None else periods
    bins = [*periods["start"], periods["end"].iloc[-1]]
    era = pd.cut(events["mid"], bins=bins, labels=list(periods["era"]), right=False)
    era = era.astype("str").where(era.notna(), None).astype("str")
    era = era.where(events["status"].ne("planned"), periods["era"].iloc[-1])
    return events.assign(era=era)


def track_of(events: pd.DataFrame) -> pd.Series:
    """The track of each event: :data:`TRACKS` by ``kind``, then :data:`TRACK_RULES`.

    >>> ev = pd.DataFrame({"kind": ["programme", "programme", "lunar"],
    ...                    "mission": ["Shenzhou-1", "Project 921", "Chang'e-1"]})
    >>> track_of(ev).tolist()
    ['Human spaceflight', 'Policy & organisation', 'Moon & Mars']
    """
    track = events["kind"].map(TRACKS)
    for kind, prefix, to in TRACK_RULES:
        hit = events["kind"].eq(kind) & events["mission"].str.startswith(prefix)
        track = track.where(~hit, to)
    return track


def china_events(events: pd.DataFrame | None = None) -> pd.DataFrame:
    """China's events to the end of 2024 plus its plans, with era, track and decade.

    Adds ``era``, ``track`` (from :data:`TRACKS` and :data:`TRACK_RULES`), ``decade`` (the decade of
    ``year``, e.g. 2010) and ``label`` (a short name from :data:`SHORT`, else the
    mission, else the event id). Plans without any date (``start`` and ``end``
    empty) are kept, with ``<NA>`` decade.

    >>> ev = china_events()
    >>> set(ev["group"]), ev.loc[ev["event_id"] == "dfh1-launch", "era"].item()
    ({'China'}, 'founding')
    """
    ev = load.events() if events is None else events
    china = ev[ev["group"].eq("China")]
    keep = china["status"].eq("planned") | (china["mid"] < CUTOFF)
    out = china[keep]
    label = out["event_id"].map(SHORT)
    label = label.where(label.notna(), out["mission"].where(out["mission"].ne(""),
                                                            out["event_id"]))
    return (
        out.pipe(assign_era)
        .assign(track=track_of(out),
                decade=(out["year"] // 10) * 10,
                label=label.astype("str"))
        .sort_values(["mid", "event_id"], na_position="last")
        .reset_index(drop=True)
    )


def years_between(a, b) -> float:
    """Years (of 365.25 days) from ``a`` to ``b``.

    >>> round(years_between(pd.Timestamp("2003-10-15"), pd.Timestamp("2008-09-27")), 2)
    4.95
    """
    return (pd.Timestamp(b) - pd.Timestamp(a)) / pd.Timedelta(days=365.25)


def step_durations(events: pd.DataFrame | None = None,
                   chains: dict[str, tuple[str, ...]] | None = None) -> pd.DataFrame:
    """One row per step of each chain: from one event to the next, and how long it took.

    Columns: ``chain``, ``step`` (number within the chain), ``from_id``,
    ``to_id``, ``from_label``, ``to_label``, ``from_date``, ``to_date`` (UTC,
    the ``mid`` of each event), ``from_status``, ``to_status``, ``years`` and
    ``planned`` (True when the step
    ends in a plan; its date is the middle of the announced window, or its
    deadline for "before ..." plans).

    >>> s = step_durations()
    >>> s.loc[s["to_id"] == "shenzhou7-eva", "years"].round(1).item()
    5.0
    """
    ev = (load.events() if events is None else events).set_index("event_id")
    chains = CHAINS if chains is None else chains
    rows = []
    for chain, ids in chains.items():
        for i, (a, b) in enumerate(zip(ids[:-1], ids[1:]), start=1):
            rows.append({
                "chain": chain, "step": i, "from_id": a, "to_id": b,
                "from_label": SHORT.get(a, a), "to_label": SHORT.get(b, b),
                "from_date": ev.loc[a, "mid"], "to_date": ev.loc[b, "mid"],
                "from_status": ev.loc[a, "status"], "to_status": ev.loc[b, "status"],
                "planned": ev.loc[b, "status"] == "planned",
            })
    out = pd.DataFrame(rows)
    return out.assign(years=(out["to_date"] - out["from_date"]) / pd.Timedelta(days=365.25))


def gap_between_firsts(firsts: pd.DataFrame, first: str, then: str) -> pd.DataFrame:
    """For each group with both milestones, the years from ``first`` to ``then``.

    Uses the ``year`` of each group's first (the ``firsts`` table); sorted by
    the gap, then group. Columns: ``group``, ``first_year``, ``then_year``, ``years``.

    >>> f = pd.DataFrame({"group": ["A", "A", "B"], "milestone": ["x", "y", "x"],
    ...                   "year": [1957, 1961, 1970]})
    >>> gap_between_firsts(f, "x", "y").to_dict("records")
    [{'group': 'A', 'first_year': 1957, 'then_year': 1961, 'years': 4}]
    """
    wide = (firsts[firsts["milestone"].isin([first, then])]
            .pivot_table(index="group", columns="milestone", values="year", aggfunc="min")
            .dropna())
    if wide.empty:
        return pd.DataFrame(columns=["group", "first_year", "then_year", "years"])
    out = pd.DataFrame({"group": wide.index,
                        "first_year": wide[first].astype(int).to_numpy(),
                        "then_year": wide[then].astype(int).to_numpy()})
    return (out.assign(years=out["then_year"] - out["first_year"])
            .sort_values(["years", "group"]).reset_index(drop=True))


def per_decade(events: pd.DataFrame) -> pd.DataFrame:
    """Count events per decade: all recorded, first-of-kind milestones, and plans.

    Returns one row per decade (every decade from the first to the last, zeros
    included) with columns ``decade``, ``recorded`` (not planned), ``firsts``
    (not planned, with a ``milestone``) and ``planned``.

    >>> ev = pd.DataFrame({"decade": [1970, 1990, 1990, 2030],
    ...                    "status": ["achieved", "achieved", "failed", "planned"],
    ...                    "milestone": ["first_satellite", "", "", ""]})
    >>> per_decade(ev).to_dict("list")["recorded"]
    [1, 0, 2, 0, 0, 0, 0]
    """
    ev = events[events["decade"].notna()]
    planned = ev["status"].eq("planned")
    decades = range(int(ev["decade"].min()), int(ev["decade"].max()) + 1, 10)
    index = pd.Index(list(decades), name="decade")
    count = lambda mask: ev[mask].groupby("decade").size().reindex(index, fill_value=0)  # noqa: E731
    return pd.DataFrame({
        "recorded": count(~planned),
        "firsts": count(~planned & ev["milestone"].ne("")),
        "planned": count(planned),
    }).astype(int).reset_index()


def launches_per_decade(launches: pd.DataFrame, state: str = "CN") -> pd.DataFrame:
    """Orbital launch attempts per decade for one GCAT state (``launches_by_year_state``).

    >>> l = pd.DataFrame({"year": [1970, 1975, 1981], "state": ["CN"] * 3,
    ...                   "attempts": [1, 2, 5]})
    >>> launches_per_decade(l).to_dict("list")
    {'decade': [1970, 1980], 'attempts': [3, 5]}
    """
    own = launches[launches["state"].eq(state)]
    return (own.assign(decade=(own["year"] // 10) * 10)
            .groupby("decade", as_index=False)["attempts"].sum()
            .astype({"attempts": int}))


def paragraphs_by_era(events: pd.DataFrame, claims: pd.DataFrame,
                      claim_events: pd.DataFrame) -> pd.DataFrame:
    """Which essay paragraphs have claims about events in each era (computed).

    ``events`` must have ``event_id`` and ``era`` (see :func:`china_events`).
    Returns ``era``, ``paragraphs`` (semicolon-separated, ascending) and
    ``claims`` (number of distinct claims), one row per era of :data:`ERAS`.
    """
    linked = (claim_events.merge(events[["event_id", "era"]], on="event_id")
              .merge(claims[["claim_id", "paragraph"]], on="claim_id"))
    table = eras()[["era"]]
    paras = (linked.groupby("era")["paragraph"]
             .agg(lambda p: ";".join(str(x) for x in sorted(set(p)))))
    n = linked.groupby("era")["claim_id"].nunique()
    return table.assign(paragraphs=table["era"].map(paras).fillna(""),
                        claims=table["era"].map(n).fillna(0).astype(int))


def essay_dates(claims: pd.DataFrame) -> pd.DataFrame:
    """The essay's own dates for its forecasts, parsed, beside the event they are about.

    One row per forecast claim with a time expression and a reference event:
    ``claim_id``, ``paragraph``, ``event_id``, ``time_expression``, ``essay_start``,
    ``essay_end`` (UTC; start empty for "By ...").
    """
    fc = claims[claims["kind"].eq("forecast") & claims["time_expression"].ne("")
                & claims["reference_event_id"].ne("")]
    parsed = [parse(t) for t in fc["time_expression"]]
    return pd.DataFrame({
        "claim_id": fc["claim_id"].to_numpy(),
        "paragraph": fc["paragraph"].to_numpy(),
        "event_id": fc["reference_event_id"].to_numpy(),
        "time_expression": fc["time_expression"].to_numpy(),
        "essay_start": pd.to_datetime([p.earliest for p in parsed], utc=True),
        "essay_end": pd.to_datetime([p.latest for p in parsed], utc=True),
    })


def beijing_clock(events: pd.DataFrame) -> pd.DataFrame:
    """Events timed to the minute in Beijing time, with the hour on each clock.

    Keeps rows with ``tz == 'Asia/Shanghai'`` and precision ``minute`` or
    ``second``; adds ``beijing`` (the instant in Asia/Shanghai), ``hour``
    (decimal hour on the Beijing clock), ``utc_hour`` and ``day_earlier_in_utc``
    (the UTC calendar date is the day before the Beijing one). China kept
    summer time from 1986 to 1991, so the offset is not always eight hours;
    the zone database knows this.

    >>> ev = pd.DataFrame({"tz": ["Asia/Shanghai"], "precision": ["minute"],
    ...                    "start": pd.to_datetime(["2020-11-23 20:30"], utc=True)})
    >>> beijing_clock(ev)[["hour", "day_earlier_in_utc"]].values.tolist()
    [[4.5, True]]
    """
    timed = events[events["tz"].eq("Asia/Shanghai")
                   & events["precision"].isin(["minute", "second"])]
    local = timed["start"].dt.tz_convert("Asia/Shanghai")
    return timed.assign(
        beijing=local,
        hour=local.dt.hour + local.dt.minute / 60,
        utc_hour=timed["start"].dt.hour + timed["start"].dt.minute / 60,
        day_earlier_in_utc=(timed["start"].dt.date != local.dt.date),
    )


# ----------------------------------------------------------------------------- charts


def _year(value) -> float:
    return float(mdates.date2num(pd.Timestamp(value).tz_convert(None)))


def timeline_chart(events: pd.DataFrame, ax=None, title: str = "", periods=None,
                   levels=(1, -1, 2, -2, 3, -3, 4, -4, 5, -5), figsize=(11, 6),
                   mark_firsts: bool = True, **kwargs):
    """China's events on one timeline with the eras shaded; returns ``(fig, ax)``.

    A thin wrapper of :func:`chinaspace.plotting.timeline` that marks events
    whose UTC calendar date differs from the Beijing one with an asterisk and
    starts an open plan ("before 2030") at the date it was announced. With
    ``mark_firsts``, China's achieved firsts of a kind (a ``milestone``) get a
    larger dark-edged marker, as in :func:`tracks_chart`, and a small legend.
    """
    periods = eras() if periods is None else periods
    data = events.assign(
        label=events["label"].where(~events["utc_differs"], events["label"] + " *"),
        announced=[parse(t).earliest if t else pd.NaT for t in events["announced_on"]],
    )
    fig, ax = plotting.timeline(data, ax=ax, periods=periods, levels=levels,
                                open_from="announced", figsize=figsize, **kwargs)
    _flip_crossed_labels(ax)
    firsts = events[events["milestone"].ne("") & events["status"].eq("achieved")
                    & events["mid"].notna()]
    if mark_firsts and len(firsts):
        from matplotlib.lines import Line2D

        col = plotting.colour("China")
        ax.plot(firsts["mid"].map(_year), [0] * len(firsts), ls="none", marker="o", ms=10,
                mfc=col, mec="#222222", mew=1.3, zorder=3.5)
        handles = [Line2D([], [], ls="none", marker="o", ms=10, color=col, mec="#222222",
                          label="China's first of a kind"),
                   Line2D([], [], ls="none", marker="o", ms=6.5, color=col,
                          label="other event")]
        ax.legend(handles=handles, loc="lower left", fontsize=8.5, facecolor="white",
                  framealpha=0.9, frameon=True, edgecolor="#dddddd")
    ax.set_xlabel("Year (UTC)")
    if title:
        ax.set_title(title)
    return fig, ax


def _flip_crossed_labels(ax) -> None:
    """Move a label to the left of its stem when a later stem crosses it there.

    :func:`chinaspace.plotting.timeline` places labels greedily in time order,
    so a later, taller stem can still cross an earlier label. A crossed label
    is flipped to the other side of its own stem if it is free there.
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    stems = []  # (x pixel, y0 pixel, y1 pixel)
    for coll in ax.collections:
        for seg in getattr(coll, "get_segments", lambda: [])():
            if len(seg) == 2 and seg[0][0] == seg[1][0]:
                (x, y0), (_, y1) = ax.transData.transform(seg)
                stems.append((x, min(y0, y1), max(y0, y1)))
    labels = [t for t in ax.texts if getattr(t, "xy", None) is not None and t.get_text()]

    def crossed(box, own_x):
        return any(box.x0 - 1 < x < box.x1 + 1 and y0 < box.y1 and box.y0 < y1
                   and abs(x - own_x) > 1 for x, y0, y1 in stems)

    for t in labels:
        own_x = ax.transData.transform(t.xy)[0]
        if not crossed(t.get_window_extent(renderer), own_x):
            continue
        dx, dy = t.xyann
        old = (t.get_ha(), t.xyann)
        t.set_ha("left" if old[0] == "right" else "right")
        t.xyann = (-dx, dy)
        box = t.get_window_extent(renderer)
        clash = any(o is not t and box.overlaps(o.get_window_extent(renderer))
                    for o in labels)
        if crossed(box, own_x) or clash:
            t.set_ha(old[0])
            t.xyann = old[1]


def tracks_chart(events: pd.DataFrame, ax=None, title: str = ""):
    """Each event as a marker on the track of its kind, eras shaded; ``(fig, ax)``.

    Filled markers are achieved events (large with a dark edge when a
    first-of-kind milestone), ``x`` marks failures, hollow markers plans; a plan
    dated by a window shows the window as a bar.
    """
    fig, ax = plt_axes(ax, (10, 5.6))
    col = plotting.colour("China")
    ypos = {t: i for i, t in enumerate(TRACK_ORDER)}
    _shade_eras(ax)
    ev = events[events["mid"].notna()]
    for status, kw in (("achieved", dict(marker="o", ms=5, mfc=col, alpha=0.75)),
                       ("partial", dict(marker="o", ms=5, mfc="white")),
                       ("failed", dict(marker="x", ms=7, mfc=col)),
                       ("planned", dict(marker="o", ms=7, mfc="white"))):
        part = ev[ev["status"].eq(status)]
        y = part["track"].map(ypos)
        ax.plot(part["mid"].map(_year), y, ls="none", color=col, mew=1.3, **kw)
        if status == "planned":
            for row in part.itertuples():
                s = row.start if pd.notna(row.start) else row.end - pd.Timedelta(days=730)
                ax.hlines(ypos[row.track], _year(s), _year(row.end), color=col, lw=1.2,
                          ls="--")
    firsts = ev[ev["milestone"].ne("") & ev["status"].ne("planned")]
    ax.plot(firsts["mid"].map(_year), firsts["track"].map(ypos), ls="none", marker="o",
            ms=9, mfc=col, mec="#222222", mew=1.2)
    counts = ev.groupby("track").size()
    ax.set_yticks(range(len(TRACK_ORDER)),
                  [f"{t}\n({counts.get(t, 0)} events)" for t in TRACK_ORDER])
    ax.set_ylim(-0.6, len(TRACK_ORDER) + 0.2)
    ax.xaxis_date()
    ax.set_xlim(_year(pd.Timestamp("1955-01-01", tz="UTC")),
                _year(pd.Timestamp("2037-01-01", tz="UTC")))
    ax.set_xlabel("Year (UTC)")
    ax.grid(axis="x", color="#eeeeee")
    from matplotlib.lines import Line2D
    handles = [
        Line2D([], [], ls="none", marker="o", ms=9, color=col, mec="#222222",
               label="China's first of a kind"),
        Line2D([], [], ls="none", marker="o", ms=5, color=col, label="other achieved event"),
        Line2D([], [], ls="none", marker="x", ms=7, color=col, label="failed"),
        Line2D([], [], ls="--", marker="o", ms=7, color=col, mfc="white",
               label="planned (dashed: announced window)"),
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=8.5, bbox_to_anchor=(0.0, 0.86),
              facecolor="white", framealpha=0.9, frameon=True, edgecolor="#dddddd")
    if title:
        ax.set_title(title)
    return fig, ax


def _shade_eras(ax, periods: pd.DataFrame | None = None, label_y: float = 1.0) -> None:
    import matplotlib.transforms as mtransforms

    periods = eras() if periods is None else periods
    trans = mtransforms.blended_transform_factory(ax.transData, ax.transAxes)
    for i, row in enumerate(periods.itertuples()):
        ax.axvspan(_year(row.start), _year(row.end), color="#000000",
                   alpha=0.06 if i % 2 == 0 else 0.0, lw=0, zorder=0)
        ax.text(_year(row.start), label_y - 0.045 * (i % 3),
                f" {row.label}", transform=trans, fontsize=8, color="#444444",
                va="top", ha="left")


def plt_axes(ax, figsize):
    """A new figure and axes of ``figsize``, or ``ax`` and its figure."""
    import matplotlib.pyplot as plt

    if ax is None:
        return plt.subplots(figsize=figsize)
    return ax.figure, ax


def steps_chart(steps: pd.DataFrame, ax=None, title: str = ""):
    """Each chain of steps on its own row, with the years each step took; ``(fig, ax)``.

    Achieved steps are solid lines between filled markers; a failed event
    (``from_status`` or ``to_status`` "failed") is a cross; a step that ends in
    a plan is dashed and ends in a hollow marker. Labels sit just below or just
    above their marker, alternately, so each stays on its own row.
    """
    fig, ax = plt_axes(ax, (10, 6.5))
    col = plotting.colour("China")
    chains = list(dict.fromkeys(steps["chain"]))
    # label places cycle below / above, nearer then further, so neighbours do not meet
    places = [(-10, "top"), (16, "bottom")]
    for y, chain in enumerate(reversed(chains)):
        part = steps[steps["chain"].eq(chain)].sort_values("step")
        status = part["to_status"] if "to_status" in part else part["planned"].map(
            {True: "planned", False: "achieved"})
        first = part["from_status"].iloc[0] if "from_status" in part else "achieved"
        points = [(part["from_date"].iloc[0], part["from_label"].iloc[0], first)]
        points += list(zip(part["to_date"], part["to_label"], status))
        for k, row in enumerate(part.itertuples()):
            x0, x1 = _year(row.from_date), _year(row.to_date)
            ax.plot([x0, x1], [y, y], color=col, lw=2.2, ls="--" if row.planned else "-",
                    zorder=2)
            if row.years < 1:  # too short to label on the line; it is in the table
                continue
            ax.annotate(f"{row.years:.1f} yr", ((x0 + x1) / 2, y), xytext=(0, 4),
                        textcoords="offset points", ha="center", va="bottom", fontsize=8.5,
                        color="#333333", fontweight="bold")
        for k, (date, name, state) in enumerate(points):
            x = _year(date)
            planned = state == "planned"
            if state == "failed":
                ax.plot(x, y, marker="X", ms=10, color=col, mec="white", mew=0.8, zorder=3)
            else:
                ax.plot(x, y, marker="o", ms=7, color=col, mfc="white" if planned else col,
                        mew=1.5, zorder=3)
            dy, va = places[k % len(places)]
            # the next label on the same side is close: end this one at its marker
            near = (k + 2 < len(points)
                    and years_between(date, points[k + 2][0]) < 10)
            ax.annotate(f"{name}\n{pd.Timestamp(date).year}", (x, y),
                        xytext=(4 if near else 0, dy), textcoords="offset points",
                        ha="right" if near else "center", va=va, fontsize=8,
                        style="italic" if planned else "normal")
    ax.set_yticks(range(len(chains)), list(reversed(chains)))
    ax.set_ylim(-0.7, len(chains) - 0.3)
    ax.xaxis_date()
    ax.set_xlabel("Year (UTC; a plan is placed at the middle of its announced window)")
    ax.grid(axis="x", color="#eeeeee")
    ax.grid(axis="y", visible=False)
    if title:
        ax.set_title(title)
    return fig, ax


def decades_chart(counts: pd.DataFrame, launches: pd.DataFrame | None = None, title: str = ""):
    """Events recorded per decade (and, beside it, orbital launch attempts); ``(fig, axes)``.

    ``counts`` comes from :func:`per_decade`, ``launches`` from
    :func:`launches_per_decade`. Only recorded (not planned) events are drawn:
    plans are not events of a decade yet. Both panels show the same decades
    (those with a recorded event or a launch), in the same order.
    """
    import matplotlib.pyplot as plt

    decades = set(counts.loc[counts["recorded"].gt(0), "decade"])
    if launches is not None:
        decades |= set(launches["decade"])
    decades = list(range(min(decades), max(decades) + 1, 10))
    counts = counts.set_index("decade").reindex(decades, fill_value=0)
    names = [f"{d}s" for d in decades]
    x = np.arange(len(decades))
    ncols = 1 if launches is None else 2
    fig, axes = plt.subplots(1, ncols, figsize=(10.5, 5), squeeze=False)
    axes = axes[0]
    col = plotting.colour("China")
    ax = axes[0]
    ax.bar(x, counts["recorded"], color=col, alpha=0.35, width=0.75, label="all recorded events")
    ax.bar(x, counts["firsts"], color=col, width=0.45, hatch="//", edgecolor="white",
           label="of which China's first of a kind")
    for xi, n in zip(x, counts["recorded"]):
        ax.text(xi, n + 0.6, f"{n}", ha="center", va="bottom", fontsize=8.5)
    ax.set_xticks(x, names, rotation=45)
    ax.set_ylabel("Events in the chinaspace table (count)")
    ax.set_title("Events recorded", fontsize=11, fontweight="normal")
    ax.legend(loc="upper left")
    if launches is not None:
        ax2 = axes[1]
        n = launches.set_index("decade")["attempts"].reindex(decades, fill_value=0)
        ax2.bar(x, n, color=col, width=0.7)
        for xi, v in zip(x, n):
            ax2.text(xi, v + 3, f"{v}", ha="center", va="bottom", fontsize=8.5)
        ax2.set_xticks(x, names, rotation=45)
        ax2.set_ylabel("Orbital launch attempts (count)")
        ax2.set_title("Orbital launch attempts (GCAT)", fontsize=11, fontweight="normal")
    for a in axes:
        a.set_xlim(-0.6, len(decades) - 0.4)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    fig.tight_layout()
    return fig, axes


def plans_chart(plans: pd.DataFrame, essay: pd.DataFrame | None = None, ax=None,
                title: str = ""):
    """Each plan on its own row: when it was announced and the target window; ``(fig, ax)``.

    A filled dot marks the announcement; the dashed line runs to the target,
    drawn as a hollow bar (a window such as "around 2028") or an arrow ending at
    the deadline (an open "before 2030"). ``essay`` (from :func:`essay_dates`)
    adds the essay's own date for the same plan on a grey row just below it: a
    window as a grey bar from its earliest to its latest instant, a deadline
    ("By 2030") as a line open to the left (arrowhead at the chart's edge) that
    ends in a cap at the deadline.
    """
    fig, ax = plt_axes(ax, (11, 7))
    col = plotting.colour("China")
    grey = "#555555"
    x_lo = _year(pd.Timestamp("2020-06-01", tz="UTC"))
    x_hi = _year(pd.Timestamp("2056-01-01", tz="UTC"))
    who = plans["announced_by"].str.split(r"[,(]", regex=True).str[0].str.strip()
    plans = plans.assign(
        announced=[parse(t).earliest if t else pd.NaT for t in plans["announced_on"]],
        announced_by_short=who + ", " + plans["announced_on"])
    plans = plans.sort_values(["end", "announced"], na_position="first").reset_index(drop=True)
    ess = (essay[essay["event_id"].isin(plans["event_id"])].set_index("event_id")
           if essay is not None else pd.DataFrame())
    ticks, names = [], []
    y = 0.0
    for row in plans.itertuples():
        ticks.append(y)
        names.append(f"{row.label}\n{row.announced_by_short}")
        a = _year(row.announced)
        ax.plot(a, y, marker="o", ms=5, color=col, zorder=3)
        if pd.isna(row.end):
            ax.annotate("no target date given", (a, y), xytext=(8, 0),
                        textcoords="offset points", va="center", fontsize=8.5,
                        style="italic", color=grey)
        elif pd.isna(row.start):
            e = _year(row.end)
            ax.annotate("", xy=(e, y), xytext=(a, y),
                        arrowprops=dict(arrowstyle="-|>", color=col, lw=1.6, ls="--",
                                        shrinkA=0, shrinkB=0))
            ax.plot(e, y, marker="|", ms=12, color=col, mew=2)
        else:
            s, e = _year(row.start), _year(row.end)
            ax.plot([a, s], [y, y], color=col, lw=1.2, ls="--")
            ax.barh(y, e - s, left=s, height=0.45, facecolor="white", edgecolor=col, lw=1.5,
                    ls="--", zorder=3)
        y += 1
        if row.event_id in ess.index:
            for er in ess.loc[[row.event_id]].itertuples():
                y -= 0.25  # the essay's row sits close under its plan
                ticks.append(y)
                names.append("essay's date")
                e = _year(er.essay_end)
                if pd.isna(er.essay_start):  # a deadline, open to the left
                    ax.annotate("", xy=(x_lo, y), xytext=(e, y),
                                arrowprops=dict(arrowstyle="-|>", color=grey, lw=1.6,
                                                shrinkA=0, shrinkB=0))
                    ax.plot(e, y, marker="|", ms=12, color=grey, mew=2.2)
                else:
                    s = _year(er.essay_start)
                    ax.barh(y, e - s, left=s, height=0.35, color=grey, alpha=0.5, lw=0)
                ax.annotate(f'essay: "{er.time_expression}" (¶{er.paragraph})', (e, y),
                            xytext=(6, 0), textcoords="offset points", va="center",
                            fontsize=8.5, color=grey)
                y += 1
    ax.set_yticks(ticks, names, fontsize=8.5)
    for label, name in zip(ax.get_yticklabels(), names):
        if name == "essay's date":
            label.set_color(grey)
            label.set_style("italic")
    ax.set_ylim(-0.7, y - 0.3)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.set_xlim(x_lo, x_hi)
    ax.set_xlabel("Year (announcement dot, target window in UTC)")
    ax.grid(axis="x", color="#eeeeee")
    ax.grid(axis="y", visible=False)
    if title:
        ax.set_title(title)
    return fig, ax


def clock_chart(clock: pd.DataFrame, ax=None, title: str = ""):
    """Beijing hour of day against year for timed events; ``(fig, ax)``.

    The band from midnight to 08:00 Beijing time (before 1986-91 summer time
    complications) is where the UTC date is the day before: those events are
    filled, the others hollow.
    """
    fig, ax = plt_axes(ax, (9, 5))
    col = plotting.colour("China")
    ax.axvspan(0, 8, color="#000000", alpha=0.07, lw=0)
    ax.text(4, 0.03, "UTC date is\nthe day before", transform=ax.get_xaxis_transform(),
            ha="center", va="bottom", fontsize=8.5, color="#444444")
    earlier = clock["day_earlier_in_utc"]
    years = clock["beijing"].dt.year + clock["beijing"].dt.day_of_year / 366
    ax.plot(clock.loc[earlier, "hour"], years[earlier], ls="none", marker="o", ms=6,
            color=col, label="UTC date differs (day before)")
    ax.plot(clock.loc[~earlier, "hour"], years[~earlier], ls="none", marker="s", ms=5,
            color=col, mfc="white", label="same date in UTC")
    ax.set_xlim(0, 24)
    ax.set_xticks(range(0, 25, 2), [f"{h:02d}:00" for h in range(0, 25, 2)])
    ax.set_xlabel("Time of day, Beijing time (UTC+8)")
    ax.set_ylabel("Year")
    ax.grid(axis="x", color="#eeeeee")
    ax.legend(loc="center right", facecolor="white", framealpha=0.9, frameon=True,
              edgecolor="#dddddd")
    if title:
        ax.set_title(title)
    return fig, ax


__all__ = ["CHAINS", "CUTOFF", "ERAS", "SHORT", "TRACKS", "TRACK_ORDER", "assign_era",
           "TRACK_RULES", "beijing_clock", "china_events", "clock_chart", "decades_chart", "eras",
           "essay_dates", "gap_between_firsts", "launches_per_decade", "paragraphs_by_era",
           "per_decade", "plans_chart", "step_durations", "steps_chart", "timeline_chart",
           "track_of", "tracks_chart", "years_between"]
