"""Exercises of notebook 07 (checking the claims): answers computed from the data."""

from chinaspace import dates, load
from chinaspace.checks import exercise
from chinaspace.register import PROBLEMS


@exercise("07.1", hint="Drop the claims whose verdict is 'opinion', then count the rest per "
          "paragraph with groupby('paragraph').size() (or value_counts) and take the "
          "paragraph with the largest count (idxmax).")
def _():
    c = load.claims()
    return int(c.loc[c["verdict"].ne("opinion")].groupby("paragraph").size().idxmax())


@exercise("07.2", hint="Keep the claims whose verdict is one of misleading, outdated, incorrect "
          "or unverifiable (isin), then groupby(['paragraph', 'verdict']).size() and "
          "reset_index(name='n'); groupby sorts by paragraph, then verdict.")
def _():
    c = load.claims()
    return (c.loc[c["verdict"].isin(PROBLEMS)]
            .groupby(["paragraph", "verdict"]).size()
            .reset_index(name="n"))


@exercise("07.3", hint="Merge load.claim_events() with load.events()[['event_id', "
          "'utc_differs']] on 'event_id', keep the rows where utc_differs is True, and "
          "return the set of their claim_id values.")
def _():
    links = load.claim_events().merge(load.events()[["event_id", "utc_differs"]],
                                      on="event_id", how="left", validate="many_to_one")
    return set(links.loc[links["utc_differs"], "claim_id"])


def reading_agrees(text: str, tz: str, event) -> bool:
    """True when ``text``, read as a date on the clock ``tz``, overlaps the event's
    interval (its ``start`` and ``end``, in UTC).

    >>> import pandas as pd
    >>> event = pd.Series({"start": pd.Timestamp("2016-08-15 17:40", tz="UTC"),
    ...                    "end": pd.Timestamp("2016-08-15 17:40:59", tz="UTC")})
    >>> reading_agrees("August 15, 2016", "UTC", event), \
reading_agrees("August 15, 2016", "Asia/Shanghai", event)
    (True, False)
    """
    reading = dates.parse(text, tz=tz)
    return bool(reading.earliest <= event["end"] and reading.latest >= event["start"])


@exercise("07.4", hint="Take the row micius = events.set_index('event_id').loc['micius-launch']. "
          "Read the text twice, dates.parse('August 15, 2016', tz='UTC') and tz='Asia/Shanghai'. "
          "A reading agrees when its earliest instant is at or before the event's end and its "
          "latest at or after the event's start. Give a tuple of two booleans: (UTC reading "
          "agrees, Beijing reading agrees). claimcheck.date_agreement('August 15, 2016', '', "
          "micius) says the same in one word.")
def _():
    event = load.events().set_index("event_id").loc["micius-launch"]
    return (reading_agrees("August 15, 2016", "UTC", event),
            reading_agrees("August 15, 2016", "Asia/Shanghai", event))
