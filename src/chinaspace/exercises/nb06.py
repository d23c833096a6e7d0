"""Exercises of notebook 06 (Moon and Mars): answers computed from the data."""

from chinaspace import exploration, load
from chinaspace.checks import exercise


@exercise("06.1", hint="Filter load.events() to group == 'China', kind == 'mars' and "
                       "status == 'failed', then take the mission of the row.")
def _():
    ev = load.events()
    failed = ev.loc[ev["group"].eq("China") & ev["kind"].eq("mars") & ev["status"].eq("failed")]
    return failed["mission"].item()


@exercise("06.2", hint="Take steps = exploration.mission_steps(load.events()) and count the "
                       "rows whose utc_differs is True (sum() of a boolean column counts them).")
def _():
    return int(exploration.mission_steps(load.events())["utc_differs"].sum())


@exercise("06.3", hint="Index load.events() by event_id; subtract the 'mid' of "
                       "'apollo-goal-kennedy' from the 'mid' of 'apollo11-landing', take .days, "
                       "divide by 365.25 and round to 2 decimals.")
def _():
    ev = load.events().set_index("event_id")
    gap = ev.loc["apollo11-landing", "mid"] - ev.loc["apollo-goal-kennedy", "mid"]
    return round(gap.days / 365.25, 2)


@exercise("06.4", hint="Drop the plans in exploration.NOT_COMPARABLE (isin on 'plan'), sort "
                       "plan_history by 'announced', group by 'label', take the first and "
                       "last 'target' of each group, subtract, and find the label with the "
                       "largest difference (idxmax).")
def _():
    h = exploration.plan_history(load.events())
    h = h.loc[~h["plan"].isin(list(exploration.NOT_COMPARABLE))].sort_values("announced",
                                                                              kind="stable")
    g = h.groupby("label")["target"]
    return (g.last() - g.first()).idxmax()
