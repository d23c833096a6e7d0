"""Cleaning verbs: each takes a DataFrame and returns a new one, doing one thing.

They are composed with ``.pipe`` in :mod:`chinaspace.build`. A verb that finds a
value it cannot clean raises :class:`~chinaspace.errors.DataError` naming the
file, the line (from the ``line`` column the reader adds), the column, the
value and what was expected. None of them mutates its input.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pandas as pd

from . import dates
from .errors import DataError, DateParseError
from .rawio import display_path
from .schema import TableSchema


def _fail(path, row_line, column, value, expected):
    raise DataError(display_path(path), int(row_line), column, value, expected)


def require_values(frame: pd.DataFrame, schema: TableSchema, path: str | Path) -> pd.DataFrame:
    """Check that the schema's required columns are filled in every row; return the frame.

    >>> from chinaspace.schema import ALIASES
    >>> df = pd.DataFrame({"alias": ["PRC"], "code": [""], "note": [""], "line": [2]})
    >>> require_values(df, ALIASES, "aliases.csv")
    Traceback (most recent call last):
    ...
    chinaspace.errors.DataError: aliases.csv, line 2, column 'code': got ''; expected a value (the column is required)
    """
    for column in schema.required:
        empty = frame[frame[column].str.strip() == ""]
        if len(empty):
            _fail(path, empty["line"].iloc[0], column, "", "a value (the column is required)")
    return frame


def check_vocabulary(frame: pd.DataFrame, schema: TableSchema, path: str | Path) -> pd.DataFrame:
    """Check that coded columns hold only their listed values (or are empty); return the frame."""
    for column, allowed in schema.vocab.items():
        bad = frame[(frame[column] != "") & ~frame[column].isin(allowed)]
        if len(bad):
            _fail(path, bad["line"].iloc[0], column, bad[column].iloc[0],
                  f"one of: {', '.join(allowed)}")
    return frame


def check_unique(frame: pd.DataFrame, column: str, path: str | Path) -> pd.DataFrame:
    """Check that ``column`` has no repeated value; the error names the second occurrence.

    >>> df = pd.DataFrame({"event_id": ["a", "b", "a"], "line": [2, 3, 4]})
    >>> check_unique(df, "event_id", "events.csv")
    Traceback (most recent call last):
    ...
    chinaspace.errors.DataError: events.csv, line 4, column 'event_id': got 'a'; expected a unique id (it is also on line 2)
    """
    seen: dict[str, int] = {}
    for value, line in zip(frame[column], frame["line"]):
        if value in seen:
            _fail(path, line, column, value, f"a unique id (it is also on line {seen[value]})")
        seen[value] = int(line)
    return frame


def split_ids(value: str) -> list[str]:
    """Split a semicolon-separated list of ids, ignoring blanks.

    >>> split_ids("nssdca-change5; xinhua-change5 ;")
    ['nssdca-change5', 'xinhua-change5']
    """
    return [part.strip() for part in str(value).split(";") if part.strip()]


def check_references(
    frame: pd.DataFrame,
    column: str,
    known: Iterable[str],
    path: str | Path,
    what: str,
) -> pd.DataFrame:
    """Check every id in ``column`` (semicolon-separated lists allowed) is in ``known``."""
    known = set(known)
    for value, line in zip(frame[column], frame["line"]):
        for ref in split_ids(value):
            if ref not in known:
                _fail(path, line, column, ref, f"an id that exists in {what}")
    return frame


def _utc_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_dates(
    frame: pd.DataFrame,
    path: str | Path,
    text: str = "date_text",
    tz: str = "tz",
    prefix: str = "",
) -> pd.DataFrame:
    """Parse each row's date expression in its zone into interval columns.

    Adds ``{prefix}start_utc`` and ``{prefix}end_utc`` (ISO 8601, UTC, empty for
    an open end), ``{prefix}precision``, ``{prefix}qualifier``,
    ``{prefix}local_date`` (the date as the source's clock reads it),
    ``{prefix}utc_date`` and ``{prefix}utc_differs``, and ``{prefix}year`` (the
    year the interval starts in, or ends in when it has no start). Rows with an
    empty date text get empty values. A text that does not parse raises
    DataError naming file, line and column.

    >>> df = pd.DataFrame({"date_text": ["24 November 2020 04:30"],
    ...                    "tz": ["Asia/Shanghai"], "line": [2]})
    >>> out = parse_dates(df, "events.csv")
    >>> out[["start_utc", "local_date", "utc_date"]].iloc[0].tolist(), bool(out["utc_differs"].iloc[0])
    (['2020-11-23T20:30:00Z', '2020-11-24', '2020-11-23'], True)
    """
    rows = []
    for value, zone, line in zip(frame[text], frame[tz], frame["line"]):
        if value == "":
            rows.append(("", "", "", "", "", "", False, pd.NA))
            continue
        try:
            d = dates.parse(value, tz=zone or "UTC")
        except DateParseError as exc:
            _fail(path, line, text, value, f"a date expression the parser reads ({exc.reason})")
        year = d.local_start.year if d.local_start is not None else d.local_end.year
        rows.append((_utc_text(d.earliest), _utc_text(d.latest), d.precision, d.qualifier,
                     d.local_date, d.utc_date, d.utc_differs, year))
    names = ["start_utc", "end_utc", "precision", "qualifier", "local_date", "utc_date",
             "utc_differs", "year"]
    columns = list(zip(*rows)) if rows else [[] for _ in names]
    dtypes = ["str"] * 6 + ["bool", "Int64"]
    new = {f"{prefix}{name}": pd.array(list(col), dtype=dtype)
           for name, col, dtype in zip(names, columns, dtypes)}
    return frame.assign(**new)


def check_dated(frame: pd.DataFrame, path: str | Path) -> pd.DataFrame:
    """Check that every event has a date and a zone, except a plan announced without a
    target date; return the frame."""
    undated = frame[(frame["status"] != "planned") & (frame["date_text"] == "")]
    if len(undated):
        _fail(path, undated["line"].iloc[0], "date_text", "",
              "a date (only a planned event may have none)")
    no_zone = frame[(frame["date_text"] != "") & (frame["tz"] == "")]
    if len(no_zone):
        _fail(path, no_zone["line"].iloc[0], "tz", "", "the time zone the source uses, "
              "or 'unspecified'")
    return frame


def check_planned(frame: pd.DataFrame, path: str | Path) -> pd.DataFrame:
    """Check that every planned event says who announced it and when, and that those
    dates parse; return the frame with ``announced_year`` added."""
    years = []
    for status, by, on, line in zip(frame["status"], frame["announced_by"],
                                    frame["announced_on"], frame["line"]):
        if status == "planned":
            if not by:
                _fail(path, line, "announced_by", by, "who announced the plan")
            if not on:
                _fail(path, line, "announced_on", on, "when the plan was announced")
        if on:
            try:
                d = dates.parse(on, tz="unspecified")
            except DateParseError as exc:
                _fail(path, line, "announced_on", on, f"a date expression ({exc.reason})")
            years.append(d.local_start.year if d.local_start is not None else d.local_end.year)
        else:
            years.append(pd.NA)
    return frame.assign(announced_year=pd.array(years, dtype="Int64"))


def add_source_file(frame: pd.DataFrame, path: str | Path) -> pd.DataFrame:
    """Add ``source_file``: the raw file each row came from (beside its ``line``)."""
    return frame.assign(source_file=display_path(path))
