"""Baikonur's share, the lease terms, the regional events and agreements, and the charts."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import central_asia as ca
from chinaspace import load
from chinaspace.checks import answer



def test_baikonur_share_is_a_fraction_of_the_world_total():
    share = ca.baikonur_share()
    world = load.launches_by_year_state().groupby("year")["attempts"].sum()
    assert share.set_index("year")["world"].equals(world.astype(int).rename("world"))
    assert share["share"].between(0, 1).all()
    assert (share["baikonur"] <= share["world"]).all()
    assert share["year"].is_monotonic_increasing


def test_baikonur_share_does_not_change_its_inputs():
    sites, states = load.launches_by_year_site(), load.launches_by_year_state()
    before = sites.copy(), states.copy()
    ca.baikonur_share(sites, states)
    pd.testing.assert_frame_equal(sites, before[0])
    pd.testing.assert_frame_equal(states, before[1])


def test_by_decade_sums_before_dividing():
    share = pd.DataFrame({"year": [1990, 1991], "baikonur": [1, 9], "world": [10, 10]})
    assert ca.by_decade(share)["share"].tolist() == [0.5]


def test_lease_terms_come_from_the_rows():
    terms = ca.lease_terms()
    assert terms["signed"] < terms["extended"] < terms["ratified"]
    assert terms["term_years"] > 0 and terms["rent_musd"] > 0
    assert terms["ends"] > terms["extended"].year
    assert all(terms["source_ids"])


def test_lease_terms_fail_loudly_when_the_text_changes():
    ev = load.events()
    ev = ev.assign(what=ev["what"].where(ev["event_id"] != "baikonur-lease-1994", "a lease"))
    with pytest.raises(ValueError, match="lease"):
        ca.lease_terms(ev)


def test_regional_events_are_central_asian_and_not_the_essay():
    ev = ca.regional_events()
    assert set(ev["group"]) == {"Central Asia"}
    assert "essay-written" not in set(ev["event_id"])
    assert ev["lane"].notna().all()


def test_every_cooperation_event_has_a_partner():
    table = ca.agreements()
    assert set(table["partner"]) <= set(ca.PARTNER_GROUPS)
    assert set(ca.SUMMITS) <= set(table["event_id"])
    assert table.loc[table["event_id"].isin(ca.SUMMITS), "country"].eq("KZ;KG;TJ;TM;UZ").all()


def test_an_unclassified_cooperation_event_is_an_error():
    ev = load.events()
    extra = ev.loc[ev["event_id"] == "kazakhstan-china-space-agreement-2013"].assign(
        event_id="new-agreement")
    with pytest.raises(KeyError, match="new-agreement"):
        ca.agreements(pd.concat([ev, extra]))


def test_every_label_names_an_event():
    ids = set(load.events()["event_id"])
    assert set(ca.LABELS) <= ids
    assert set(ca.PARTNERS) <= ids


def test_label_levels_never_overlap_on_one_level():
    xs, widths = [0, 0.5, 1, 1.5, 2, 10], [3] * 6
    levels = ca._label_levels(xs, widths)
    for level in set(levels):
        spans = sorted((x - w / 2, x + w / 2) for x, w, k in zip(xs, widths, levels) if k == level)
        assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))


def test_charts_return_figure_and_axes():
    fig, ax = ca.share_chart(ca.baikonur_share(), title="t")
    assert "t" in (ax.get_title(), ax.get_title("left")) and fig is ax.figure
    ev = ca.with_labels(ca.regional_events())
    fig, ax = ca.lanes_chart(ev, lanes=list(ca.COUNTRY_LANES.values()))
    assert [t.get_text() for t in ax.get_yticklabels()] == list(ca.COUNTRY_LANES.values())
    hollow = [ln for ln in ax.lines if ln.get_markerfacecolor() == "white"]
    assert len(hollow) == int(ev["status"].eq("planned").sum())


def test_every_partner_row_has_a_form_and_duplicates_point_to_rows():
    assert set(ca.FORMS) == set(ca.PARTNERS)
    assert set(ca.FORMS.values()) <= set(ca.FORM_MARKERS)
    table = ca.agreements()
    assert set(table.loc[table["same_as"] != "", "same_as"]) <= set(table["event_id"])
    assert table.loc[table["event_id"].isin(ca.SUMMITS), "form"].eq("summit").all()


def test_count_agreements_leaves_out_meetings_and_repeats():
    table = ca.agreements()
    counts = ca.count_agreements(table)
    signed = table["form"].eq("agreement") & table["same_as"].eq("")
    assert counts.sum() == signed.sum()
    assert counts.is_monotonic_decreasing
    split = ca.count_agreements(table, since=2013).add(ca.count_agreements(table, before=2013))
    assert split.reindex(counts.index).equals(counts)


def test_launchers_read_from_the_rows():
    ev = load.events()
    sats = ev.loc[ev["country_code"].eq("KZ") & ev["kind"].eq("satellite")].sort_values("start")
    table = ca.launchers(sats).set_index("mission")
    assert table.loc["KazEOSat-1", "launcher"] == "Vega"
    assert table.loc["KazSTSAT", "site"] == "Vandenberg"
    assert table.loc["KazEOSat-2", "launcher"] == ""  # not confirmed in the sources read
    assert "Yasny" in table.loc["KazEOSat-2", "notes"]


def test_independence_is_a_reference_not_a_milestone():
    ev = load.events().set_index("event_id")
    assert ev.loc[ca.INDEPENDENCE, "local_date"] == "1991-12-16"
    assert ca.INDEPENDENCE not in set(ca.regional_events()["event_id"])
    assert ev.loc["aubakirov-first-kazakh-in-space", "mid"] < ev.loc[ca.INDEPENDENCE, "mid"]


def test_lanes_chart_stacks_same_day_markers():
    deals = ca.with_labels(ca.agreements().merge(
        load.events()[["event_id", "start", "end", "status"]], on="event_id"))
    deals = deals.assign(lane=deals["partner"], group=deals["partner"].map(ca.PARTNER_GROUPS))
    fig, ax = ca.lanes_chart(deals, markers=ca.FORM_MARKERS, marker_by="form",
                             vlines=[(pd.Timestamp("2013-01-01", tz="UTC"), "x")])
    markers = [ln for ln in ax.lines if ln.get_marker() not in ("None", None, "")]
    points = {(round(float(ln.get_xdata()[0]), 6), round(float(ln.get_ydata()[0]), 6))
              for ln in markers}
    assert len(points) == len(markers)  # no two markers drawn on the same spot
    plt.close(fig)


def test_evidence_rejects_unknown_events():
    with pytest.raises(KeyError, match="nope"):
        ca.evidence({"x": ["nope"]})


@pytest.mark.parametrize("exercise_id", ["09.1", "09.2", "09.3", "09.4"])
def test_exercises_have_answers(exercise_id):
    assert answer(exercise_id) not in (None, [], "")
