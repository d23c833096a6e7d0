"""Tests for chinaspace.gcat: reading GCAT's launch log and counting launch attempts.

The fixtures in tests/fixtures/gcat/ are written in GCAT's format (tab-separated,
'#' header, '# Updated' line, space padding, '-' for empty). launchlog_small.tsv is
made up for the tests, one case per row; sites_small.tsv is an excerpt of GCAT's
sites.tsv (J. McDowell, CC BY). The full launch log is read only when the
environment variable CHINASPACE_GCAT_DIR names a folder holding launchlog_*.tsv and
sites.tsv.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from chinaspace import gcat, provenance
from chinaspace.errors import DataError, DateParseError
from chinaspace.paths import RAW, RAW_GCAT

FIXTURES = Path(__file__).parent / "fixtures" / "gcat"
LAUNCHLOG = FIXTURES / "launchlog_small.tsv"
SITES = FIXTURES / "sites_small.tsv"


@pytest.fixture(scope="module")
def payloads() -> pd.DataFrame:
    return gcat.read_launchlog(LAUNCHLOG)


@pytest.fixture(scope="module")
def cleaned() -> tuple[pd.DataFrame, pd.DataFrame]:
    return gcat.load_launches(LAUNCHLOG, SITES)


@pytest.fixture(scope="module")
def launches(cleaned) -> pd.DataFrame:
    return cleaned[0].set_index("Launch_Tag", drop=False)


@pytest.fixture(scope="module")
def rejects(cleaned) -> pd.DataFrame:
    return cleaned[1]


# --- reading ---------------------------------------------------------------


def test_read_launchlog_strips_padding_and_keeps_line_numbers(payloads):
    assert len(payloads) == 20
    assert payloads["line"].tolist() == list(range(3, 23))  # header is line 1, '# Updated' line 2
    assert payloads["Launch_Tag"].iloc[0] == "1957 ALP"  # was '1957 ALP  '
    assert payloads["Launch_Date"].iloc[0] == "1957 Oct  4 1928:34"  # inner spaces kept
    assert payloads["Type"].iloc[1] == "P F"  # was 'P F         '
    assert payloads["Platform"].isna().all()  # '-' means empty
    assert payloads["file"].unique().tolist() == ["launchlog_small.tsv"]
    for column in gcat.LAUNCHLOG_REQUIRED:
        assert pd.api.types.is_string_dtype(payloads[column]), column
    assert payloads["line"].dtype == "int64"


def test_read_launchlog_columns_limits_what_is_read():
    few = gcat.read_launchlog(LAUNCHLOG, columns=["LV_Type"])
    assert set(few.columns) == {*gcat.LAUNCHLOG_REQUIRED, "line", "file"}


def test_missing_column_raises_data_error_naming_file_and_column():
    path = FIXTURES / "launchlog_missing_column.tsv"
    with pytest.raises(DataError, match="launchlog_missing_column.tsv.*LVState") as info:
        gcat.read_launchlog(path)
    assert info.value.column == "LVState"
    assert info.value.path == str(path)
    assert info.value.line == 1


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "launchlog.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


HEADER = "#" + "\t".join(gcat.LAUNCHLOG_REQUIRED)
ROW = "\t".join(
    ["2018-005  ", "2018 Jan  9 0324:00", "2018-005A", "Chang Zheng 2D", "Y34", "TYSC", "LC9", "SAST", "CN", "OS"]
)


def test_line_numbers_count_comment_and_blank_lines(tmp_path):
    path = _write(tmp_path, [HEADER, "# Updated", ROW, "", "# a note", ROW.replace("0324", "0325")])
    frame = gcat.read_launchlog(path)
    assert frame["line"].tolist() == [3, 6]


def test_line_with_too_few_fields_raises_data_error(tmp_path):
    path = _write(tmp_path, [HEADER, "# Updated", ROW, ROW.rsplit("\t", 1)[0]])
    with pytest.raises(DataError) as info:
        gcat.read_launchlog(path)
    assert info.value.line == 4
    assert "10 tab-separated fields, got 9" in str(info.value)


def test_read_sites_gives_numbers_and_ucodes():
    sites = gcat.read_sites(SITES).set_index("Site")
    assert sites.loc["NIIP-5", "UCode"] == sites.loc["GIK-5", "UCode"] == "GIK-5"
    assert sites["Longitude"].dtype == "float64"
    assert sites.loc["JQ", "ShortName"] == "Jiuquan"


# --- dates -----------------------------------------------------------------


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision", "uncertain"),
    [
        ("1957 Oct  4 1928:34", utc(1957, 10, 4, 19, 28, 34), utc(1957, 10, 4, 19, 28, 34, 999999), "second", False),
        ("1960 Dec  1", utc(1960, 12, 1), utc(1960, 12, 1, 23, 59, 59, 999999), "day", False),
        ("1962 Jun", utc(1962, 6, 1), utc(1962, 6, 30, 23, 59, 59, 999999), "month", False),
        ("1963 Jun 12?", utc(1963, 6, 12), utc(1963, 6, 12, 23, 59, 59, 999999), "day", True),
        ("2021 Jul 29 1234?", utc(2021, 7, 29, 12, 34), utc(2021, 7, 29, 12, 34, 59, 999999), "minute", True),
        ("2001 Jan  1 23h", utc(2001, 1, 1, 23), utc(2001, 1, 1, 23, 59, 59, 999999), "hour", False),
        ("2024 Feb", utc(2024, 2, 1), utc(2024, 2, 29, 23, 59, 59, 999999), "month", False),
        ("1999", utc(1999, 1, 1), utc(1999, 12, 31, 23, 59, 59, 999999), "year", False),
        ("2024 Dec", utc(2024, 12, 1), utc(2024, 12, 31, 23, 59, 59, 999999), "month", False),
        ("  1957 Oct  4 1928  ", utc(1957, 10, 4, 19, 28), utc(1957, 10, 4, 19, 28, 59, 999999), "minute", False),
    ],
)
def test_parse_gcat_date(text, earliest, latest, precision, uncertain):
    assert gcat.parse_gcat_date(text) == (earliest, latest, precision, uncertain)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2021 Feb 29", "day 29 is not in Feb 2021"),
        ("2021 Foo  1", "unknown month"),
        ("2021 Jan  1 2460", "hour 24"),
        ("2021 Jan  1 1260", "minute 60"),
        # GCAT writes HHMM:SS (no colon between hours and minutes): a third group is not GCAT.
        ("1957 Oct  4 1928:34:12", "expected 'YYYY'"),
        ("1957-10-04", "expected 'YYYY'"),
        ("", "expected 'YYYY'"),
    ],
)
def test_parse_gcat_date_rejects(text, reason):
    with pytest.raises(DateParseError, match=reason):
        gcat.parse_gcat_date(text)


def test_parse_gcat_dates_vectorised():
    dates = pd.Series(["1957 Oct  4 1928:34", "1962 Jun", "1963 Jun 12?", None, "2021 Feb 30"], index=[5, 6, 7, 8, 9])
    out = gcat.parse_gcat_dates(dates)
    assert out.index.tolist() == [5, 6, 7, 8, 9]
    assert str(out["launch_utc"].dtype) == "datetime64[us, UTC]"
    assert out["launch_utc"].iloc[0] == pd.Timestamp("1957-10-04 19:28:34", tz="UTC")
    assert out["date_precision"].astype("str").tolist()[:3] == ["second", "month", "day"]
    assert out["date_uncertain"].tolist() == [False, False, True, False, False]
    assert out["launch_utc"].isna().tolist() == [False, False, False, True, True]
    assert out["date_error"].iloc[3] == "missing date"
    assert out["date_error"].iloc[4] == "day 30 is not in Feb 2021"


_date_text = st.builds(
    lambda year, mon, day, time, q, pad: f"{year}{mon}{day}{time}{q}".rjust(pad),
    st.sampled_from(["1957", "2000", "2024", "0000", "19x7"]),
    st.sampled_from(["", " Jan", " Feb", " Dec", " Foo", " jan"]),
    st.sampled_from(["", "  1", " 29", " 31", " 00", " 3"]),
    st.sampled_from(["", " 1928", " 1928:34", " 2360", " 12h", " 24h", " 1928:34.5", " 1928:34:12", " 0000:60"]),
    st.sampled_from(["", "?"]),
    st.integers(0, 30),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_date_text, min_size=1, max_size=20))
def test_vectorised_and_single_value_parsers_agree(texts):
    out = gcat.parse_gcat_dates(pd.Series(texts, dtype="str"))
    for text, row in zip(texts, out.itertuples()):
        try:
            earliest, _, precision, uncertain = gcat.parse_gcat_date(text)
        except DateParseError as exc:
            assert pd.isna(row.launch_utc) and row.date_error == exc.reason
        else:
            assert pd.isna(row.date_error)
            assert (row.launch_utc, row.date_precision, row.date_uncertain) == (
                pd.Timestamp(earliest),
                precision,
                uncertain,
            )


# --- launch codes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("OS", ("orbital", "success", None, True)),
        ("OF", ("orbital", "failure", None, True)),
        ("OE", ("orbital", "pad explosion", None, False)),
        ("DS", ("deep space", "success", None, True)),
        ("DF", ("deep space", "failure", None, True)),
        ("XS", ("from another world", "success", None, False)),
        ("OS89", ("orbital", "success", 89, True)),
        ("OF40", ("orbital", "failure", 40, True)),
    ],
)
def test_decode_launch_code(code, expected):
    assert gcat.decode_launch_code(code) == expected


@pytest.mark.parametrize("code", ["OZ", "SO", "O", "", "os", "OS-1"])
def test_decode_launch_code_rejects(code):
    with pytest.raises(ValueError, match="launch code"):
        gcat.decode_launch_code(code)


# --- payload rows to launches ---------------------------------------------------


def test_rows_reconcile(cleaned, payloads):
    counts = gcat.reconcile(*cleaned)
    assert counts == {"rows_in": 20, "rows_kept": 15, "rows_rejected": 5, "launches": 13}
    assert counts["rows_in"] == len(payloads)


def test_multi_payload_launch_is_one_launch(launches):
    assert launches.loc["2018-005", "n_payloads"] == 3
    assert launches["Launch_Tag"].is_unique


def test_rejects_name_file_line_column_value_and_reason(rejects):
    assert rejects.columns.tolist() == ["file", "line", "column", "value", "reason"]
    assert rejects["file"].unique().tolist() == ["launchlog_small.tsv"]
    assert rejects["line"].tolist() == [14, 15, 16, 17, 18]
    assert rejects["column"].tolist() == ["Launch_Date"] * 2 + ["LV_Type"] * 2 + ["Launch_Code"]
    assert rejects["value"].tolist() == ["2021 Feb 30 1200"] * 2 + ["Falcon 9", "Falcon Heavy", "OZ"]
    assert rejects["reason"].iloc[0] == "bad date: day 30 is not in Feb 2021"
    assert "2022-100 disagree on LV_Type" in rejects["reason"].iloc[2]
    assert rejects["reason"].iloc[4].startswith("bad launch code")


def test_row_without_launch_tag_is_rejected(payloads):
    broken = payloads.assign(Launch_Tag=payloads["Launch_Tag"].mask(payloads["line"] == 3))
    launches, rejects = gcat.to_launches(broken)
    assert gcat.reconcile(launches, rejects) == {"rows_in": 20, "rows_kept": 14, "rows_rejected": 6, "launches": 12}
    first = rejects.iloc[0]
    assert (first["line"], first["column"], first["reason"]) == (3, "Launch_Tag", "missing launch tag")
    assert pd.isna(first["value"])


def test_rejected_tags_are_not_launches(launches):
    assert not {"2021-099", "2022-100", "2023-050"} & set(launches["Launch_Tag"])


def test_dates_of_launches(launches):
    assert launches.loc["1962-U01", "date_precision"] == "month"
    assert launches.loc["1962-U01", "launch_utc"] == pd.Timestamp("1962-06-01", tz="UTC")
    assert launches.loc["1963-F02", "date_uncertain"]
    assert launches.loc["2021-999", "date_uncertain"]
    assert launches.loc["2021-999", "date_precision"] == "minute"
    assert not launches.loc["1957 ALP", "date_uncertain"]
    assert launches["launch_utc"].is_monotonic_increasing


def test_attempt_flags(launches):
    attempts = launches["is_orbital_attempt"]
    assert not attempts["2016-U01"]  # OE: exploded on the pad
    assert not attempts["2020-087"]  # X: lifted off from the Moon
    assert attempts["2024-030"]  # D: deep space counts
    assert attempts["1960-F15"] and not launches.loc["1960-F15", "is_success"]
    assert launches.loc["2018-050", "success_score"] == 89


def test_sites_map_baikonur_codes_and_uncertain_site(launches):
    assert launches.loc["1957 ALP", "site_group"] == launches.loc["2024-010", "site_group"] == "Baikonur"
    assert launches.loc["1957 ALP", "site_code"] == "NIIP-5"
    assert launches.loc["2024-010", "site_code"] == "GIK-5"
    assert launches.loc["1957 ALP", "site_ucode"] == launches.loc["2024-010", "site_ucode"] == "GIK-5"
    assert launches.loc["2021-999", "Launch_Site"] == "TYSC?"
    assert launches.loc["2021-999", "site_code"] == "TYSC"
    assert launches.loc["2021-999", "site_uncertain"]
    assert launches.loc["2021-999", "site_group"] == "Taiyuan"
    assert launches.loc["1960-F15", "site_group"] == "other"


def test_renamed_site_missing_from_groups_raises(launches):
    sites = gcat.read_sites(SITES)
    groups = gcat.read_site_groups()
    without_gik5 = groups[groups["site_code"] != "GIK-5"]
    with pytest.raises(DataError, match="shares UCode GIK-5"):
        gcat.add_sites(launches.reset_index(drop=True), sites, without_gik5)


def test_unknown_site_raises(launches):
    sites = gcat.read_sites(SITES)
    with pytest.raises(DataError, match="'NIIP-5'.*site code listed in sites.tsv"):
        gcat.add_sites(launches.reset_index(drop=True), sites[sites["Site"] != "NIIP-5"], gcat.read_site_groups())


def test_unknown_state_raises(launches):
    states = gcat.read_states()
    with pytest.raises(DataError, match="'RU'"):
        gcat.add_state_names(launches.reset_index(drop=True), states[states["code"] != "RU"])


# --- aggregates -------------------------------------------------------------


def test_summary_by_state(launches):
    table = gcat.summarise(launches.reset_index(drop=True))["launches_by_year_state"]
    assert table.columns.tolist() == ["year", "state", "state_name", "attempts", "successes", "failures"]
    assert table.to_dict("records") == [
        {"year": 1957, "state": "SU", "state_name": "Soviet Union", "attempts": 1, "successes": 1, "failures": 0},
        {"year": 1960, "state": "US", "state_name": "United States", "attempts": 1, "successes": 0, "failures": 1},
        {"year": 1962, "state": "US", "state_name": "United States", "attempts": 1, "successes": 1, "failures": 0},
        {"year": 1963, "state": "SU", "state_name": "Soviet Union", "attempts": 1, "successes": 0, "failures": 1},
        {"year": 2018, "state": "CN", "state_name": "China", "attempts": 2, "successes": 1, "failures": 1},
        {"year": 2018, "state": "US", "state_name": "United States", "attempts": 1, "successes": 1, "failures": 0},
        {"year": 2021, "state": "CN", "state_name": "China", "attempts": 1, "successes": 1, "failures": 0},
        {"year": 2024, "state": "CN", "state_name": "China", "attempts": 1, "successes": 1, "failures": 0},
        {"year": 2024, "state": "RU", "state_name": "Russia", "attempts": 1, "successes": 1, "failures": 0},
    ]  # no 2016 (OE), no 2020 (X), no 2025 (after the last complete year)


def test_summary_by_site(launches):
    table = gcat.summarise(launches.reset_index(drop=True))["launches_by_year_site"]
    rows = table[["year", "site_group", "site_codes", "attempts", "failures"]].to_dict("records")
    assert rows == [
        {"year": 1957, "site_group": "Baikonur", "site_codes": "NIIP-5", "attempts": 1, "failures": 0},
        {"year": 2018, "site_group": "Jiuquan", "site_codes": "JQ", "attempts": 1, "failures": 1},
        {"year": 2018, "site_group": "Taiyuan", "site_codes": "TYSC", "attempts": 1, "failures": 0},
        {"year": 2021, "site_group": "Taiyuan", "site_codes": "TYSC", "attempts": 1, "failures": 0},
        {"year": 2024, "site_group": "Baikonur", "site_codes": "GIK-5", "attempts": 1, "failures": 0},
        {"year": 2024, "site_group": "Wenchang", "site_codes": "WEN", "attempts": 1, "failures": 0},
    ]


def test_summary_by_family(launches):
    table = gcat.summarise(launches.reset_index(drop=True))["launches_by_year_family"]
    rows = table[["year", "state", "lv_family", "attempts"]].to_dict("records")
    assert rows == [
        {"year": 1960, "state": "US", "lv_family": "Thor/Delta", "attempts": 1},
        {"year": 1962, "state": "US", "lv_family": "Scout", "attempts": 1},
        {"year": 2018, "state": "CN", "lv_family": "Long March", "attempts": 1},
        {"year": 2018, "state": "CN", "lv_family": "Zhuque", "attempts": 1},
        {"year": 2018, "state": "US", "lv_family": "Falcon 9/Heavy", "attempts": 1},
        {"year": 2021, "state": "CN", "lv_family": "Kuaizhou", "attempts": 1},
        {"year": 2024, "state": "CN", "lv_family": "Long March", "attempts": 1},
    ]


def test_family_rules_are_ordered_specific_first():
    families = gcat.read_lv_families()
    types = pd.DataFrame(
        {
            "LV_Type": [
                "Atlas V 551",
                "Atlas Agena D",
                "Delta 4H",
                "Delta 4925-8",
                "Delta 7925",
                "Falcon Heavy",
                "Taurus 3210",
                "Minotaur IV",
                "Chang Zheng 3B/YZ-1",
            ]
        }
    )
    assert gcat.add_lv_family(types, families)["lv_family"].tolist() == [
        "Atlas V",
        "Atlas (before Atlas V)",
        "Delta IV",
        "Thor/Delta",
        "Delta II",
        "Falcon 9/Heavy",
        "Taurus/Minotaur-C",
        "Minotaur",
        "Long March",
    ]


def test_vehicle_without_family_raises(launches):
    frame = launches.reset_index(drop=True).assign(
        lv_family=lambda d: d["lv_family"].mask(d["Launch_Tag"] == "2018-F01")
    )
    with pytest.raises(DataError, match="Zhuque-1"):
        gcat.summarise(frame)


# --- command line and data files ---------------------------------------------


def test_command_writes_sorted_csv_and_sidecars(tmp_path, capsys):
    argv = ["summary", "--launchlog", str(LAUNCHLOG), "--sites", str(SITES), "--out", str(tmp_path)]
    assert gcat.main(argv) == 0
    printed = capsys.readouterr().out
    assert "rows in: 20" in printed and "rejected: 5" in printed
    names = ["launches_by_year_state", "launches_by_year_site", "launches_by_year_family", "gcat_rejects"]
    first = {}
    for name in names:
        data = (tmp_path / f"{name}.csv").read_bytes()
        assert b"\r" not in data
        first[name] = data
        meta = yaml.safe_load((tmp_path / f"{name}.csv.yml").read_text())
        assert {"title", "producer", "citation", "url", "date_accessed", "licence", "derived_by", "notes"} <= set(meta)
        assert meta["sha256"] == provenance.sha256(tmp_path / f"{name}.csv")
        assert meta["bytes"] == len(data)
    rejects = pd.read_csv(tmp_path / "gcat_rejects.csv")
    assert rejects["line"].tolist() == [14, 15, 16, 17, 18]
    assert gcat.main(argv) == 0  # a second run gives the same bytes
    for name in names:
        assert (tmp_path / f"{name}.csv").read_bytes() == first[name]


def test_command_reports_data_error(tmp_path, capsys):
    argv = [
        "summary",
        "--launchlog",
        str(FIXTURES / "launchlog_missing_column.tsv"),
        "--sites",
        str(SITES),
        "--out",
        str(tmp_path),
    ]
    assert gcat.main(argv) == 2
    assert "LVState" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["gcat_site_groups.csv", "gcat_states.csv", "gcat_lv_families.csv"])
def test_mapping_files_have_sidecars(name):
    meta = yaml.safe_load((RAW / f"{name}.yml").read_text())
    assert {"title", "producer", "citation", "url", "date_accessed", "licence", "notes"} <= set(meta)


def test_site_groups_cover_baikonur_and_china():
    groups = gcat.read_site_groups()
    assert set(groups["site_group"]) == {"Baikonur", "Jiuquan", "Taiyuan", "Xichang", "Wenchang", "China sea launch"}
    assert set(groups.loc[groups["site_group"] == "Baikonur", "site_code"]) == {"NIIP-5", "GIK-5"}


# --- the full launch log (optional) --------------------------------------------

GCAT_DIR = os.environ.get("CHINASPACE_GCAT_DIR")


@pytest.fixture(scope="module")
def full() -> tuple[pd.DataFrame, pd.DataFrame, dict[str, pd.DataFrame], Path]:
    if not GCAT_DIR:
        pytest.skip("set CHINASPACE_GCAT_DIR to a folder with GCAT's launchlog_*.tsv and sites.tsv to run this test")
    folder = Path(GCAT_DIR)
    logs = sorted(folder.glob("launchlog_*.tsv"))
    if not logs or not (folder / "sites.tsv").exists():
        pytest.skip(f"CHINASPACE_GCAT_DIR={folder} has no launchlog_*.tsv or no sites.tsv")
    launches, rejects = gcat.load_launches(logs[-1], folder / "sites.tsv")
    return launches, rejects, gcat.summarise(launches), logs[-1]


def test_full_file_reconciles(full):
    launches, rejects, _, path = full
    counts = gcat.reconcile(launches, rejects)
    with path.open("rb") as f:
        data_lines = sum(1 for line in f if not line.startswith(b"#") and line.strip())
    assert counts["rows_in"] == data_lines
    assert counts["rows_rejected"] < 0.01 * counts["rows_in"]
    assert counts["launches"] > 6500


def test_full_file_totals_are_plausible(full):
    _, _, tables, _ = full
    by_state = tables["launches_by_year_state"]
    year = by_state.groupby("year")["attempts"].sum()
    state_2024 = by_state[by_state["year"] == 2024].set_index("state")["attempts"]
    assert 250 <= year[2024] <= 275  # public counts: about 259-263
    assert 60 <= state_2024["CN"] <= 75  # about 68
    assert 135 <= state_2024["US"] <= 165  # about 158 when Rocket Lab's NZ launches count for the USA
    assert year[1957] == 3  # Sputnik 1 and 2, Vanguard TV-3
    state_2018 = by_state[by_state["year"] == 2018].set_index("state")["attempts"]
    assert state_2018["CN"] > state_2018.drop("CN").max()  # China first led the world in 2018
    for year_before in range(1957, 2018):
        counts = by_state[by_state["year"] == year_before].set_index("state")["attempts"]
        assert "CN" not in counts or counts["CN"] <= counts.drop("CN").max()


def test_full_file_tables_agree(full):
    _, _, tables, _ = full
    by_state, by_site, by_family = (
        tables[k] for k in ("launches_by_year_state", "launches_by_year_site", "launches_by_year_family")
    )
    for table in tables.values():
        assert (table["attempts"] == table["successes"] + table["failures"]).all()
        assert table["year"].between(1957, 2024).all()
    cn_state = by_state[by_state["state"] == "CN"].set_index("year")["attempts"]
    cn_family = by_family[by_family["state"] == "CN"].groupby("year")["attempts"].sum()
    pd.testing.assert_series_equal(cn_state, cn_family, check_names=False)
    chinese_sites = by_site[by_site["site_group"] != "Baikonur"].groupby("year")["attempts"].sum()
    assert (chinese_sites.reindex(cn_state.index, fill_value=0) <= cn_state).all()  # lunar ascents are not attempts
    assert set(by_site.loc[by_site["site_group"] == "Baikonur", "site_codes"]) == {"NIIP-5", "GIK-5"}


def test_full_file_matches_committed_aggregates(full):
    """The committed aggregates are what this code derives from the 2025-04-04 release."""
    _, _, tables, path = full
    if path.name != "launchlog_2025-04-04.tsv":
        pytest.skip(f"the committed aggregates come from launchlog_2025-04-04.tsv, not {path.name}")
    for name, table in tables.items():
        committed = (RAW_GCAT / f"{name}.csv").read_text(encoding="utf-8")
        assert table.to_csv(index=False, lineterminator="\n") == committed, name
