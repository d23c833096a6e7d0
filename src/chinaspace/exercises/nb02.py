"""Exercises of notebook 02 (chronology): answers computed from the data."""

from chinaspace import chronology, load
from chinaspace.checks import exercise


@exercise("02.1", hint="Take chronology.china_events() (the notebook's ev), keep the "
          "rows whose kind is 'spacewalk' with a boolean mask, and count them with len().")
def _spacewalks():
    ev = chronology.china_events()
    return int(ev["kind"].eq("spacewalk").sum())


@exercise("02.2", hint="Pick the two rows by event_id, subtract their 'start' values "
          "(UTC datetimes) and take .days of the Timedelta.")
def _days_to_spacewalk():
    start = load.events().set_index("event_id")["start"]
    return int((start["shenzhou7-eva"] - start["shenzhou5-launch"]).days)


@exercise("02.3", hint="Filter china_events() to status != 'planned', group by "
          "'decade', count with .size(), and take .idxmax().")
def _busiest_decade():
    ev = chronology.china_events()
    return int(ev[ev["status"].ne("planned")].groupby("decade").size().idxmax())


@exercise("02.4", hint="Filter load.firsts() to the two milestones, pivot so each group "
          "is a row and each milestone a column (pivot_table with values='year'), drop "
          "groups missing either, subtract, and keep 'group' and 'years' sorted by years, "
          "then group.")
def _satellite_to_crew():
    gaps = chronology.gap_between_firsts(load.firsts(), "first_satellite",
                                         "first_crewed_orbital_flight")
    return gaps[["group", "years"]]
