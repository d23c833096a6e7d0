"""The argument map: layout from the data, tables of nodes and claims, the charts."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import argument, load



@pytest.fixture(scope="module")
def arg():
    return load.argument()


TOY = pd.DataFrame({
    "node_id": ["T", "P1", "E1", "E2", "P2"],
    "kind": ["thesis", "premise", "evidence", "evidence", "premise"],
    "text": ["t", "p1", "e1", "e2", "p2"],
    "paragraph": ["1", "2", "2", "3", ""],
    "claim_ids": ["", "c1", "c2;c3", "c3", ""],
    "supports": ["", "T", "P1", "P1", "T"],
    "basis": ["value", "mixed", "checkable_fact", "checkable_fact", "value"],
})


def test_layout_puts_supporters_one_column_right_and_parents_between_children():
    placed = argument.layout(TOY).set_index("node_id")
    assert placed.loc["T", "depth"] == 0
    assert placed.loc[["P1", "P2"], "depth"].tolist() == [1, 1]
    assert placed.loc[["E1", "E2"], "depth"].tolist() == [2, 2]
    assert placed.loc["P1", "y"] == pytest.approx((placed.loc["E1", "y"] + placed.loc["E2", "y"]) / 2)
    assert placed.loc["E1", "y"] < placed.loc["E2", "y"] < placed.loc["P2", "y"]


def test_layout_bands_do_not_overlap_with_tall_boxes():
    heights = {"T": 3, "P1": 6, "E1": 1, "E2": 1, "P2": 2}
    placed = argument.layout(TOY, heights=heights, gap=0.5).set_index("node_id")
    col1 = placed.loc[["P1", "P2"]].sort_values("y")
    top_of_p2 = col1.loc["P2", "y"] - heights["P2"] / 2
    bottom_of_p1 = col1.loc["P1", "y"] + heights["P1"] / 2
    assert top_of_p2 >= bottom_of_p1


def test_layout_does_not_change_its_input():
    before = TOY.copy()
    argument.layout(TOY)
    pd.testing.assert_frame_equal(TOY, before)


def test_descendants_and_children():
    assert argument.children(TOY)["P1"] == ["E1", "E2"]
    assert argument.descendants(TOY, "T") == ["P1", "E1", "E2", "P2"]
    assert argument.descendants(TOY, "E1") == []


def test_node_claims_explodes_and_merges():
    claims = pd.DataFrame({"claim_id": ["c1", "c2", "c3"], "paragraph": [2, 2, 3],
                           "kind": ["fact"] * 3, "verdict": ["correct", "misleading", "opinion"]})
    links = argument.node_claims(TOY, claims)
    assert links[["node_id", "claim_id"]].values.tolist() == [
        ["P1", "c1"], ["E1", "c2"], ["E1", "c3"], ["E2", "c3"]]
    table = argument.verdicts_by_premise(TOY, claims)
    assert table.loc["P1", "total"] == 3  # c3 counted once
    assert table.loc["P2", "total"] == 0


def test_the_map_has_one_thesis_and_every_node_reaches_it(arg):
    assert (arg["kind"] == "thesis").sum() == 1
    thesis = arg.loc[arg["kind"] == "thesis", "node_id"].item()
    placed = argument.layout(arg)
    assert placed["depth"].notna().all()
    assert set(argument.descendants(arg, thesis)) == set(arg["node_id"]) - {thesis}


def test_the_map_links_only_existing_claims(arg):
    links = argument.node_claims(arg, load.claims())
    assert links["verdict"].notna().all()
    assert set(arg["basis"]) <= set(argument.BASES)


def test_basis_counts_cover_every_node(arg):
    assert argument.basis_counts(arg).to_numpy().sum() == len(arg)


def test_draw_map_returns_figure_tall_enough_for_every_box(arg):
    fig, ax = argument.draw_map(arg, title="A title")
    argument.basis_legend(ax)
    argument.map_footer(fig, "test source", note="test note")
    assert len(ax.patches) == len(arg)
    assert fig.get_figheight() > 10
    plt.close(fig)


def test_map_parts_are_landscape_and_print_verdicts(arg):
    claims = load.claims()
    parts = [["P1"], ["P2", "P3"], ["P4", "P5", "P6", "P7", "I1", "I2"]]
    drawn = set()
    for premises in parts:
        part = argument.branch(arg, premises)
        drawn |= set(part["node_id"])
        fig, ax = argument.draw_map(part, claims=claims, title="t")
        assert len(ax.patches) == len(part)
        assert fig.get_figwidth() > fig.get_figheight()
        texts = [t.get_text() for t in ax.texts]
        assert not any("FACT" in t for t in texts)
        flagged = argument.branch_summary(arg, claims, premises)["flagged"]
        assert texts.count("!") >= len(flagged)
        assert any(t.startswith("register: ") for t in texts)
        plt.close(fig)
    assert drawn == set(arg["node_id"])


def test_node_verdicts_flag_problem_verdicts(arg):
    table = argument.node_verdicts(arg, load.claims()).set_index("node_id")
    assert table.loc["P3b", "problem"] and "outdated" in table.loc["P3b", "verdicts"]
    assert not table.loc["P1b", "problem"]
    assert "I1" not in table.index  # no claims


def test_branch_summary_counts_only_the_branch(arg):
    summary = argument.branch_summary(arg, load.claims(), ["P3"])
    assert summary["nodes"] == 1 + len(argument.descendants(arg, "P3"))
    assert set(summary["flagged"]) <= set(summary["checkable"])
    assert sum(summary["basis"].values()) == summary["nodes"]


def test_draw_verdicts_and_context(arg):
    fig, ax = argument.draw_verdicts(argument.verdicts_by_premise(arg, load.claims()))
    assert ax.get_xlabel()
    ctx = argument.context_events(load.events())
    assert len(ctx) == len(argument.CONTEXT)
    assert ctx["start"].is_monotonic_increasing
    fig, ax = argument.draw_context(ctx)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(argument.LANES)


def test_context_events_names_a_missing_event():
    with pytest.raises(KeyError, match="iss-iga-signed-1998"):
        argument.context_events(load.events().query("event_id != 'iss-iga-signed-1998'"))


def test_glossary_chinese_names_have_pinyin_and_sources():
    g = load.glossary()
    assert 35 <= len(g) <= 60
    chinese = g[g["chinese"] != ""]
    assert (chinese["pinyin"] != "").all()
    assert g["source_id"].ne("").all()


def test_and_list_and_map_alt_text():
    assert argument.and_list(["a", "b", "c"]) == "a, b and c"
    alt = argument.map_alt_text(["P2", "P3"], {"nodes": 8, "flagged": []})
    assert "premises P2 and P3" in alt and "6 nodes" in alt and "none carries" in alt
