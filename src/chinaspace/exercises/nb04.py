"""Exercises of notebook 04 (launch cadence): answers computed from the GCAT tables."""

from chinaspace import cadence, load
from chinaspace.checks import exercise


@exercise("04.1", hint="Filter load.launches_by_year_state() to year == 2020 and sum the "
          "attempts column over every state (all groups, 'Other' included).")
def _():
    states = load.launches_by_year_state()
    return int(states.loc[states["year"] == 2020, "attempts"].sum())


@exercise("04.2", hint="Filter load.launches_by_year_site() to year 2024, leave out Baikonur "
          "(it is in Kazakhstan), and take the site_group with the most attempts "
          "(sort_values or idxmax).")
def _():
    sites = load.launches_by_year_site()
    china = sites.loc[(sites["year"] == 2024) & (sites["site_group"] != "Baikonur")]
    return str(china.loc[china["attempts"].idxmax(), "site_group"])


def close_fraction(answer, expected, tol: float = 0.005) -> bool:
    """True when ``answer`` is a number within ``tol`` of the fraction ``expected``.

    A fraction rounded to two decimals counts; a percentage does not.

    >>> close_fraction(0.96, 0.9629), close_fraction(96.3, 0.9629), close_fraction(None, 0.5)
    (True, False, False)
    """
    try:
        return abs(float(answer) - float(expected)) <= tol
    except (TypeError, ValueError):
        return False


@exercise("04.3", hint="Keep China's rows (group == 'China') for years 2010 to 2019 "
          "(between), then divide the summed successes by the summed attempts: a fraction "
          "between 0 and 1 (two decimals are enough), not a percentage.",
          compare=close_fraction)
def _():
    states = load.launches_by_year_state()
    rows = states.loc[(states["group"] == "China") & states["year"].between(2010, 2019)]
    return float(rows["successes"].sum() / rows["attempts"].sum())


@exercise("04.4", hint="Take Falcon 9/Heavy's attempts per year from "
          "load.launches_by_year_family() and China's per year from "
          "load.launches_by_year_state() (group == 'China'), merge them on year, and find "
          "the smallest year where the Falcon count is larger.")
def _():
    families = load.launches_by_year_family()
    falcon = (families.loc[families["lv_family"] == "Falcon 9/Heavy", ["year", "attempts"]]
              .rename(columns={"attempts": "falcon"}))
    states = load.launches_by_year_state()
    china = (states.loc[states["group"] == "China"].groupby("year", as_index=False)["attempts"]
             .sum().rename(columns={"attempts": "china"}))
    both = falcon.merge(china, on="year", how="left").fillna({"china": 0})
    return int(both.loc[both["falcon"] > both["china"], "year"].min())


@exercise("04.5", hint="cadence.site_share(sites, states) gives Baikonur's share of the "
          "world's attempts per year (a fraction); filter to share < 0.10 and take the "
          "smallest year.")
def _():
    share = cadence.site_share(load.launches_by_year_site(), load.launches_by_year_state())
    return int(share.loc[share["share"] < 0.10, "year"].min())
