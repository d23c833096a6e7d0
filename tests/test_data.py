"""Data tests on the committed processed tables: sources, dates, links, dictionary."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from chinaspace.paths import DATA, PROCESSED
from chinaspace.schema import VERDICTS


def table(name):
    return pd.read_csv(PROCESSED / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def events():
    return table("events")


@pytest.fixture(scope="module")
def sources():
    return table("sources")


@pytest.fixture(scope="module")
def claims():
    return table("claims")


def test_enough_events_and_coverage(events):
    china = events[events["country_code"] == "CN"]
    assert len(events) >= 80
    assert pd.to_numeric(china["year"]).between(1956, 2024).sum() >= 80
    for required in ["fifth-academy-founded", "dfh1-launch", "project921-approval",
                     "shenzhou5-launch", "shenzhou7-eva", "shenzhou18-launch",
                     "tiangong1-launch", "tiangong2-launch", "tianhe-launch",
                     "wentian-launch", "mengtian-launch", "change5-return",
                     "yinghuo1-launch", "tianwen1-landing", "zhurong-deploy",
                     "micius-launch", "law-1993-sci-tech-progress"]:
        assert required in set(events["event_id"]), required
    for n in range(1, 7):
        assert events["mission"].str.contains(f"Chang'e-{n}", regex=False).any(), n
    crewed = {f"shenzhou{n}-launch" for n in (5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)}
    assert crewed <= set(events["event_id"])


def test_firsts_cover_ten_kinds_for_each_nation():
    firsts = table("firsts")
    kinds = firsts.groupby("group")["milestone"].nunique()
    assert kinds["China"] >= 10
    assert kinds["USSR/Russia"] >= 10
    assert kinds["USA"] >= 10
    assert firsts["milestone"].nunique() >= 10
    for group in ("France/Europe", "Japan", "India"):
        assert kinds[group] >= 3, group


def test_every_event_has_a_resolving_source(events, sources):
    known = set(sources["source_id"])
    assert (events["source_id"] != "").all()
    for column in ("source_id", "other_source_ids", "alt_source_id"):
        for value in events[column]:
            for sid in filter(None, value.split(";")):
                assert sid in known, sid


def test_every_dated_event_has_a_utc_interval(events):
    dated = events[events["date_text"] != ""]
    undated = events[events["date_text"] == ""]
    assert (undated["status"] == "planned").all()
    assert ((dated["start_utc"] != "") | (dated["end_utc"] != "")).all()
    assert (dated["utc_date"] != "").all()
    both = dated[(dated["start_utc"] != "") & (dated["end_utc"] != "")]
    assert (both["start_utc"] <= both["end_utc"]).all()


def test_utc_date_is_consistent_with_local_date(events):
    """Converting the UTC start back into the source's zone gives the local date."""
    timed = events[events["precision"].isin(["day", "hour", "minute", "second"])
                   & (events["tz"] != "unspecified")]
    assert len(timed) > 100
    for row in timed.itertuples():
        start = datetime.strptime(row.start_utc, "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=ZoneInfo("UTC"))
        local = start.astimezone(ZoneInfo(row.tz)).date().isoformat()
        assert local == row.local_date, row.event_id
        utc_days = row.utc_date.split("/")
        assert start.date().isoformat() == utc_days[0], row.event_id
        if row.utc_differs == "True":
            assert row.utc_date != row.local_date


def test_known_cases_where_beijing_and_utc_dates_differ(events):
    by_id = events.set_index("event_id")
    assert by_id.loc["change5-launch", ["local_date", "utc_date"]].tolist() == [
        "2020-11-24", "2020-11-23"]
    assert by_id.loc["tianwen1-landing", ["local_date", "utc_date"]].tolist() == [
        "2021-05-15", "2021-05-14"]


def test_planned_events_say_who_and_when(events):
    planned = events[events["status"] == "planned"]
    assert len(planned) >= 5
    assert (planned["announced_by"] != "").all()
    assert (planned["announced_on"] != "").all()


def test_claims_register(claims, events):
    checkable = claims[claims["kind"] != "opinion"]
    assert len(checkable) >= 45
    assert (claims["kind"] == "opinion").sum() >= 10
    assert set(claims["verdict"]) <= set(VERDICTS)
    assert (claims.loc[claims["kind"] == "opinion", "verdict"] == "opinion").all()
    assert claims["paragraph"].astype(int).between(1, 15).all()
    known = set(events["event_id"])
    for ids in claims["event_ids"]:
        assert set(filter(None, ids.split(";"))) <= known
    # Every claim with a time expression that refers to a dated event is linked to it.
    dated = checkable[checkable["time_expression"] != ""]
    linked = dated[dated["reference_event_id"] != ""]
    assert len(linked) >= 0.8 * len(dated)


def test_claim_links_table_matches_claims(claims):
    links = table("claim_events")
    expected = sum(len(list(filter(None, ids.split(";")))) for ids in claims["event_ids"])
    assert len(links) == expected
    assert set(links["claim_id"]) <= set(claims["claim_id"])


def test_essay_time_expressions_are_checked(claims):
    by_id = claims.set_index("claim_id")
    checked = claims[claims["date_check"] != ""]
    assert len(checked) >= 15
    # The essay's Chang'e-5 date is the Beijing date, its Tianwen-1 landing date the UTC one.
    change5 = claims[claims["quote"].str.contains("November 24, 2020")]
    assert change5["date_check"].tolist() == ["agrees_in_source_zone"]
    landing = claims[claims["quote"].str.contains("May 14, 2021")]
    assert landing["date_check"].tolist() == ["agrees_in_utc"]
    assert by_id.index.is_unique


def test_every_cited_source_id_resolves(claims, sources):
    known = set(sources["source_id"])
    for value in claims["source_ids"]:
        assert set(filter(None, value.split(";"))) <= known
    stations = table("stations")
    for value in stations["source_ids"]:
        assert set(filter(None, value.split(";"))) <= known


def test_sources_are_complete(sources):
    assert sources["source_id"].is_unique
    for column in ("title", "publisher", "url", "date_accessed", "kind"):
        assert (sources[column] != "").all(), column
    assert sources["url"].str.match(r"^https?://").all()


def test_data_dictionary_matches_every_processed_table():
    dictionary = pd.read_csv(DATA / "dictionary.csv", dtype=str, keep_default_na=False)
    for column in ("table", "column", "type", "unit", "meaning"):
        assert column in dictionary.columns
    assert (dictionary["meaning"] != "").all()
    documented = set(dictionary["table"])
    for path in sorted(PROCESSED.glob("*.csv")):
        header = list(pd.read_csv(path, nrows=0).columns)
        assert path.stem in documented, f"{path.name} has no entry in data/dictionary.csv"
        listed = dictionary.loc[dictionary["table"] == path.stem, "column"].tolist()
        assert listed == header, f"data/dictionary.csv does not match {path.name}"
    assert documented <= {p.stem for p in PROCESSED.glob("*.csv")}
