"""The build: deterministic output, reconciled counts, and clear errors on bad input."""

import csv
import io

import pytest

from chinaspace import build
from chinaspace.errors import DataError
from chinaspace.paths import PROCESSED


def rewrite(path, change):
    """Read a CSV as rows, let ``change`` edit them, write them back."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows = change(rows)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def test_rebuild_gives_the_committed_bytes(tmp_path):
    result = build.build()
    written = build.write(result, tmp_path)
    assert written, "the build wrote nothing"
    for path in written:
        committed = PROCESSED / path.name
        assert committed.exists(), f"{path.name} is built but not committed"
        assert path.read_bytes() == committed.read_bytes(), (
            f"{path.name} differs from data/processed; run `make data` and commit"
        )


def test_counts_reconcile():
    result = build.build()
    assert result.counts
    for row in result.counts:
        assert row["rows_in"] == row["rows_out"] + row["rows_rejected"]
    events_out = sum(r["rows_out"] for r in result.counts if r["table"] == "events")
    assert events_out == len(result.tables["events"])


def test_count_refuses_rows_that_vanish():
    with pytest.raises(AssertionError, match="rows in"):
        build.BuildResult().count("events", "x.csv", rows_in=10, rows_out=9)


def events_file(raw):
    return raw / "events" / "china_crewed.csv"


def drop_column(name):
    def change(rows):
        i = rows[0].index(name)
        return [r[:i] + r[i + 1 :] for r in rows]
    return change


def set_field(row_number, column, value):
    def change(rows):
        rows[row_number][rows[0].index(column)] = value
        return rows
    return change


def duplicate_row(row_number):
    def change(rows):
        return rows + [rows[row_number]]
    return change


def add_column(rows):
    return [r + (["extra"] if i == 0 else [""]) for i, r in enumerate(rows)]


BAD_INPUTS = [
    ("missing column", drop_column("tz"), 1, "'tz'", "a header with the column 'tz'"),
    ("unknown column", add_column, 1, "'extra'", "only the events columns"),
    ("date that does not parse", set_field(3, "date_text", "the day after launch"), 4,
     "'date_text'", "a date expression the parser reads"),
    ("duplicate id", duplicate_row(2), None, "'event_id'", "a unique id"),
    ("unknown country spelling", set_field(5, "country", "Cathay"), 6, "'country'",
     "aliases.csv"),
    ("unknown source id", set_field(2, "source_id", "no-such-source"), 3, "'source_id'",
     "an id that exists in sources.csv"),
    ("unknown vocabulary", set_field(2, "status", "done"), 3, "'status'", "one of: achieved"),
]


@pytest.mark.parametrize("case, change, line, column, expected", BAD_INPUTS,
                         ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_stops_the_build_with_a_clear_error(raw_copy, tmp_path, case, change, line,
                                                      column, expected):
    path = events_file(raw_copy)
    rewrite(path, change)
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.csv").write_text("committed\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        build.run(raw_copy, out)
    message = str(info.value)
    assert "events/china_crewed.csv" in message
    assert column in message
    assert expected in message
    if line is not None:
        assert f"line {line}," in message
    else:
        assert info.value.line is not None
    # Nothing was written: the processed data is untouched.
    assert (out / "events.csv").read_text(encoding="utf-8") == "committed\n"
    assert sorted(p.name for p in out.iterdir()) == ["events.csv"]


def test_empty_file_is_refused(raw_copy):
    events_file(raw_copy).write_text("", encoding="utf-8")
    with pytest.raises(DataError, match=r"china_crewed.csv: got ''; expected a non-empty file"):
        build.build(raw_copy)


def test_non_utf8_file_is_refused_with_its_line(raw_copy):
    path = events_file(raw_copy)
    lines = path.read_bytes().split(b"\n")
    lines[4] = lines[4] + "Zhai Zhigang".encode("utf-8") + "é".encode("latin-1")
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(DataError, match=r"china_crewed.csv, line 5: .*expected UTF-8 text"):
        build.build(raw_copy)


def test_ragged_row_is_refused(raw_copy):
    path = events_file(raw_copy)
    path.write_text(path.read_text(encoding="utf-8") + "only,three,fields\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 42: got '3 fields'; expected 18 fields"):
        build.build(raw_copy)


def test_id_repeated_across_files_is_refused(raw_copy):
    other = raw_copy / "events" / "world_firsts.csv"
    rows = list(csv.reader(io.StringIO(other.read_text(encoding="utf-8"), newline="")))
    taken = rows[1][0]
    rewrite(events_file(raw_copy), set_field(1, "event_id", taken))
    with pytest.raises(DataError, match="an id not already used in"):
        build.build(raw_copy)


def test_claim_linking_an_unknown_event_is_refused(raw_copy):
    rewrite(raw_copy / "claims.csv", set_field(1, "event_ids", "no-such-event"))
    with pytest.raises(DataError, match=r"claims.csv, line 2, column 'event_ids'"):
        build.build(raw_copy)


def test_planned_event_must_say_who_announced_it(raw_copy):
    path = raw_copy / "events" / "china_moon_mars.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    planned = next(i for i, r in enumerate(rows) if "planned" in r)
    rewrite(path, set_field(planned, "announced_by", ""))
    with pytest.raises(DataError, match=f"line {planned + 1}, column 'announced_by'"):
        build.build(raw_copy)


def test_plan_statement_of_an_event_that_is_not_a_plan_is_refused(raw_copy):
    rewrite(raw_copy / "plan_statements.csv", set_field(1, "plan_event_id", "shenzhou5-launch"))
    with pytest.raises(DataError, match=r"plan_statements.csv, line 2, column 'plan_event_id'"):
        build.build(raw_copy)
