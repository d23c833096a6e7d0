"""Notebook 00's profile of the essay: claims per paragraph by kind."""

import matplotlib.pyplot as plt

from chinaspace import essay, load


def test_profile_counts_every_claim_once():
    claims = load.claims()
    profile = essay.claim_profile(load.essay_paragraphs(), claims)
    assert profile["claims"].sum() == len(claims)
    assert list(profile["paragraph"]) == list(range(1, 16))
    assert profile.loc[profile["paragraph"] == 15, "claims"].item() == 0


def test_profile_chart_draws_one_bar_segment_per_paragraph_and_kind():
    profile = essay.claim_profile(load.essay_paragraphs(), load.claims())
    fig, ax = essay.claim_profile_chart(profile, title="test")
    assert len(ax.patches) == len(profile) * len(essay.CLAIM_KINDS)
    plt.close(fig)
