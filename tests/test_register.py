"""The register's tables and charts: counts in scale order, every factual claim shown
with linked sources, the evidence behind a claim, and chart helpers returning (fig, ax)."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from chinaspace import load, register
from chinaspace.checks import answer, check, is_correct



@pytest.fixture(scope="module")
def tables():
    return load.claims(), load.claim_events(), load.events(), load.sources(), load.verdicts()


def test_every_verdict_has_a_colour_and_marker(tables):
    verdicts = tables[4]
    assert set(verdicts["verdict"]) == set(register.VERDICT_COLOURS) == set(
        register.VERDICT_MARKERS)
    assert set(register.PROBLEMS) | set(register.NOT_GRADED) <= set(verdicts["verdict"])


def test_opinion_kind_and_opinion_verdict_go_together(tables):
    claims = tables[0]
    assert claims["kind"].eq("opinion").equals(register.is_opinion(claims))


def test_counts_follow_the_scale_and_add_up(tables):
    claims, verdicts = tables[0], tables[4]
    counts = register.verdict_counts(claims, verdicts)
    assert list(counts.columns) == register.verdict_order(verdicts)
    assert counts.to_numpy().sum() == len(claims)
    by_par = register.paragraph_counts(claims, verdicts)
    assert list(by_par.index) == list(range(1, 15))
    assert by_par.to_numpy().sum() == len(claims)


def test_unknown_verdict_is_an_error():
    claims = pd.DataFrame({"kind": ["fact"], "verdict": ["maybe"]})
    verdicts = pd.DataFrame({"verdict": ["correct"], "order": [1]})
    with pytest.raises(ValueError, match="maybe"):
        register.verdict_counts(claims, verdicts)


def test_factual_and_opinions_split_the_register(tables):
    claims = tables[0]
    facts, views = register.factual(claims), register.opinions(claims)
    assert len(facts) + len(views) == len(claims)
    assert not facts["verdict"].eq("opinion").any()
    assert views["verdict"].eq("opinion").all()
    assert facts["paragraph"].is_monotonic_increasing


def test_register_table_links_every_source(tables):
    claims, _, _, sources, _ = tables
    table = register.register_table(register.factual(claims), sources)
    assert len(table) == len(register.factual(claims))
    for ids, cell in zip(register.factual(claims).sort_values(["paragraph", "claim_id"])
                         ["source_ids"], table["sources"]):
        for sid in register.split_ids(ids):
            assert f"<code>{sid}</code>" in cell
    html = register.table_html(table)
    assert html.count("<tr>") == len(table) + 1


def test_register_table_shows_events_and_checks(tables):
    claims, _, _, sources, _ = tables
    facts = register.factual(claims)
    table = register.register_table(facts, sources)
    assert {"events", "date_check", "value_check"} <= set(table.columns)
    row = table.set_index("claim").loc["c055"]
    assert "<code>change5-launch</code>" in row["events"]
    assert row["date_check"] == "agrees_in_source_zone"
    html = register.table_html(table)
    assert "<code>change5-launch</code>" in html  # events are HTML, not escaped


def test_graded_quotes_hold_no_value_judgement(tables):
    by_id = tables[0].set_index("claim_id")
    assert "remarkable" not in by_id.loc["c066", "quote"]
    assert "tremendous" not in by_id.loc["c072", "quote"]
    opinions = by_id.loc[by_id["verdict"].eq("opinion"), "quote"]
    assert opinions.str.contains("remarkable").any() and opinions.str.contains("tremendous").any()


def test_opinions_are_more_than_a_label(tables):
    views = register.opinions(tables[0])
    assert views["explanation"].str.split().str.len().ge(12).all()


def test_text_is_escaped_in_the_html_table():
    table = pd.DataFrame({"claim": ["c1"], "quotation": ["<script>x</script>"],
                          "verdict": ["correct"], "sources": ['<a href="u">t</a>']})
    html = register.table_html(table)
    assert "<script>" not in html and '<a href="u">t</a>' in html


def test_unknown_source_id_is_an_error():
    sources = pd.DataFrame({"source_id": ["a"], "title": ["A"], "url": ["u"]})
    with pytest.raises(KeyError, match="nope"):
        register.source_links("a;nope", sources)


def test_evidence_of_the_change5_launch_claim(tables):
    claims, links, events, sources, _ = tables
    ev = register.evidence("c055", claims, links, events)
    row = ev.set_index("event_id").loc["change5-launch"]
    assert row["reference"] and row["local_date"] == "2020-11-24"
    assert row["utc_date"] == "2020-11-23" and row["utc_differs"]
    html = register.dossier_html("c055", claims, links, events, sources)
    assert "agrees_in_source_zone" in html and "2020-11-23" in html


def test_evidence_of_a_claim_without_events_is_empty(tables):
    claims, links, events, sources, _ = tables
    ev = register.evidence("c017", claims, links, events)
    assert ev.empty and list(ev.columns) == register.EVIDENCE_COLUMNS
    assert "No events are linked" in register.dossier_html("c017", claims, links, events,
                                                            sources)


def test_checks_that_differ_from_the_verdict(tables):
    table = register.check_vs_verdict(tables[0]).set_index("claim_id")
    assert table.loc["c072", "date_check"] == "disagrees"
    assert table.loc["c072", "differs"]
    assert table.loc["c063", "verdict"] == "forecast" and table.loc["c063", "differs"]
    assert not table.loc["c055", "differs"]


def test_zone_readings_show_both_clocks(tables):
    claims, _, events, _, _ = tables
    z = register.zone_readings(claims, events).set_index("claim_id")
    # Chang'e-5: 20:30 UTC on 23 November, before the UTC day of "November 24" begins,
    # but inside the Beijing day (which starts at 16:00 UTC the day before).
    assert z.loc["c055", "event_at"] == pytest.approx(-3.5)
    assert z.loc["c055", "zone_from"] == pytest.approx(-8)
    # Tianwen-1: 23:18 UTC on 14 May, after the Beijing day of "May 14" has ended.
    assert z.loc["c061", "event_at"] == pytest.approx(23.3)
    assert z.loc["c061", "zone_to"] < z.loc["c061", "event_at"] < z.loc["c061", "utc_to"]


def test_chart_helpers_return_fig_and_ax(tables):
    claims, _, events, _, verdicts = tables
    fig, ax = register.plot_verdicts_by_kind(register.verdict_counts(claims, verdicts))
    assert ax.get_yticklabels()[0].get_text() == "correct"
    fig, ax = register.plot_claims_by_paragraph(claims, verdicts, title="t")
    assert "t" in (ax.get_title(), ax.get_title("left"))
    _, given = plt.subplots()
    fig, ax = register.plot_zone_readings(register.zone_readings(claims, events), ax=given)
    assert ax is given


def test_exercises_have_answers_that_check(capsys):
    for n in range(1, 5):
        assert is_correct(f"07.{n}", answer(f"07.{n}"))
    assert not is_correct("07.1", -1)
    assert answer("07.4") == (True, False)  # a UTC day agrees, a Beijing day does not
    assert not is_correct("07.4", "agrees_in_utc")
    check("07.1", -1)
    assert "Hint" in capsys.readouterr().out
