"""Tests for chinaspace.exploration: missions, plan drift and programme pace."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import exploration, load


@pytest.fixture(scope="module")
def events():
    return load.events()


@pytest.fixture(scope="module")
def history(events):
    return exploration.plan_history(events)


def test_mission_steps_keep_missions_not_plans_or_approvals(events):
    steps = exploration.mission_steps(events)
    assert not steps["status"].eq("planned").any()
    assert "mars-programme-approval" not in set(steps["event_id"])
    assert {"change5-return", "yinghuo1-launch", "zhurong-deploy"} <= set(steps["event_id"])
    assert steps["start"].is_monotonic_increasing


def test_mission_table_outcomes_and_dates(events):
    table = exploration.mission_table(exploration.mission_steps(events)).set_index("mission")
    assert table.loc["Yinghuo-1", "outcome"] == "failed"
    assert table.loc["Chang'e-5", "outcome"] == "achieved"
    # Beijing date and UTC date of the Chang'e-5 launch differ (04:30 BJT = 20:30 UTC).
    assert table.loc["Chang'e-5", ["launch_local", "launch_utc"]].tolist() == [
        "2020-11-24", "2020-11-23"]
    assert "first_mars_landing" in table.loc["Tianwen-1", "firsts"]


def test_plan_statements_cite_a_source_of_their_plan_row(events):
    """Each earlier statement comes from a source that a Chinese plan row cites."""
    cited = set()
    china_plans = events.loc[events["group"].eq("China") & events["status"].eq("planned")]
    for col in ("source_id", "alt_source_id", "other_source_ids"):
        for value in china_plans[col]:
            cited |= {s for s in value.split(";") if s}
    statements = load.plan_statements()
    assert len(statements) > 0
    assert set(statements["plan_event_id"]) <= set(china_plans["event_id"])
    assert set(statements["source_id"]) <= cited


def test_plan_history_has_one_current_statement_per_plan(history):
    current = history.loc[history["current"]]
    assert current["plan"].is_unique
    assert set(current["plan"]) == set(history["plan"])
    latest = history.sort_values("announced").groupby("plan").tail(1)
    artemis = latest.loc[latest["plan"].str.startswith("artemis")]
    assert artemis["current"].all()


def test_plan_history_places_deadlines_at_their_end(history):
    row = history.loc[history["target_text"].eq("before 2030")].iloc[0]
    assert row["target"] == pd.Timestamp("2029-12-31 23:59:59.999999", tz="UTC")


def test_drift_summary_values(history):
    summary = exploration.drift_summary(history).set_index("plan")
    assert summary.loc["ilrs-plan", "drift_years"] == pytest.approx(7.0)
    assert summary.loc["change7-plan", "drift_years"] == 0
    assert summary.loc["artemis-landing", "statements"] == 5
    assert summary.loc["artemis-landing", "first_target"] == "2024"


def test_programme_milestones_are_the_groups_firsts(events):
    firsts = load.firsts().set_index(["milestone", "group"])["event_id"]
    keys = {"orbiter": "first_lunar_orbiter", "landing": "first_soft_lunar_landing",
            "sample_return": "first_lunar_sample_return",
            "crewed_landing": "first_crewed_lunar_landing"}
    for name in ("Chang'e (China)", "Apollo (USA)", "Luna (USSR)"):
        spec = exploration.PROGRAMMES[name]
        for key, milestone in keys.items():
            eid = spec[key]
            if eid and (milestone, spec["group"]) in firsts.index:
                assert firsts.loc[(milestone, spec["group"])] == eid, (name, key)


def test_artemis_crewed_landing_is_the_latest_target(events):
    targets = events.loc[events["event_id"].str.startswith("artemis-landing-target-")]
    latest = targets.sort_values("announced_on")["event_id"].iloc[-1]
    assert exploration.PROGRAMMES["Artemis (USA)"]["crewed_landing"] == latest


def test_pace_table_years(events):
    pace = exploration.pace_table(events).set_index(["programme", "key"])
    assert pace.loc[("Apollo (USA)", "crewed_landing"), "years"] == pytest.approx(8.15, abs=0.01)
    planned = pace.loc[("Chang'e (China)", "crewed_landing")]
    assert planned["status"] == "planned"
    assert planned["years_low"] < planned["years_high"]
    assert ("Luna (USSR)", "crewed_landing") not in pace.index


def test_charts_return_figure_and_axes(events, history):
    steps = exploration.mission_steps(events)
    two = events.set_index("event_id").loc[["change5-launch", "tianwen1-landing"]].reset_index()
    for fig, _ in (exploration.mission_chart(steps, title="t"),
                   exploration.drift_chart(history, essay_year=2024.2,
                                           outcomes=exploration.outcome_dates()),
                   exploration.pace_chart(exploration.pace_table(events)),
                   exploration.day_boundary_chart(two)):
        assert isinstance(fig, plt.Figure)
        plt.close(fig)


def test_helpers_do_not_mutate_input(events):
    before = events.copy()
    exploration.plan_history(events)
    exploration.pace_table(events)
    pd.testing.assert_frame_equal(events, before)


def test_mixed_plans_are_flagged_not_comparable(history):
    summary = exploration.drift_summary(history).set_index("plan")
    assert not summary.loc["ilrs-plan", "comparable"]
    assert not summary.loc["lunar-research-station-plan", "comparable"]
    assert summary.loc["tianwen2-plan", "comparable"]


def test_planned_pace_sits_in_the_middle_of_its_range(events):
    planned = exploration.pace_table(events).set_index(["programme", "key"]).loc[
        ("Chang'e (China)", "crewed_landing")]
    middle = (planned["years_low"] + planned["years_high"]) / 2
    assert planned["years"] == pytest.approx(middle, abs=0.01)


def test_yinghuo_step_says_what_failed(events):
    table = exploration.mission_table(exploration.mission_steps(events)).set_index("mission")
    assert "leave Earth orbit" in table.loc["Yinghuo-1", "steps"]
