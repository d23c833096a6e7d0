"""Read raw CSV files strictly, and write processed ones deterministically.

Reading checks what a careless edit can break before any cleaning starts: the
file exists and is not empty, it is UTF-8, its header has exactly the columns
the schema lists, and every row has as many fields as the header. Each row
keeps the line of the file it started on (the header is line 1), so every
later error can name it.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pandas as pd

from .errors import DataError
from .paths import ROOT
from .schema import TableSchema


def display_path(path: str | Path) -> str:
    """The path relative to the repository root where possible, for messages."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def read_text(path: str | Path) -> str:
    """Read a whole file as UTF-8, or raise DataError naming the line of the first bad byte."""
    path = Path(path)
    shown = display_path(path)
    if not path.exists():
        raise DataError(shown, None, None, None, "an existing file")
    data = path.read_bytes()
    if not data.strip():
        raise DataError(shown, None, None, "", "a non-empty file with a header row")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 4]
        raise DataError(shown, line, None, bad, "UTF-8 text") from None
    return text.removeprefix("\ufeff")


def read_table(path: str | Path, schema: TableSchema) -> pd.DataFrame:
    """Read a raw CSV file as strings, one column per schema column plus ``line``.

    Empty fields become empty strings (never NaN), so a cleaning verb sees
    exactly what the file says. ``line`` is the line each record starts on.

    >>> import tempfile, pathlib
    >>> from chinaspace.schema import ALIASES
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "aliases.csv"
    >>> _ = p.write_text("alias,code,note\\nPRC,CN,\\n", encoding="utf-8")
    >>> read_table(p, ALIASES)
      alias code note  line
    0   PRC   CN          2
    """
    shown = display_path(path)
    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:  # pragma: no cover - read_text already refused empty files
        raise DataError(shown, 1, None, "", "a header row") from None
    header = [h.strip() for h in header]
    missing = [c for c in schema.columns if c not in header]
    if missing:
        raise DataError(shown, 1, missing[0], ",".join(header),
                        f"a header with the column '{missing[0]}' "
                        f"(the {schema.name} columns are: {', '.join(schema.columns)})")
    unknown = [c for c in header if c not in schema.columns]
    if unknown:
        raise DataError(shown, 1, unknown[0], unknown[0],
                        f"only the {schema.name} columns: {', '.join(schema.columns)}")
    duplicated = [c for c in header if header.count(c) > 1]
    if duplicated:
        raise DataError(shown, 1, duplicated[0], duplicated[0], "each column once")
    records, lines = [], []
    line = reader.line_num + 1
    for row in reader:
        if not any(field.strip() for field in row):
            line = reader.line_num + 1
            continue
        if len(row) != len(header):
            raise DataError(shown, line, None, f"{len(row)} fields",
                            f"{len(header)} fields, as in the header")
        records.append([field.strip() for field in row])
        lines.append(line)
        line = reader.line_num + 1
    frame = pd.DataFrame(records, columns=header, dtype="str")
    frame = frame.reindex(columns=list(schema.columns)).fillna("")
    return frame.assign(line=pd.array(lines, dtype="int64"))


def write_csv_atomic(frame: pd.DataFrame, path: str | Path) -> None:
    """Write a frame as CSV to a temporary file beside ``path``, then move it into place.

    The output is deterministic: ``\\n`` line endings, no index, floats as
    pandas writes them. A failure leaves any existing file untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            frame.to_csv(handle, index=False, lineterminator="\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(text: str, path: str | Path) -> None:
    """Write text to ``path`` through a temporary file, as :func:`write_csv_atomic` does."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
