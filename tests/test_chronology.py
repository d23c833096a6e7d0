"""The chronology: eras tile time, events fall in the right era, steps and counts add up."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import chronology as chron
from chinaspace import load



@pytest.fixture(scope="module")
def ev():
    return chron.china_events()


def test_eras_tile_time_without_gaps_and_name_paragraphs():
    eras = chron.eras()
    assert eras["era"].is_unique
    assert (eras["start"] < eras["end"]).all()
    assert (eras["end"].iloc[:-1].to_numpy() == eras["start"].iloc[1:].to_numpy()).all()
    paragraphs = load.essay_paragraphs()["paragraph"].tolist()
    for cell in eras["paragraphs"]:
        assert all(int(p) in paragraphs for p in cell.split(";"))


def test_boundary_events_fall_in_the_era_they_close(ev):
    era = ev.set_index("event_id")["era"]
    assert era["dfh1-launch"] == "founding"
    assert era["project921-approval"] == "project921"
    assert era["shenzhou5-launch"] == "project921"
    assert era["shenzhou7-eva"] == "firststeps"
    assert era["wentian-docking"] == "tiangong"
    assert set(ev.loc[ev["status"].eq("planned"), "era"]) == {"plans"}


def test_china_events_keep_only_china_to_2024_plus_plans(ev):
    assert set(ev["group"]) == {"China"}
    achieved = ev[ev["status"].ne("planned")]
    assert (achieved["mid"] < chron.CUTOFF).all()
    assert achieved["era"].notna().all()
    assert ev["track"].notna().all(), "a kind missing from chronology.TRACKS"
    assert set(ev["track"]) <= set(chron.TRACK_ORDER)


def test_every_documented_era_paragraph_reading_covers_the_claims(ev):
    linked = chron.paragraphs_by_era(ev, load.claims(), load.claim_events())
    read = chron.eras().set_index("era")["paragraphs"]
    for row in linked.itertuples():
        if row.paragraphs:
            assert set(row.paragraphs.split(";")) <= set(read[row.era].split(";")), row.era


def test_step_durations_are_positive_and_match_known_gaps():
    steps = chron.step_durations()
    assert (steps["years"] > 0).all()
    gap = steps.set_index("to_id").loc["shenzhou5-launch", "years"]
    assert 33 < gap < 34
    assert steps.loc[steps["planned"], "to_id"].str.endswith("-plan").all()
    for ids in chron.CHAINS.values():
        assert set(ids) <= set(load.events()["event_id"])


def test_per_decade_counts_add_up(ev):
    counts = chron.per_decade(ev)
    dated = ev[ev["decade"].notna()]
    assert counts["recorded"].sum() + counts["planned"].sum() == len(dated)
    assert (counts["firsts"] <= counts["recorded"]).all()
    assert counts["decade"].diff().dropna().eq(10).all()


def test_gap_between_firsts_for_china():
    gaps = chron.gap_between_firsts(load.firsts(), "first_satellite",
                                    "first_crewed_orbital_flight")
    china = gaps.set_index("group").loc["China"]
    assert (china["first_year"], china["then_year"]) == (1970, 2003)


def test_beijing_clock_agrees_with_utc_differs(ev):
    clock = chron.beijing_clock(ev)
    assert (clock["day_earlier_in_utc"] == clock["utc_differs"]).all()
    assert clock.loc[clock["day_earlier_in_utc"], "hour"].lt(9).all()


def test_essay_dates_parse_the_forecasts():
    dates = chron.essay_dates(load.claims())
    mars = dates.set_index("event_id").loc["crewed-mars-plan"]
    assert pd.isna(mars["essay_start"]) and mars["essay_end"].year == 2050


@pytest.mark.parametrize("name", ["timeline", "tracks", "steps", "decades", "plans", "clock"])
def test_chart_helpers_return_figure_and_axes(ev, name):
    plans = ev[ev["status"].eq("planned") & ev["end"].notna()]
    if name == "timeline":
        fig, ax = chron.timeline_chart(ev[ev["milestone"].ne("")], title="t")
    elif name == "tracks":
        fig, ax = chron.tracks_chart(ev, title="t")
    elif name == "steps":
        fig, ax = chron.steps_chart(chron.step_durations(), title="t")
    elif name == "decades":
        fig, ax = chron.decades_chart(chron.per_decade(ev), chron.launches_per_decade(
            load.launches_by_year_state()), title="t")
        ax = ax[0]
    elif name == "plans":
        fig, ax = chron.plans_chart(plans, chron.essay_dates(load.claims()), title="t")
    else:
        fig, ax = chron.clock_chart(chron.beijing_clock(ev), title="t")
    assert fig is ax.figure


def test_uncrewed_shenzhou_flights_sit_on_the_human_spaceflight_track(ev):
    track = ev.set_index("event_id")["track"]
    for e in ["shenzhou1-launch", "shenzhou4-launch", "shenzhou8-launch"]:
        assert track[e] == "Human spaceflight"
    assert track["project921-approval"] == "Policy & organisation"
    assert track["clep-approval"] == "Policy & organisation"


def test_era_labels_write_full_years():
    import re
    for label in chron.eras()["label"]:
        assert re.match(r"^\d{4}–\d{4} ", label), label


def test_step_durations_carry_status():
    steps = chron.step_durations().set_index("from_id")
    assert steps.loc["yinghuo1-launch", "from_status"] == "failed"
