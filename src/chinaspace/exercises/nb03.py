"""Exercises for notebook 03 (the "third space power"): answers computed from the data."""

from chinaspace import firsts, load
from chinaspace.checks import exercise


@exercise("03.1", hint="Filter load.firsts() to milestone == 'first_lunar_sample_return', keep "
          "the rows whose year is below China's, sort by year and take the 'group' column "
          "as a list.")
def _():
    f = load.firsts()
    f = f[f["milestone"] == "first_lunar_sample_return"]
    china = f.loc[f["group"] == "China", "year"].item()
    return f[f["year"] < china].sort_values("year")["group"].tolist()


@exercise("03.2", hint="Keep events with a milestone and status == 'achieved'; group by "
          "milestone and take the minimum year; compare with the world_first_year of "
          "load.firsts() (one row per milestone) and collect the milestones that differ, "
          "as a set.")
def _():
    ev = load.events()
    strict = (ev[(ev["milestone"] != "") & (ev["status"] == "achieved")]
              .groupby("milestone")["year"].min())
    built = load.firsts().groupby("milestone")["world_first_year"].first()
    both = built.to_frame().join(strict.rename("strict"), how="left")
    return set(both.index[both["strict"].ne(both["world_first_year"]).fillna(True)])


@exercise("03.3", hint="Sort load.stations() by first_launch_start. (a) Keep modules > 1 and "
          "find Tiangong's position (1 = first). (b) Keep modules > 1 OR modules.isna(). "
          "Answer a list [a, b].")
def _():
    st = load.stations().sort_values("first_launch_start")
    known = st[st["modules"] > 1]["station_id"].tolist()
    with_missing = st[(st["modules"] > 1) | st["modules"].isna()]["station_id"].tolist()
    return [known.index("tiangong") + 1, with_missing.index("tiangong") + 1]


@exercise("03.4", hint="Compute firsts.lag_table(firsts.firsts_under(ev, d)) for the built "
          "definition and for firsts.DEFINITIONS['full successes only']; merge the two on "
          "milestone, keep the rows where the ranks differ, and keep three columns: "
          "milestone, rank_built, rank_strict (sorted by milestone).")
def _():
    ev = load.events()
    built = firsts.lag_table(firsts.firsts_under(ev))[["milestone", "rank"]]
    strict = firsts.lag_table(
        firsts.firsts_under(ev, firsts.DEFINITIONS["full successes only"]))[["milestone", "rank"]]
    both = built.merge(strict, on="milestone", suffixes=("_built", "_strict"))
    return (both[both["rank_built"] != both["rank_strict"]]
            .sort_values("milestone").reset_index(drop=True))
