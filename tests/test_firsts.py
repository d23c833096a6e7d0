"""Firsts under a definition: the built table is reproduced; each choice moves what it should."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import firsts, load


@pytest.fixture(scope="module")
def ev():
    return load.events()



def _toy():
    """Three groups, one milestone; B's first is a partial success, B's next a full one."""
    rows = [
        ("a1", "XA", "first_x", "achieved", "2000-01-01T00:00:00Z", 2000),
        ("b1", "XB", "first_x", "partial", "1990-01-01T00:00:00Z", 1990),
        ("b2", "XB", "", "achieved", "2005-01-01T00:00:00Z", 2005),
        ("c1", "XC", "first_x", "achieved", "2000-01-01T00:00:00Z", 2000),
        ("c0", "XC", "first_x", "failed", "1980-01-01T00:00:00Z", 1980),
    ]
    events = pd.DataFrame(rows, columns=["event_id", "country_code", "milestone", "status",
                                         "start_utc", "year"]).astype(
        {c: "str" for c in ["event_id", "country_code", "milestone", "status", "start_utc"]})
    events = events.assign(mission=events["event_id"], local_date=events["start_utc"].str[:10],
                           year=events["year"].astype("Int64"))
    countries = pd.DataFrame({"code": ["XA", "XB", "XC"], "group": ["A", "B", "C"]},
                             dtype="str")
    return events, countries


def test_default_definition_reproduces_the_built_table(ev):
    built = firsts.firsts_under(ev)
    pd.testing.assert_frame_equal(built[firsts.FIRSTS_COLUMNS], load.firsts())


def test_does_not_mutate_events(ev):
    before = ev.copy()
    firsts.firsts_under(ev, firsts.DEFINITIONS["ISS counts (International)"])
    pd.testing.assert_frame_equal(ev, before)


def test_rank_is_by_instant_with_ties_sharing_a_rank():
    events, countries = _toy()
    out = firsts.firsts_under(events, countries=countries).set_index("group")
    assert out["rank"].to_dict() == {"B": 1, "A": 2, "C": 2}
    assert out.loc["A", "years_after_first"] == 10
    assert (out["n_groups"] == 3).all()


def test_failed_attempts_never_count():
    events, countries = _toy()
    out = firsts.firsts_under(events, countries=countries)
    assert "c0" not in set(out["event_id"])


def test_strict_definition_uses_the_extra_event_and_reports_what_it_dropped():
    events, countries = _toy()
    strict = firsts.Definition("strict", statuses=("achieved",), extra={"b2": "first_x"})
    out = firsts.firsts_under(events, strict, countries).set_index("group")
    assert out.loc["B", "event_id"] == "b2"
    assert out["rank"].to_dict() == {"A": 1, "C": 1, "B": 3}
    assert firsts.dropped(events, strict, countries).empty
    no_extra = firsts.Definition("strict", statuses=("achieved",))
    gone = firsts.dropped(events, no_extra, countries)
    assert gone[["group", "event_id"]].values.tolist() == [["B", "b1"]]


def test_dropped_names_partial_firsts_without_a_full_success(ev):
    gone = firsts.dropped(ev, firsts.DEFINITIONS["full successes only"])
    assert set(gone["event_id"]) == {"ranger4-impact", "mars3-landing"}


def test_regroup_and_exclude(ev):
    split = firsts.firsts_under(ev, firsts.DEFINITIONS["USSR apart from Russia"])
    assert "USSR/Russia" not in set(split["group"])
    assert "USSR" in set(split["group"])
    countries_only = firsts.firsts_under(ev, firsts.DEFINITIONS["countries only (no ESA, no ISS)"])
    assert not {"ESA", "International"} & set(countries_only["group"])
    assert "France" in set(countries_only["group"])


def test_merge_changes_the_world_first_of_the_merged_kind(ev):
    d = firsts.DEFINITIONS["suborbital flights and flybys count"]
    out = firsts.lag_table(firsts.firsts_under(ev, d)).set_index("milestone")
    built = firsts.lag_table(firsts.firsts_under(ev)).set_index("milestone")
    assert (out.loc["first_mars_flyby_or_orbit", "world_first_year"]
            < built.loc["first_mars_orbiter", "world_first_year"])
    assert out.loc["first_crewed_flight", "rank"] == 3


def test_iss_definition_makes_tiangong_third(ev):
    claims = load.claims()
    built = firsts.check_rank_claims(claims, ev).set_index("claim_id")
    iss = firsts.check_rank_claims(
        claims, ev, firsts.DEFINITIONS["ISS counts (International)"]).set_index("claim_id")
    assert built.loc["c048", "rank"] == 2 and not built.loc["c048", "holds"]
    assert iss.loc["c048", "rank"] == 3 and iss.loc["c048", "holds"]
    assert iss.loc["c048", "before"] == "USSR/Russia; International"


def test_rank_claims_reads_the_ordinal_and_the_milestone(ev):
    out = firsts.rank_claims(load.claims(), ev)
    assert set(out["claim_id"]) == {"c021", "c048", "c058"}
    assert (out["claimed_rank"] == 3).all()


@pytest.mark.parametrize("quote, rank", [("the third country", 3), ("Second, ...", 2),
                                         ("no ordinal here", None)])
def test_claimed_rank(quote, rank):
    assert firsts.claimed_rank(quote) == rank


def test_compare_definitions_is_one_column_per_definition(ev):
    wide = firsts.compare_definitions(ev)
    assert list(wide.columns) == list(firsts.DEFINITIONS)
    assert wide.loc["first_lunar_farside_landing"].eq(1).all()


def test_charts_return_figure_and_axes(ev):
    fig, ax = firsts.dumbbell(firsts.firsts_under(ev), title="A title")
    assert ax.figure is fig and "A title" in (ax.get_title(), ax.get_title("left"))
    checked = pd.concat([firsts.check_rank_claims(load.claims(), ev, d)
                         for d in firsts.DEFINITIONS.values()])
    fig, axes = firsts.rank_panels(checked)
    assert len(axes) == 3 and axes[0].figure is fig


def test_docking_label_says_automatic_and_far_side_is_two_words():
    assert firsts.pretty("first_docking") == "automatic (uncrewed) docking"
    assert firsts.pretty("first_lunar_farside_landing") == "lunar far side landing"
    assert firsts.pretty("first_crewed_docking") == "crewed docking"


def test_row_offsets_keep_china_on_the_line_and_separate_close_dots(ev):
    built = firsts.firsts_under(ev)
    off = firsts.row_offsets(built)
    assert (off[built["group"] == "China"] == 0).all()
    # dots of one row within a marker's width of each other never share a height
    rows = built.assign(off=off)
    for _, part in rows.groupby("milestone"):
        for i, a in part.iterrows():
            for j, b in part.iterrows():
                if i < j and abs(a["year"] - b["year"]) <= 1:
                    assert a["off"] != b["off"]
