"""Launch cadence: shares, ranks, leaders, success rates and chart helpers."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import cadence, load, plotting



@pytest.fixture
def toy():
    """Three years of a made-up by-state table (pandas' nullable ints, as load gives)."""
    return pd.DataFrame({
        "year": [2016, 2016, 2016, 2018, 2018, 2018, 2018],
        "state": ["CN", "US", "RU", "CN", "US", "RU", "NZ"],
        "group": ["China", "USA", "USSR/Russia", "China", "USA", "USSR/Russia", "Other"],
        "attempts": [22, 22, 17, 39, 31, 17, 3],
        "successes": [21, 22, 16, 38, 31, 16, 3],
        "failures": [1, 0, 1, 1, 0, 1, 0],
    }).astype({"attempts": "Int64", "successes": "Int64", "failures": "Int64"})


@pytest.fixture(scope="module")
def states():
    return load.launches_by_year_state()


def test_wide_fills_missing_years_with_zero_and_does_not_mutate(toy):
    before = toy.copy()
    counts = cadence.wide(toy, by="group")
    assert counts.index.tolist() == [2016, 2017, 2018]
    assert counts.loc[2017].sum() == 0
    assert counts.loc[2018, "China"] == 39
    pd.testing.assert_frame_equal(toy, before)


def test_share_of_world_counts_every_state(toy):
    share = cadence.share_of_world(toy, "China").set_index("year")
    assert share.loc[2018, "world"] == 39 + 31 + 17 + 3
    assert share.loc[2018, "share"] == pytest.approx(39 / 90)
    assert share.loc[2017, "share"] == 0.0


def test_ranks_share_a_place_when_tied(toy):
    ranks = cadence.rank_by_year(toy).set_index(["year", "state"])
    assert ranks.loc[(2016, "CN"), "rank"] == ranks.loc[(2016, "US"), "rank"] == 1
    assert bool(ranks.loc[(2016, "CN"), "tied"])
    assert ranks.loc[(2016, "RU"), "rank"] == 3


def test_group_ranks_leave_out_other_by_default(toy):
    ranks = cadence.rank_by_year(toy, by="group")
    assert "Other" not in set(ranks["group"])


def test_first_year_leading_strict_and_not(toy):
    assert cadence.first_year_leading(toy, "CN") == 2018
    assert cadence.first_year_leading(toy, "CN", strict=False) == 2016
    assert cadence.first_year_leading(toy, "RU") is None


def test_leaders_names_both_when_tied(toy):
    lead = cadence.leaders(toy).set_index("year")
    assert lead.loc[2016, "leader"] == "CN and US"
    assert lead.loc[2018, "leader"] == "CN"


def test_success_rates_keep_counts(toy):
    rates = cadence.success_rates(toy).set_index("group")
    assert rates.loc["China", "attempts"] == 61
    assert rates.loc["China", "successes"] == 59
    assert rates.loc["China", "label"] == "59 of 61 (97%)"


def test_success_rates_periods_are_named_by_the_years_they_cover(toy):
    rates = cadence.success_rates(toy, period=10, start=2015)
    assert set(rates["period"]) == {"2016-2018"}


def test_family_split_adds_up():
    fam = pd.DataFrame({"year": [2023, 2023, 2024, 2024], "state": ["US", "US", "US", "CN"],
                        "lv_family": ["Falcon 9/Heavy", "Atlas V", "Falcon 9/Heavy",
                                      "Long March"],
                        "attempts": [96, 2, 134, 49]})
    split = cadence.family_split(fam, "US").set_index("year")
    assert (split["family"] + split["others"] == split["total"]).all()
    assert split.loc[2024, "others"] == 0


def test_site_share_uses_world_total_from_states(toy):
    sites = pd.DataFrame({"year": [2018], "site_group": ["Baikonur"], "attempts": [9]})
    share = cadence.site_share(sites, toy).set_index("year")
    assert share.loc[2018, "share"] == pytest.approx(9 / 90)
    assert share.loc[2016, "attempts"] == 0


def test_streak_start():
    flags = pd.Series([True, True, False, True, True], index=range(2020, 2025))
    assert cadence.streak_start(flags) == 2023
    assert cadence.streak_start(flags.iloc[:3]) is None


def test_spread_keeps_order_and_gap():
    ys = cadence.spread([10, 11, 12, 50], gap=5)
    assert ys == sorted(ys)
    assert all(b - a >= 5 - 1e-9 for a, b in zip(ys, ys[1:]))


# ------------------------------------------------------------ on the real tables


def test_real_tables_cover_1957_to_2024(states):
    assert states["year"].min() == 1957
    assert states["year"].max() == 2024


def test_real_shares_are_fractions(states):
    share = cadence.share_of_world(states, "China")
    assert share["share"].between(0, 1).all()
    assert len(share) == 2024 - 1957 + 1


def test_real_first_lead_is_a_year_china_strictly_led(states):
    year = cadence.first_year_leading(states, "CN")
    counts = cadence.wide(states, by="state").loc[year]
    assert counts["CN"] > counts.drop("CN").max()
    earlier = cadence.wide(states, by="state").loc[:year - 1]
    assert not (earlier["CN"] > earlier.drop(columns="CN").max(axis=1)).any()


def test_real_success_rates_reconcile(states):
    rates = cadence.success_rates(states)
    assert rates["attempts"].sum() == states["attempts"].sum()
    assert (rates["successes"] + rates["failures"] == rates["attempts"]).all()


# ------------------------------------------------------------------- charts


def test_chart_helpers_return_fig_and_axes(states):
    plotting.use_style()
    counts = cadence.wide(states, by="group")
    fig, axes = cadence.plot_small_multiples(counts, title="A finding")
    assert fig is axes[0, 0].figure
    assert any(t.get_text().startswith("Source:") for t in fig.texts)

    fig, (top, bottom) = cadence.plot_share_and_rank(cadence.share_of_world(states),
                                                     cadence.rank_by_year(states))
    assert bottom.get_ylim()[0] > bottom.get_ylim()[1]  # rank 1 at the top

    fig, ax = cadence.plot_outcomes(states, "China")
    assert ax.get_legend() is not None

    families = load.launches_by_year_family()
    compare = cadence.wide(states)["China"].rename("attempts").reset_index()
    fig, ax = cadence.plot_family_split(cadence.family_split(families), compare)
    assert {"China: all families", "USA: Falcon 9/Heavy"} <= {t.get_text() for t in ax.texts}
    cadence.mark_years(ax, [(2015, "a mark")])
    assert "a mark" in {t.get_text().strip() for t in ax.texts}

    share = cadence.site_share(load.launches_by_year_site(), states)
    fig, axes = cadence.plot_site_share(share, title="A finding")
    assert len(axes) == 2


def test_chart_helpers_draw_on_a_given_ax(states):
    fig, ax = plt.subplots()
    out_fig, out_ax = cadence.plot_outcomes(states, "China", ax=ax)
    assert out_fig is fig and out_ax is ax


def test_mark_year_labels_sit_on_one_side_of_their_own_line():
    assert cadence.label_sides([2014, 2019], 1999, 2031) == ["left", "right"]
    assert cadence.label_sides([1994, 2004], 1954, 2028) == ["left", "right"]
    assert cadence.label_sides([2010], 1999, 2031) == ["right"]
    fig, ax = plt.subplots()
    ax.set_xlim(1999, 2031)
    cadence.mark_years(ax, [(2019, "b"), (2014, "a")])
    texts = {t.get_text().strip(): t.get_horizontalalignment() for t in ax.texts}
    assert texts == {"a": "right", "b": "left"}
    plt.close(fig)


def test_site_share_axis_leaves_room_above_the_peak(states):
    sites = load.launches_by_year_site()
    share = cadence.site_share(sites, states)
    fig, axes = cadence.plot_site_share(share)
    assert axes[1].get_ylim()[1] > share["share"].max() * 100 * 1.2
    plt.close(fig)
