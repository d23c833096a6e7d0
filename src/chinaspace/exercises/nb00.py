"""Exercises of notebook 00 (start here): answers computed from the data."""

from chinaspace import load
from chinaspace.checks import exercise


@exercise("00.1", hint="Take the claims table's 'paragraph' column and count its distinct "
                       "values (Series.nunique()).")
def _paragraphs_with_claims():
    return int(load.claims()["paragraph"].nunique())


@exercise("00.2", hint="Group essay_paragraphs by 'theme', sum 'words', and take the label "
                       "of the largest (Series.idxmax()).")
def _wordiest_theme():
    return load.essay_paragraphs().groupby("theme")["words"].sum().idxmax()


@exercise("00.3", hint="Compare the 'kind' column with 'opinion', take the mean of the "
                       "True/False values, multiply by 100 and round to a whole number.")
def _opinion_share():
    claims = load.claims()
    return round(100 * (claims["kind"] == "opinion").mean())
