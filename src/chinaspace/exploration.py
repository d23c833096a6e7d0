"""China's Moon and Mars programmes: missions, plans whose dates move, and pace.

Three views of the same events table:

* :func:`mission_steps` and :func:`mission_table` list the Chang'e and Tianwen
  missions (with Queqiao and Yinghuo-1) step by step and one row per mission
  with its outcome; :func:`mission_chart` draws them as lanes.
* :func:`plan_history` gathers every statement of a plan's target date: the
  current one from the events table and the earlier ones that the rows' notes
  and alternative-date columns record (the ``plan_statements`` table), plus the
  Artemis targets that ``moon_programmes_world.csv`` records one row per
  announcement. :func:`drift_summary` and :func:`drift_chart` show how far the
  targets moved ("forecast drift").
* :func:`pace_table` and :func:`pace_chart` compare how many years China's
  lunar programme, Apollo, Luna and Artemis took from their start to a first
  orbiter, soft landing, sample return and crewed landing.

Plans are forecasts: a target date is what someone announced on a given day,
not a fact about the future.
"""

from __future__ import annotations

import re

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from . import dates, load, plotting

# --------------------------------------------------------------------------- missions


def _axes(ax, figsize):
    if ax is None:
        return plt.subplots(figsize=figsize)
    return ax.figure, ax


#: Missions of China's lunar (Chang'e, with the Queqiao relays) and Mars programmes.
MISSION_RE = re.compile(r"^(Chang'e-\d( T1)?|Queqiao(-2)?|Yinghuo-1|Tianwen-1)$")

#: What each step (the last word of an event id) means, in a few words.
STEP_WORDS = {
    "launch": "launch",
    "orbit": "Mars orbit",
    "impact": "impact",
    "landing": "landing",
    "deploy": "rover out",
    "return": "samples home",
}

#: Steps whose event id's last word would mislead, in words of their own. Yinghuo-1's
#: launch on a Zenit worked; Phobos-Grunt, which carried it, never fired its engines
#: to leave Earth orbit, so the step that failed is leaving Earth orbit.
STEP_OVERRIDES = {
    "yinghuo1-launch": "launch → leave Earth orbit",
}


def step_words(event_ids, steps) -> str:
    """The steps of one mission in words, joined by arrows (see :data:`STEP_OVERRIDES`).

    >>> step_words(["change5-launch", "change5-return"], ["launch", "return"])
    'launch → samples home'
    >>> step_words(["yinghuo1-launch"], ["launch"])
    'launch → leave Earth orbit'
    """
    return " → ".join(STEP_OVERRIDES.get(e, STEP_WORDS.get(s, s)) for e, s in zip(event_ids, steps))


def programme_of(mission: str) -> str:
    """The programme a mission belongs to: 'Moon' (Chang'e, Queqiao) or 'Mars'.

    >>> programme_of("Chang'e-5"), programme_of("Queqiao-2"), programme_of("Tianwen-1")
    ('Moon', 'Moon', 'Mars')
    """
    return "Mars" if mission.startswith(("Tianwen", "Yinghuo")) else "Moon"


def mission_steps(events: pd.DataFrame) -> pd.DataFrame:
    """China's Moon and Mars mission events (not plans), one row per step, in time order.

    Keeps rows of ``group == 'China'`` and ``kind`` lunar or mars whose
    ``mission`` is a Chang'e, Queqiao, Yinghuo or Tianwen mission and whose
    status is not ``planned`` (so not the approval of a programme); adds
    ``programme`` ('Moon' or 'Mars') and ``step`` (the last word of the event
    id: launch, orbit, impact, landing, deploy, return).

    >>> ev = pd.DataFrame({"event_id": ["change5-return", "change7-plan", "change5-launch"],
    ...     "group": ["China"] * 3, "kind": ["lunar"] * 3, "mission": ["Chang'e-5", "Chang'e-7", "Chang'e-5"],
    ...     "status": ["achieved", "planned", "achieved"],
    ...     "start": pd.to_datetime(["2020-12-16", "2026-01-01", "2020-11-23"], utc=True)})
    >>> mission_steps(ev)[["event_id", "step", "programme"]].values.tolist()
    [['change5-launch', 'launch', 'Moon'], ['change5-return', 'return', 'Moon']]
    """
    keep = (events["group"].eq("China")
            & events["mission"].str.match(MISSION_RE)
            & events["kind"].isin(["lunar", "mars"])
            & events["status"].ne("planned"))
    return (
        events.loc[keep]
        .assign(step=lambda d: d["event_id"].str.rsplit("-", n=1).str[-1],
                programme=lambda d: d["mission"].map(programme_of))
        .sort_values("start")
        .reset_index(drop=True)
    )


def _outcome(statuses: pd.Series) -> str:
    if statuses.eq("failed").any():
        return "failed"
    if statuses.eq("partial").any():
        return "partial"
    return "achieved"


def mission_table(steps: pd.DataFrame) -> pd.DataFrame:
    """One row per mission: launch date (on the source's clock and in UTC), steps, outcome, firsts.

    ``outcome`` is 'failed' if any step failed, 'partial' if any was partial,
    else 'achieved'; ``firsts`` joins the milestone keys the mission earned.
    Missions are in launch order.
    """
    rows = []
    for mission, d in steps.groupby("mission", sort=False):
        launch = d.loc[d["step"].eq("launch")]
        first = launch.iloc[0] if len(launch) else d.iloc[0]
        rows.append({
            "mission": mission,
            "programme": first["programme"],
            "launch_local": first["local_date"],
            "launch_utc": first["utc_date"],
            "steps": step_words(d["event_id"], d["step"]),
            "outcome": _outcome(d["status"]),
            "firsts": "; ".join(m for m in d["milestone"] if m),
            "start": first["start"],
        })
    return pd.DataFrame(rows).sort_values("start").drop(columns="start").reset_index(drop=True)


def mission_chart(steps: pd.DataFrame, ax=None, title: str | None = None):
    """Lanes, one per mission: a line from launch to last step, a marker per step.

    Achieved steps are filled circles in China's colour; a failed step is a
    grey cross. Each lane is labelled with its steps in words on the right.
    Returns ``(fig, ax)``.
    """
    fig, ax = _axes(ax, (10, 6))
    col = plotting.colour("China")
    order = list(dict.fromkeys(steps["mission"]))
    for y, mission in enumerate(order):
        d = steps.loc[steps["mission"].eq(mission)]
        t = d["start"].dt.tz_localize(None)
        ax.plot([t.min(), t.max()], [y, y], color=col, lw=2, alpha=0.6, solid_capstyle="butt")
        ok = d["status"].ne("failed")
        ax.plot(t[ok], [y] * int(ok.sum()), "o", color=col, ms=6, zorder=3)
        ax.plot(t[~ok], [y] * int((~ok).sum()), "X", color=plotting.COLOURS["Other"], ms=10,
                zorder=3)
        words = step_words(d["event_id"], d["step"])
        if (~ok).any():
            words += " (failed)"
        ax.annotate(f"{words}", (t.max(), y), xytext=(8, 0), textcoords="offset points",
                    va="center", fontsize=8.5, color="#333333")
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    ax.set_xlabel("Date (UTC)")
    ax.set_xlim(pd.Timestamp("2006-06-01"), pd.Timestamp("2027-06-01"))
    ax.grid(axis="y", visible=False)
    handles = [Line2D([], [], color=col, marker="o", ls="-", label="step achieved"),
               Line2D([], [], color=plotting.COLOURS["Other"], marker="X", ls="",
                      label="step failed", ms=9)]
    ax.legend(handles=handles, loc="upper right")
    if title:
        ax.set_title(title, loc="left")
    return fig, ax


# --------------------------------------------------------------------------- plans

#: Short names for the plans compared in the drift chart.
PLAN_LABELS = {
    "crewed-lunar-landing-plan": "China: crewed landing",
    "lunar-research-station-plan": "China: Moon station (basic)",
    "ilrs-plan": "ILRS basic station",
    "change7-plan": "Chang'e-7",
    "change8-plan": "Chang'e-8",
    "tianwen2-plan": "Tianwen-2 (asteroid)",
    "mars-sample-return-plan": "Tianwen-3 (Mars samples)",
    "tianwen4-plan": "Tianwen-4 (Jupiter)",
    "crewed-mars-plan": "China: crewed Mars",
    "artemis-landing": "Artemis: crewed landing",
    "artemis2": "Artemis II (crewed flyby)",
}

#: Plans whose statements are not of one and the same target, so their "drift" is not
#: a slip: they are drawn, but left out of counts of targets that moved. The reason
#: for each is said in words.
NOT_COMPARABLE = {
    "lunar-research-station-plan": (
        "its statements mix an unmanned station proposed 'in about 10 years' (2018), the basic model "
        "formed by robotic Chang'e-7 and -8 (2022, 2023) and a newspaper's paraphrase, "
        "'within seven years' (The Times, 2023)"),
    "ilrs-plan": (
        "the 2023 'basic version by 2028' has the date of the basic model (Chang'e-7 and -8); "
        "the 2024 'by 2035' statements are of the basic station itself"),
}


#: Plans that have since happened: when, on the source's clock, and the source.
#: Tianwen-2's launch is recorded in the notes of ``tianwen2-plan``.
OUTCOMES = {
    "tianwen2-plan": ("2025-05-29 01:31", "Asia/Shanghai", "spacefrontpage-tianwen2-launch-2025"),
}


def outcome_dates() -> dict:
    """The instant each plan in :data:`OUTCOMES` happened, as a UTC timestamp.

    >>> outcome_dates()["tianwen2-plan"].isoformat()
    '2025-05-28T17:31:00+00:00'
    """
    return {plan: pd.Timestamp(dates.parse(text, tz=tz).earliest)
            for plan, (text, tz, _) in OUTCOMES.items()}


_ARTEMIS_PLAN = re.compile(r"^(artemis-landing|artemis2)-target-")


def decimal_year(ts) -> float:
    """A timestamp as a year with a fraction (1 July 2020 is about 2020.5).

    >>> round(decimal_year(pd.Timestamp("2020-07-02", tz="UTC")), 3)
    2020.5
    """
    ts = pd.Timestamp(ts)
    start = pd.Timestamp(year=ts.year, month=1, day=1, tz=ts.tz)
    end = pd.Timestamp(year=ts.year + 1, month=1, day=1, tz=ts.tz)
    return ts.year + (ts - start) / (end - start)


def _point(interval: dates.DateInterval) -> pd.Timestamp:
    """One instant for an interval: its middle, or its known end ('by 2030' -> end of 2030)."""
    lo, hi = interval.earliest, interval.latest
    if lo is None:
        return pd.Timestamp(hi)
    if hi is None:
        return pd.Timestamp(lo)
    return pd.Timestamp(lo) + (pd.Timestamp(hi) - pd.Timestamp(lo)) / 2


def _statement(plan, announced_on, announced_by, target_text, source_id, current):
    said = dates.parse(announced_on)
    target = dates.parse(target_text)
    return {
        "plan": plan,
        "label": PLAN_LABELS.get(plan, plan),
        "announced_on": announced_on,
        "announced_by": announced_by,
        "target_text": target_text,
        "announced": _point(said),
        "target": _point(target),
        "target_start": pd.Timestamp(target.earliest) if target.earliest else pd.NaT,
        "target_end": pd.Timestamp(target.latest) if target.latest else pd.NaT,
        "qualifier": target.qualifier,
        "source_id": source_id,
        "current": current,
    }


def plan_history(events: pd.DataFrame, statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every dated statement of a plan's target, one row per statement, oldest first per plan.

    For China's plans: the row in the events table (``current`` True) and the
    earlier statements of ``statements`` (default: the ``plan_statements`` table, built
    from ``data/raw/plan_statements.csv``, each with its source). For Artemis: each
    ``artemis-landing-target-*`` and ``artemis2-target-*`` row is one statement,
    the latest announced being ``current``. Adds ``group``, ``lead_years``
    (target minus announcement, in years) and ``announced``/``target`` as UTC
    timestamps (a 'by' or 'before' target is placed at its deadline).
    """
    planned = events.loc[events["status"].eq("planned")].set_index("event_id")
    rows = []
    for plan in PLAN_LABELS:
        if plan in planned.index:
            r = planned.loc[plan]
            rows.append(_statement(plan, r["announced_on"], r["announced_by"], r["date_text"],
                                   r["source_id"], True))
    statements = load.plan_statements() if statements is None else statements
    for row in statements.itertuples():
        if row.plan_event_id in planned.index:
            rows.append(_statement(row.plan_event_id, row.announced_on, row.announced_by,
                                   row.target_text, row.source_id, False))
    artemis = planned.loc[planned.index.str.match(_ARTEMIS_PLAN)]
    for event_id, r in artemis.iterrows():
        plan = _ARTEMIS_PLAN.match(event_id).group(1)
        rows.append(_statement(plan, r["announced_on"], r["announced_by"], r["date_text"],
                               r["source_id"], False))
    out = pd.DataFrame(rows)
    out = out.assign(
        group=np.where(out["plan"].str.startswith("artemis"), "USA", "China"),
        lead_years=((out["target"] - out["announced"]).dt.days / 365.25).round(1),
        order=out["plan"].map({p: i for i, p in enumerate(PLAN_LABELS)}),
    ).sort_values(["order", "announced"], kind="stable").drop(columns="order")
    out = out.reset_index(drop=True)
    latest_artemis = out["plan"].str.startswith("artemis") & ~out.duplicated("plan", keep="last")
    out.loc[latest_artemis, "current"] = True
    return out


def drift_summary(history: pd.DataFrame) -> pd.DataFrame:
    """Per plan: first and latest statement, and how far the target moved.

    ``drift_years`` is the latest target minus the first target (positive:
    later); ``over_years`` is the time between the two statements; a plan
    stated once has a drift of 0 over 0 years. ``comparable`` is False for the
    plans in :data:`NOT_COMPARABLE`, whose statements are of different targets.

    >>> h = pd.DataFrame({"plan": ["p", "p"], "label": ["P", "P"], "group": ["USA"] * 2,
    ...     "announced": pd.to_datetime(["2019-03-26", "2021-11-09"], utc=True),
    ...     "target": pd.to_datetime(["2024-07-01", "2025-07-01"], utc=True),
    ...     "target_text": ["2024", "2025"]})
    >>> drift_summary(h)[["plan", "first_target", "latest_target", "drift_years", "comparable"]]
      plan first_target latest_target  drift_years  comparable
    0    p         2024          2025          1.0        True
    """
    rows = []
    for plan, d in history.sort_values("announced", kind="stable").groupby("plan", sort=False):
        first, last = d.iloc[0], d.iloc[-1]
        rows.append({
            "plan": plan,
            "label": first["label"],
            "group": first["group"],
            "statements": len(d),
            "first_announced": first["announced"].year,
            "first_target": first["target_text"],
            "latest_announced": last["announced"].year,
            "latest_target": last["target_text"],
            "drift_years": round((last["target"] - first["target"]).days / 365.25, 1),
            "over_years": round((last["announced"] - first["announced"]).days / 365.25, 1),
            "comparable": plan not in NOT_COMPARABLE,
        })
    return (pd.DataFrame(rows)
            .sort_values(["drift_years", "plan"], ascending=[False, True])
            .reset_index(drop=True))


def drift_chart(history: pd.DataFrame, essay_year: float | None = None, outcomes=None,
                title: str | None = None, ncols: int = 4):
    """Small multiples, one per plan: when a target was announced (x) against the target (y).

    Each statement is a hollow marker (a plan, not an event) joined by a dashed
    line in its group's colour; a vertical bar shows the span of a target given
    as a month, season or year. The grey diagonal is where the target equals
    the day it was announced (a target on the diagonal is due at once); a flat
    line means a stable target, a rising one a target that slipped. ``outcomes``
    maps a plan to the date it actually happened (a filled star).
    ``essay_year`` draws a dotted vertical line at the essay's date. A plan in
    :data:`NOT_COMPARABLE` has its statements drawn without a joining line and
    its panel marked "not comparable". Returns ``(fig, axes)``.
    """
    plans = list(dict.fromkeys(history["plan"]))
    nrows = int(np.ceil(len(plans) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(11, 2.6 * nrows + 0.8), sharex=True,
                             sharey=True)
    flat = np.atleast_1d(axes).ravel()
    x0, x1 = 2017.5, 2027.0
    for ax, plan in zip(flat, plans):
        d = history.loc[history["plan"].eq(plan)]
        group = d["group"].iloc[0]
        col = plotting.colour(group)
        marker = plotting.MARKERS.get(group, "o")
        x = d["announced"].map(decimal_year)
        y = d["target"].map(decimal_year)
        ax.plot([x0, x1], [x0, x1], color="#999999", lw=0.8)
        mixed = plan in NOT_COMPARABLE
        ax.plot(x, y, ls="" if mixed else "--", color=col, lw=1.2, marker=marker, ms=5,
                markerfacecolor="white", markeredgewidth=1.5, zorder=3)
        for xi, lo, hi in zip(x, d["target_start"], d["target_end"]):
            if pd.notna(lo) and pd.notna(hi):
                ax.vlines(xi, decimal_year(lo), decimal_year(hi), color=col, lw=5, alpha=0.35)
        if outcomes and plan in outcomes:
            t = decimal_year(outcomes[plan])
            ax.plot([t], [t], marker="*", ms=12, color=col, zorder=4)
        if essay_year is not None:
            ax.axvline(essay_year, color="#555555", lw=0.8, ls=":")
        ax.set_title(d["label"].iloc[0], fontsize=9.5, loc="left")
        if mixed:
            ax.text(0.03, 0.95, "not comparable:\ndifferent targets", transform=ax.transAxes,
                    ha="left", va="top", fontsize=8, color="#555555", style="italic")
        ax.tick_params(labelsize=8)
    for ax in flat[len(plans):]:
        ax.set_visible(False)
    flat[0].set_xlim(x0, x1)
    flat[0].set_ylim(2020, 2037)
    flat[0].yaxis.set_major_locator(plt.MultipleLocator(5))
    flat[0].xaxis.set_major_locator(plt.MultipleLocator(2))
    for ax in flat[::ncols]:
        ax.set_ylabel("Target year", fontsize=9)
    for ax in flat[len(plans) - ncols:len(plans)]:
        ax.set_xlabel("Year announced", fontsize=9)
        ax.xaxis.set_tick_params(labelbottom=True)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontsize=12, fontweight="bold")
    fig.subplots_adjust(hspace=0.45, wspace=0.12, top=0.9 if title else 0.95)
    return fig, axes


# --------------------------------------------------------------------------- pace

#: Milestones compared, in order, with a marker each.
PACE_MILESTONES = {
    "orbiter": ("first lunar orbiter", "o"),
    "landing": ("first soft landing", "s"),
    "sample_return": ("first sample return", "D"),
    "crewed_landing": ("first crewed landing", "*"),
}

#: For each programme: its comparison group, the event that starts the clock and
#: the event of each milestone (None: not done and not planned). The ids for
#: China, Apollo and Luna are the groups' firsts in the firsts table (a test
#: checks this); Chang'e-1's first-orbiter event is its launch, 12 days before it
#: reached lunar orbit. Artemis's crewed landing is the latest announced target.
PROGRAMMES = {
    "Chang'e (China)": {
        "group": "China", "start": "clep-approval", "orbiter": "change1-launch",
        "landing": "change3-landing", "sample_return": "change5-return",
        "crewed_landing": "crewed-lunar-landing-plan"},
    "Apollo (USA)": {
        "group": "USA", "start": "apollo-goal-kennedy", "orbiter": "lunar-orbiter1-orbit",
        "landing": "surveyor1-landing", "sample_return": "apollo11-return",
        "crewed_landing": "apollo11-landing"},
    "Luna (USSR)": {
        "group": "USSR/Russia", "start": "luna1-launch", "orbiter": "luna10-orbit",
        "landing": "luna9-landing", "sample_return": "luna16-return",
        "crewed_landing": None},
    "Artemis (USA)": {
        "group": "USA", "start": "artemis-spd1", "orbiter": "artemis1-lunar-orbit",
        "landing": None, "sample_return": None,
        "crewed_landing": "artemis-landing-target-2026"},
}


def _years(a, b) -> float:
    return round((b - a).days / 365.25, 2)


def pace_table(events: pd.DataFrame, programmes: dict = PROGRAMMES) -> pd.DataFrame:
    """Years from each programme's start to each milestone, one row per (programme, milestone).

    ``years`` runs from the middle of the start event's date to the middle of
    the milestone's; for a planned milestone ``years_low``/``years_high`` give
    the range its target allows (an open start such as 'before 2030' runs from
    the day it was announced) and ``years`` is the middle of that range, not
    its latest end. Milestones not done and not planned are left out.
    """
    ev = events.set_index("event_id")
    rows = []
    for name, spec in programmes.items():
        start = ev.loc[spec["start"]]
        t0 = start["mid"]
        for key, (label, _) in PACE_MILESTONES.items():
            eid = spec.get(key)
            if not eid:
                continue
            e = ev.loc[eid]
            lo = e["start"]
            if pd.isna(lo) and e["announced_on"]:
                lo = pd.Timestamp(dates.parse(e["announced_on"]).earliest)
            low = _years(t0, lo if pd.notna(lo) else e["mid"])
            high = _years(t0, e["end"] if pd.notna(e["end"]) else e["mid"])
            planned = e["status"] == "planned"
            rows.append({
                "programme": name, "group": spec["group"], "milestone": label,
                "key": key, "event_id": eid, "mission": e["mission"],
                "status": e["status"], "start_event": spec["start"],
                "start_date": start["local_date"], "date": e["local_date"],
                "years": round((low + high) / 2, 2) if planned else _years(t0, e["mid"]),
                "years_low": low,
                "years_high": high,
            })
    return pd.DataFrame(rows)


def pace_chart(pace: pd.DataFrame, ax=None, title: str | None = None):
    """Dot chart: years from programme start (x) to each milestone, one row per programme.

    Milestones are told apart by marker and a small vertical offset within the
    row; colours are the comparison groups'; planned milestones are hollow with
    a dashed bar over the range their target allows. Returns ``(fig, ax)``.
    """
    fig, ax = _axes(ax, (10, 5.5))
    names = list(dict.fromkeys(pace["programme"]))
    offsets = dict(zip(PACE_MILESTONES, (-0.27, -0.09, 0.09, 0.27)))
    for y, name in enumerate(names):
        d = pace.loc[pace["programme"].eq(name)]
        col = plotting.colour(d["group"].iloc[0])
        for r in d.itertuples():
            yy = y + offsets[r.key]
            marker = PACE_MILESTONES[r.key][1]
            planned = r.status == "planned"
            if planned:
                ax.hlines(yy, r.years_low, r.years_high, color=col, lw=1.5, ls="--")
            ax.plot(r.years, yy, marker=marker, ms=11 if marker == "*" else 8, color=col,
                    markerfacecolor="white" if planned else col, markeredgewidth=1.5,
                    ls="", zorder=3)
        ax.axhline(y + 0.5, color="#dddddd", lw=0.8)
    ax.set_yticks(range(len(names)), names)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("Years from programme start")
    ax.set_xlim(left=0)
    handles = [Line2D([], [], color="#333333", marker=m, ls="", ms=8, label=lab)
               for lab, m in PACE_MILESTONES.values()]
    handles.append(Line2D([], [], color="#333333", marker="o", markerfacecolor="white",
                          ls="--", label="planned (range of target)"))
    ax.legend(handles=handles, loc="lower right", fontsize=8.5)
    if title:
        ax.set_title(title, loc="left")
    return fig, ax


# --------------------------------------------------------------------------- time zones

def day_boundary_chart(events: pd.DataFrame, zone: str = "Asia/Shanghai", labels=None,
                       hours: int = 30, title: str | None = None):
    """For each event, its instant against the calendar days of UTC and of ``zone``.

    One panel per event: two bands (UTC and the local zone) split at each
    clock's midnight and labelled with the date, and a vertical line at the
    event's instant (``start``). Shows why one instant has two calendar dates.
    Returns ``(fig, axes)``.
    """
    n = len(events)
    fig, axes = plt.subplots(n, 1, figsize=(10, 1.9 * n + 0.9))
    axes = np.atleast_1d(axes)
    col = plotting.colour("China")
    for ax, (i, row) in zip(axes, enumerate(events.itertuples())):
        t = row.start.tz_convert("UTC")
        lo, hi = t - pd.Timedelta(hours=hours / 2), t + pd.Timedelta(hours=hours / 2)
        for yb, tz, name in ((1, "UTC", "UTC"), (0, zone, "Beijing time (UTC+8)")):
            days = pd.date_range(lo.tz_convert(tz).normalize(), hi.tz_convert(tz), freq="D")
            for k, d0 in enumerate(days):
                a, b = max(d0, lo.tz_convert(tz)), min(d0 + pd.Timedelta(days=1), hi)
                a, b = a.tz_convert("UTC").tz_localize(None), b.tz_convert("UTC").tz_localize(None)
                ax.barh(yb, b - a, left=a, height=0.7,
                        color="#e8e8e8" if k % 2 == 0 else "#cccccc", edgecolor="white")
                ax.text(a + (b - a) / 2, yb, d0.strftime("%d %b %Y"), ha="center",
                        va="center", fontsize=8.5)
        tt = t.tz_localize(None)
        ax.axvline(tt, color=col, lw=2)
        ax.annotate(f"{t.strftime('%H:%M')} UTC = {t.tz_convert(zone).strftime('%H:%M')} Beijing",
                    (tt, 1.45), xytext=(4, 0), textcoords="offset points", fontsize=8.5,
                    color=col, va="bottom")
        ax.set_yticks([1, 0], ["UTC", "Beijing time"])
        ax.set_ylim(-0.5, 2.0)
        ax.set_xlim(lo.tz_localize(None), hi.tz_localize(None))
        ax.grid(False)
        ax.set_title(labels[i] if labels else row.event_id, loc="left", fontsize=10)
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M"))
    axes[-1].set_xlabel("Time (UTC)")
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontsize=12, fontweight="bold")
    fig.subplots_adjust(hspace=0.8, top=0.84 if title else 0.95, bottom=0.2)
    return fig, axes
