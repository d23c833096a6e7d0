"""Find every problem in a raw events file at once, rather than stopping at the first.

The build stops at the first bad value, which is right for a build. Someone fixing
a file wants the whole list: :func:`event_problems` runs every check on every row
and returns one row per problem (file, line, column, value, expected).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import names
from .clean import (
    check_dated,
    check_planned,
    check_references,
    check_vocabulary,
    parse_dates,
    require_values,
)
from .errors import DataError
from .rawio import display_path, read_table
from .schema import EVENTS

PROBLEM_COLUMNS = ["file", "line", "column", "value", "expected"]


def _row_checks(aliases: dict[str, str], source_ids: set[str], path):
    return [
        lambda f: require_values(f, EVENTS, path),
        lambda f: check_vocabulary(f, EVENTS, path),
        lambda f: check_dated(f, path),
        lambda f: names.harmonise_countries(f, aliases, path),
        lambda f: parse_dates(f, path),
        lambda f: parse_dates(f, path, text="alt_date_text", tz="alt_tz", prefix="alt_"),
        lambda f: check_planned(f, path),
        lambda f: check_references(f, "source_id", source_ids, path, "sources.csv"),
        lambda f: check_references(f, "other_source_ids", source_ids, path, "sources.csv"),
        lambda f: check_references(f, "alt_source_id", source_ids, path, "sources.csv"),
    ]


def event_problems(path: str | Path, aliases: dict[str, str] | None = None,
                   source_ids: set[str] | None = None) -> pd.DataFrame:
    """Every problem in an events file: one row per (row, check) that fails.

    A file that cannot be read at all (not UTF-8, wrong columns) gives a single
    problem for the whole file. ``aliases`` and ``source_ids`` default to the
    project's own tables.
    """
    from . import load

    aliases = names.load_aliases() if aliases is None else aliases
    source_ids = set(load.sources()["source_id"]) if source_ids is None else source_ids
    try:
        frame = read_table(path, EVENTS)
    except DataError as exc:
        return pd.DataFrame([_as_row(exc)], columns=PROBLEM_COLUMNS)
    found = []
    seen: dict[str, int] = {}
    for event_id, line in zip(frame["event_id"], frame["line"]):
        if event_id in seen:
            found.append({"file": display_path(path), "line": int(line), "column": "event_id",
                          "value": event_id,
                          "expected": f"a unique id (it is also on line {seen[event_id]})"})
        seen.setdefault(event_id, int(line))
    checks = _row_checks(aliases, source_ids, path)
    for i in range(len(frame)):
        row = frame.iloc[[i]]
        for check in checks:
            try:
                check(row)
            except DataError as exc:
                found.append(_as_row(exc))
    return (pd.DataFrame(found, columns=PROBLEM_COLUMNS)
            .sort_values(["line", "column"], kind="stable").reset_index(drop=True))


def _as_row(exc: DataError) -> dict:
    return {"file": exc.path, "line": exc.line, "column": exc.column,
            "value": exc.value, "expected": exc.expected}
