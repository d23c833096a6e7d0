"""Station charts: spans, decisions and plans are computed right; charts return (fig, ax)."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import load
from chinaspace import station_charts as sc

AS_OF = "2024-12-31"



@pytest.fixture(scope="module")
def events():
    return load.events()


@pytest.fixture(scope="module")
def stations():
    return load.stations()


def test_spans_keep_every_station_and_do_not_change_input(stations):
    before = stations.copy()
    spans = sc.station_spans(stations, as_of=AS_OF)
    assert len(spans) == len(stations)
    pd.testing.assert_frame_equal(stations, before)
    assert spans["start"].is_monotonic_increasing


def test_operating_stations_end_at_the_cut_off_and_have_a_plan(stations):
    spans = sc.station_spans(stations, as_of=AS_OF,
                             planned_ends={"tiangong": ("2032-11-03", "2037-11-03")}
                             ).set_index("station_id")
    assert spans.loc["iss", "end"] == pd.Timestamp(AS_OF, tz="UTC")
    assert spans.loc["iss", "plan_hi"].year == 2030
    assert spans.loc["tiangong", "plan_lo"].year == 2032
    assert spans.loc["mir", "operating"] is False or not spans.loc["mir", "operating"]
    assert pd.isna(spans.loc["mir", "plan_hi"])


def test_groups_come_from_the_countries_table(stations):
    groups = sc.with_group(stations).set_index("station_id")["group"]
    assert groups["tiangong"] == "China"
    assert groups["mir"] == "USSR/Russia"
    assert groups["iss"] == "International"


def test_every_decision_resolves_to_an_event(events):
    decisions = sc.iss_decisions(events)
    assert len(decisions) == len(sc.ISS_END_DECISIONS)
    assert decisions["decided"].notna().all()
    assert decisions["decided"].is_monotonic_increasing


def test_the_2030_decision_precedes_the_essay(events):
    essay = events.set_index("event_id").loc["essay-written"]
    decisions = sc.iss_decisions(events).set_index("event_id")
    assert decisions.loc["iss-extension-2030-decided", "decided"] < essay["start"]
    assert decisions.loc["iss-deorbit-vehicle-contract", "decided"] > essay["end"]


def test_plan_rows_use_the_announcement_for_a_deadline(events):
    rows = sc.plan_rows(events, ["bas-2035-goal", "starlab-launch-plan"]).set_index("event_id")
    assert rows.loc["bas-2035-goal", "bounded"]
    assert rows.loc["bas-2035-goal", "lo"].year == 2023
    assert rows.loc["bas-2035-goal", "hi"].year in (2035, 2036)  # end of 2035, any zone
    assert not rows.loc["starlab-launch-plan", "bounded"]
    assert rows.loc["starlab-launch-plan", "note"].endswith("Aug 2023")


def test_plan_rows_refuse_an_undated_plan(events):
    with pytest.raises(ValueError, match="tiangong-expansion-plan"):
        sc.plan_rows(events, ["tiangong-expansion-plan"])


def test_every_future_plan_has_an_announcer_and_date(events):
    future = events[events["source_file"].str.endswith("stations_future.csv")]
    plans = future[future["status"].eq("planned")]
    assert len(plans) >= 8
    assert plans["announced_by"].ne("").all()
    assert plans["announced_year"].le(2024).all()


def test_charts_return_figure_and_axes(events, stations):
    spans = sc.station_spans(stations, as_of=AS_OF)
    for fig, ax in [
        sc.station_timeline(spans, marker_date="2024-01-01", marker_label="essay"),
        sc.mass_altitude(stations),
        sc.decision_timeline(sc.iss_decisions(events), "2024-01-01", "2024-04-30",
                             claimed=(2024,)),
        sc.plans_chart(sc.plan_rows(events, ["starlab-launch-plan"]), now=AS_OF),
    ]:
        assert ax.figure is fig
        assert ax.get_xlabel()


def test_charts_draw_on_a_given_axes(stations):
    fig, ax = plt.subplots()
    out_fig, out_ax = sc.mass_altitude(stations, ax=ax)
    assert out_ax is ax and out_fig is fig


def test_plan_rows_tell_a_minimum_from_a_deadline(events):
    rows = sc.plan_rows(events, ["bas-2035-goal", "vast-haven1-launch-plan",
                                 "axiom-station-free-flying-plan", "starlab-launch-plan"])
    kinds = rows.set_index("event_id")["open_end"]
    assert kinds["bas-2035-goal"] == "deadline"
    assert kinds["vast-haven1-launch-plan"] == "minimum"
    assert kinds["axiom-station-free-flying-plan"] == "minimum"
    assert kinds["starlab-launch-plan"] == ""
    haven = rows.set_index("event_id").loc["vast-haven1-launch-plan"]
    assert pd.isna(haven["hi"]) and haven["lo"].year == 2025


def test_deorbit_is_its_own_series_and_after_2024_a_minimum(events):
    d = sc.iss_decisions(events).set_index("event_id")
    assert d.loc["iss-deorbit-plan", "series"] == "deorbit"
    assert d.loc["roscosmos-leave-after-2024-statement", "minimum"]
    assert not d.loc["iss-extension-2030-decided", "minimum"]
