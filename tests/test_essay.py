"""Every quotation in the claims register is verbatim from the paragraph it names.

Needs a copy of the essay: CHINASPACE_ESSAY names the file (set by `make test`
and `.ci/run` when ../shared/essay/essay.txt exists).
"""

import os
from pathlib import Path

import pytest

from chinaspace import essay, load

ESSAY = os.environ.get("CHINASPACE_ESSAY", "")
needs_essay = pytest.mark.skipif(
    not ESSAY or not Path(ESSAY).is_file(),
    reason="set CHINASPACE_ESSAY to the essay's text file to check quotations against it",
)


@pytest.fixture(scope="module")
def paragraphs():
    return essay.paragraphs(Path(ESSAY).read_text(encoding="utf-8"))


@needs_essay
def test_the_essay_has_fifteen_paragraphs(paragraphs):
    assert len(paragraphs) == 15
    assert paragraphs[-1].startswith("Erkin Baidarov")


@needs_essay
def test_every_quote_is_verbatim_from_its_paragraph(paragraphs):
    claims = load.claims()
    for row in claims.itertuples():
        text = essay.normalise(paragraphs[row.paragraph - 1])
        assert essay.normalise(row.quote) in text, (row.claim_id, row.quote)


@needs_essay
def test_every_time_expression_is_in_its_quote_or_paragraph(paragraphs):
    claims = load.claims()
    for row in claims[claims["time_expression"] != ""].itertuples():
        text = essay.normalise(paragraphs[row.paragraph - 1]).casefold()
        assert row.time_expression.casefold() in text, (row.claim_id, row.time_expression)


def test_quotes_are_short():
    claims = load.claims()
    assert (claims["quote"].str.split().str.len() <= 30).all()


@needs_essay
def test_paragraph_word_counts_match_the_essay(paragraphs):
    table = load.read("essay_paragraphs")
    counts = [len(p.split()) for p in paragraphs]
    assert table["words"].astype(int).tolist() == counts
