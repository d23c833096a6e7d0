"""Exercises of notebook 01 (cleaning the milestones): answers computed from the data."""

from chinaspace import dates, load
from chinaspace.checks import exercise


@exercise("01.1", hint="The events table has a boolean column 'utc_differs'; sum it.")
def _utc_differs():
    return int(load.events()["utc_differs"].sum())


@exercise("01.2", hint="Call dates.parse('late 1980s') and read the .year of its "
                       "earliest and latest; give them as a tuple (first, last).")
def _late_1980s():
    d = dates.parse("late 1980s")
    return (d.earliest.year, d.latest.year)


@exercise("01.3", hint="Keep rows with tz == 'Asia/Shanghai', precision 'minute' or "
                       "'second' and an event_id ending in '-launch' (str.endswith); convert "
                       "'start' with .dt.tz_convert('Asia/Shanghai'), keep the rows whose .dt.hour "
                       "is below 8, and return sorted(...) of their event_id values.")
def _launches_before_eight():
    ev = load.events()
    timed = ev[(ev["tz"] == "Asia/Shanghai") & ev["precision"].isin(["minute", "second"])
               & ev["event_id"].str.endswith("-launch")]
    early = timed[timed["start"].dt.tz_convert("Asia/Shanghai").dt.hour < 8]
    return sorted(early["event_id"])


@exercise("01.4", hint="Merge load.claim_events() with the events' event_id and utc_differs "
                       "columns on 'event_id', keep the rows where utc_differs is True, and "
                       "return the sorted list of distinct claim_id values.")
def _claims_on_shifted_days():
    links = load.claim_events().merge(load.events()[["event_id", "utc_differs"]],
                                      on="event_id")
    return sorted(links.loc[links["utc_differs"], "claim_id"].unique().tolist())
