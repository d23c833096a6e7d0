"""Evidence for verdicts: numbers within the essay's precision, dates in both zones."""

import math

import pandas as pd
import pytest

from chinaspace.claims import date_agreement, link_table, parse_quantity, value_agrees


@pytest.mark.parametrize(
    "claimed, reference, expected",
    [
        ("2", "1.731", "agrees"),        # "2 kg" of lunar soil: 1,731 g rounds to 2 kg
        ("2.0", "1.731", "disagrees"),   # a stated decimal is stricter
        ("over 60", "66", "agrees"),
        ("over 60", "58", "disagrees"),
        ("over 100", "100", "disagrees"),
        ("340-450", "340-450", "agrees"),
        ("340-450", "330-450", "disagrees"),
        ("about 100000000", "95000000", "agrees"),
        ("3", "", ""),
        ("lots", "3", ""),
    ],
)
def test_value_agrees(claimed, reference, expected):
    assert value_agrees(claimed, reference) == expected


def test_rounding_of_trailing_zeros():
    q = parse_quantity("60")
    assert (q.low, q.high) == (55.0, 65.0)
    assert parse_quantity("under 5").low == -math.inf


def event(start, end, tz):
    return pd.Series({"start_utc": start, "end_utc": end, "tz": tz})


def test_beijing_date_agrees_only_in_the_source_zone():
    # Chang'e-5 launched at 04:30 on 24 Nov 2020 Beijing time = 20:30 UTC on 23 Nov.
    launch = event("2020-11-23T20:30:00Z", "2020-11-23T20:30:59Z", "Asia/Shanghai")
    assert date_agreement("On November 24, 2020", "", launch) == "agrees_in_source_zone"


def test_utc_date_agrees_only_in_utc():
    # Tianwen-1 landed at 07:18 on 15 May 2021 Beijing time = 23:18 UTC on 14 May.
    landing = event("2021-05-14T23:18:00Z", "2021-05-14T23:18:59Z", "Asia/Shanghai")
    assert date_agreement("May 14, 2021", "", landing) == "agrees_in_utc"


def test_year_and_relative_expressions():
    eva = event("2008-09-27T08:43:00Z", "2008-09-27T08:43:59Z", "Asia/Shanghai")
    assert date_agreement("Five years later", "2003", eva) == "agrees"
    assert date_agreement("in 2009", "", eva) == "disagrees"
    assert date_agreement("by 2003", "", eva) == "disagrees"
    assert date_agreement("", "", eva) == ""


def test_link_table_has_one_row_per_link():
    claims = pd.DataFrame({"claim_id": ["c1", "c2", "c3"], "event_ids": ["a; b", "", "c"]})
    links = link_table(claims)
    assert links.values.tolist() == [["c1", "a"], ["c1", "b"], ["c3", "c"]]
