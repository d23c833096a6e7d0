"""Exercises of notebook 05 (stations after the ISS): answers computed from the data."""

from chinaspace import load
from chinaspace.checks import exercise


@exercise("05.1", hint="In load.stations(), a station still in orbit has end_kind == "
                       "'operating'; count the rows where it is not (len() or .sum()).")
def _stations_ended():
    return int((load.stations()["end_kind"] != "operating").sum())


@exercise("05.2", hint="Keep stations with an end date (end_start not missing), compute "
                       "(end_start - first_launch_start).dt.days / 365.25, sort descending and "
                       "take the first three station_id values as a list.")
def _longest_in_orbit():
    st = load.stations().dropna(subset=["end_start"])
    years = (st["end_start"] - st["first_launch_start"]).dt.days / 365.25
    return st.assign(years=years).sort_values("years", ascending=False)["station_id"].head(3).tolist()


@exercise("05.3", hint="Filter load.events() to source_file ending 'stations_future.csv' and "
                       "status == 'planned'; keep rows whose station_charts.announced(...) date "
                       "is before the 'start' of the event 'essay-written' (as in 05.4), and "
                       "return the set of event_id values.")
def _plans_known_to_the_essay():
    from chinaspace import station_charts

    ev = load.events()
    plans = ev[ev["source_file"].str.endswith("stations_future.csv") & ev["status"].eq("planned")]
    essay_start = ev.loc[ev["event_id"] == "essay-written", "start"].item()
    return set(plans.loc[station_charts.announced(plans) < essay_start, "event_id"])


@exercise("05.4", hint="Take decisions = station_charts.iss_decisions(load.events()) and the "
                       "essay's 'start' from the event 'essay-written'; count the decisions "
                       "whose 'decided' date is before it.")
def _decisions_before_the_essay():
    from chinaspace import station_charts

    ev = load.events()
    essay_start = ev.loc[ev["event_id"] == "essay-written", "start"].item()
    decisions = station_charts.iss_decisions(ev)
    return int((decisions["decided"] < essay_start).sum())
