"""Exercises of notebook 07 (checking the claims): answers computed from the data."""

from chinaspace import claims as claims_module
from chinaspace import load
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


@exercise("07.4", hint="Take the Micius launch row: load.events().set_index('event_id')"
          ".loc['micius-launch']; then claims.date_agreement('August 15, 2016', '', row). "
          "The answer is the string it returns.")
def _():
    event = load.events().set_index("event_id").loc["micius-launch"]
    return claims_module.date_agreement("August 15, 2016", "", event)
