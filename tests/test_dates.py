"""The date parser: forms, zones, precision, qualifiers, relative expressions, properties."""

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinaspace.dates import PRECISIONS, QUALIFIERS, parse
from chinaspace.errors import DateParseError

UTC = timezone.utc


def utc(*args):
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    "text, tz, earliest, precision",
    [
        ("2020-11-24", "UTC", utc(2020, 11, 24), "day"),
        ("2020-11-24 04:30", "Asia/Shanghai", utc(2020, 11, 23, 20, 30), "minute"),
        ("2020-11-24T04:30:15+08:00", "UTC", utc(2020, 11, 23, 20, 30, 15), "second"),
        ("2021-05-14T23:18Z", "Asia/Shanghai", utc(2021, 5, 14, 23, 18), "minute"),
        ("24 November 2020", "UTC", utc(2020, 11, 24), "day"),
        ("24 Nov 2020", "UTC", utc(2020, 11, 24), "day"),
        ("November 24, 2020", "UTC", utc(2020, 11, 24), "day"),
        ("Nov 24, 2020, 04:30 Beijing time", "UTC", utc(2020, 11, 23, 20, 30), "minute"),
        ("Oct. 15, 2003, 9:00 a.m. Beijing time", "UTC", utc(2003, 10, 15, 1, 0), "minute"),
        ("November 2020", "UTC", utc(2020, 11, 1), "month"),
        ("2020-11", "UTC", utc(2020, 11, 1), "month"),
        ("mid-December 2020", "UTC", utc(2020, 12, 11), "part_of_month"),
        ("early 1990s", "UTC", utc(1990, 1, 1), "part_of_decade"),
        ("1990s", "UTC", utc(1990, 1, 1), "decade"),
        ("2021-2022", "UTC", utc(2021, 1, 1), "year"),
        ("between 2021 and 2022", "UTC", utc(2021, 1, 1), "year"),
        ("2003", "UTC", utc(2003, 1, 1), "year"),
        ("In 2003", "UTC", utc(2003, 1, 1), "year"),
        ("spring 2021", "UTC", utc(2021, 3, 1), "season"),
        ("1957 Oct  4 1928:34", "UTC", utc(1957, 10, 4, 19, 28, 34), "second"),
        ("1962 Jun", "UTC", utc(1962, 6, 1), "month"),
    ],
)
def test_forms(text, tz, earliest, precision):
    d = parse(text, tz=tz)
    assert d.earliest == earliest
    assert d.precision == precision
    assert d.earliest <= d.latest


def test_interval_ends():
    assert parse("mid-December 2020").latest.date() == date(2020, 12, 20)
    assert parse("late February 2024").latest.date() == date(2024, 2, 29)
    assert parse("early 1990s").latest.date() == date(1993, 12, 31)
    assert parse("2021-2022").latest.date() == date(2022, 12, 31)
    assert parse("1962 Jun").latest.date() == date(1962, 6, 30)


def test_beijing_time_falls_on_the_previous_utc_day():
    change5 = parse("24 November 2020 04:30", tz="Asia/Shanghai")
    assert change5.local_date == "2020-11-24"
    assert change5.utc_date == "2020-11-23"
    assert change5.utc_differs
    # Tianwen-1 landed on 15 May in Beijing time, 14 May in UTC.
    landing = parse("2021-05-15 07:18", tz="Asia/Shanghai")
    assert (landing.local_date, landing.utc_date) == ("2021-05-15", "2021-05-14")


def test_a_day_in_beijing_time_spans_two_utc_days():
    d = parse("2003-10-15", tz="Asia/Shanghai")
    assert d.earliest == utc(2003, 10, 14, 16)
    assert d.utc_date == "2003-10-14/2003-10-15"
    assert not d.utc_differs  # not known to differ: it may be either day


def test_unspecified_zone_widens_a_day_to_every_zone():
    d = parse("24 July 1969", tz="unspecified")
    assert d.earliest == utc(1969, 7, 23, 10)
    assert d.latest.replace(microsecond=0) == utc(1969, 7, 25, 11, 59, 59)
    assert d.local_date == "1969-07-24"


def test_moscow_time_uses_the_offset_of_its_day():
    # Mir's core launched at 00:28 Moscow time on 20 Feb 1986 (UTC+3 then).
    d = parse("1986-02-20 00:28", tz="Europe/Moscow")
    assert d.earliest == utc(1986, 2, 19, 21, 28)


@pytest.mark.parametrize(
    "text, qualifier, earliest_year, latest_year",
    [
        ("by 2030", "no_later_than", None, 2030),
        ("By 2050", "no_later_than", None, 2050),
        ("before 2030", "no_later_than", None, 2029),
        ("no later than 2030", "no_later_than", None, 2030),
        ("after 2030", "no_earlier_than", 2031, None),
        ("around 2030", "approximate", 2030, 2030),
        ("Around 2030", "approximate", 2030, 2030),
        ("about 2028", "approximate", 2028, 2028),
        ("1963 Jun 12?", "uncertain", 1963, 1963),
    ],
)
def test_qualifiers(text, qualifier, earliest_year, latest_year):
    d = parse(text)
    assert d.qualifier == qualifier
    assert (d.earliest.year if d.earliest else None) == earliest_year
    assert (d.latest.year if d.latest else None) == latest_year


@pytest.mark.parametrize(
    "text, anchor, label, qualifier",
    [
        ("Five years later", "2003", "2008", "exact"),
        ("five years later", "2003", "2008", "exact"),
        ("Over 20 years have passed", "2003", "2023/", "no_earlier_than"),
        ("Over the past thirty years", "2024", "1994/2024", "approximate"),
        ("In less than a decade", "2016", "2016/2025", "no_later_than"),
        ("Five decades ago", "2024", "1969/1978", "approximate"),
        ("3 years earlier", "2010", "2007", "exact"),
    ],
)
def test_relative(text, anchor, label, qualifier):
    d = parse(text, anchor=anchor)
    assert d.label == label
    assert d.qualifier == qualifier


def test_relative_without_anchor_is_an_error():
    with pytest.raises(DateParseError, match="anchor"):
        parse("five years later")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "soon", "2020-13-01", "2021-02-30", "31 April 2020", "25:00 1 May 2020",
     "1 May 2020 25:00", "2022-2021", "mid-Smarch 2020", 2020, None],
)
def test_rejects_what_it_cannot_read(text):
    with pytest.raises(DateParseError):
        parse(text)


def test_unknown_zone_is_an_error():
    with pytest.raises(DateParseError, match="time zone"):
        parse("2020-01-01", tz="Mars/Jezero")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_string_parses_or_raises_our_error(text):
    try:
        d = parse(text, anchor="2000")
    except DateParseError:
        return
    assert d.precision in PRECISIONS
    assert d.qualifier in QUALIFIERS


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["", "by ", "around ", "early ", "late ", "mid-", "before ", "after "]),
    st.integers(min_value=1000, max_value=2999),
    st.sampled_from(["", "s", " ", "-2030"]),
)
def test_parsed_intervals_are_ordered(prefix, year, suffix):
    try:
        d = parse(f"{prefix}{year}{suffix}".strip())
    except DateParseError:
        return
    if d.earliest is not None and d.latest is not None:
        assert d.earliest <= d.latest


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)),
    st.sampled_from(["UTC", "Asia/Shanghai", "Europe/Moscow"]),
)
def test_iso_dates_round_trip(day, tz):
    d = parse(day.isoformat(), tz=tz)
    assert d.local_date == day.isoformat()
    assert d.precision == "day"
    assert d.earliest <= d.latest


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
def test_iso_utc_times_round_trip(moment):
    moment = moment.replace(microsecond=0)
    d = parse(moment.strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert d.earliest == moment.replace(tzinfo=UTC)
