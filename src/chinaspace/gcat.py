"""Read GCAT's launch log and derive counts of orbital launch attempts.

GCAT, the General Catalog of Artificial Space Objects by Jonathan McDowell
(https://planet4589.org/space/gcat/), publishes its tables as tab-separated text:
line 1 is the header with a leading ``#``, line 2 a ``# Updated ...`` comment,
every field is padded with spaces and ``-`` means empty.

The launch log (``launchlog.tsv``) has one row per *payload*; a launch is a unique
``Launch_Tag``. This module reads it (:func:`read_launchlog`), cleans it to one row
per launch (:func:`to_launches`, with a rejects table for what cannot be cleaned),
adds geography, state names and vehicle families from small data files
(:func:`add_sites`, :func:`add_state_names`, :func:`add_lv_family`) and counts
orbital launch attempts (:func:`summarise`).

Quirks of the source that the code relies on:

* Launches count for ``LVState``, the state of the launching *agency*, not the
  state where the site is: Arianespace's Soyuz flights from Kourou count for
  France (F), Rocket Lab's Electron flights from Mahia for New Zealand (NZ).
* An orbital launch attempt is a launch code starting O (orbital) or D (deep
  space), except OE (the rocket exploded on the pad before launch). X (launched
  from another world, e.g. a lunar ascent stage) is never an attempt.
* Site codes change over time while the place stays: Baikonur is ``NIIP-5`` until
  1989 and ``GIK-5`` after. ``sites.tsv`` links the codes of one place through its
  ``UCode`` column; its ``Parent`` column names the operating organisation
  (RVSN, CN, USAF ...), not a place.

Command line::

    python -m chinaspace.gcat summary --launchlog PATH --sites PATH --out DIR
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import logging
import re
import shlex
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from chinaspace.errors import DataError, DateParseError
from chinaspace.paths import RAW, RAW_GCAT
from chinaspace.provenance import sidecar_path, update_checksum
from chinaspace.rawio import display_path, write_csv_atomic

log = logging.getLogger(__name__)

__all__ = [
    "LAUNCHLOG_REQUIRED",
    "LAUNCH_FIELDS",
    "PRECISIONS",
    "SITES_REQUIRED",
    "add_lv_family",
    "add_sites",
    "add_state_names",
    "decode_launch_code",
    "decode_launch_codes",
    "load_launches",
    "main",
    "parse_gcat_date",
    "parse_gcat_dates",
    "read_launchlog",
    "read_lv_families",
    "read_site_groups",
    "read_sites",
    "read_states",
    "reconcile",
    "summarise",
    "write_summary",
]

SITE_GROUPS_CSV = RAW / "gcat_site_groups.csv"
STATES_CSV = RAW / "gcat_states.csv"
LV_FAMILIES_CSV = RAW / "gcat_lv_families.csv"

#: Columns of the launch log that this module needs; any other column is kept as text.
LAUNCHLOG_REQUIRED = (
    "Launch_Tag",
    "Launch_Date",
    "Piece",
    "LV_Type",
    "Flight_ID",
    "Launch_Site",
    "Launch_Pad",
    "Agency",
    "LVState",
    "Launch_Code",
)

#: Fields that describe the launch, not the payload: every payload row of a
#: launch tag must agree on them.
LAUNCH_FIELDS = (
    "Launch_Date",
    "LV_Type",
    "Flight_ID",
    "Launch_Site",
    "Launch_Pad",
    "Agency",
    "LVState",
    "Launch_Code",
)

SITES_REQUIRED = ("Site", "UCode", "Type", "StateCode", "ShortName", "Name", "Parent")
_SITES_FLOAT = ("Longitude", "Latitude", "Error")

#: Precision of a GCAT date, coarsest last.
PRECISIONS = ("second", "minute", "hour", "day", "month", "year")
PRECISION_DTYPE = pd.CategoricalDtype(list(PRECISIONS), ordered=False)
UTC_US = "datetime64[us, UTC]"

FIRST_YEAR = 1957
LAST_YEAR = 2024  # the 2025-04-04 release stops in April 2025: 2025 is incomplete

# ---------------------------------------------------------------------------
# Reading GCAT's padded TSV
# ---------------------------------------------------------------------------


def _strip_padding(data: bytes) -> bytes:
    """Remove the spaces that pad GCAT fields, working on the whole file at once.

    Splitting at the few places where a space touches a tab or a newline is much
    faster than stripping every field of every column after parsing.

    >>> _strip_padding(b"#A  \\tB\\n1957 ALP  \\t  x y \\n")
    b'#A\\tB\\n1957 ALP\\tx y\\n'
    """
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
    # Where is there padding? numpy finds out in one pass each; `b"\t " in data`
    # would be three times slower on a 4 MB file.
    arr = np.frombuffer(data, dtype=np.uint8)
    space, tab, newline = arr == 32, arr == 9, arr == 10
    for sep, is_sep in ((b"\t", tab), (b"\n", newline)):
        if np.any(space[:-1] & is_sep[1:]):  # spaces before a separator
            data = sep.join([part.rstrip(b" ") for part in data.split(b" " + sep)])
        if np.any(is_sep[:-1] & space[1:]):  # spaces after a separator
            head, *rest = data.split(sep + b" ")
            data = sep.join([head, *(part.lstrip(b" ") for part in rest)])
    return data.strip(b" ")


def _read_gcat_table(
    path: str | Path,
    required: Sequence[str],
    floats: Sequence[str] = (),
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Read one GCAT table: text columns as ``str`` (``-`` → missing), plus ``line``.

    ``line`` is the line number a text editor shows (the header is line 1), so a
    value can be found in the file. Comment and blank lines are skipped but
    counted. ``columns`` limits the columns read (the required ones are always
    read). A missing required column or a line with the wrong number of fields
    raises :class:`DataError`.
    """
    path = Path(path)
    data = _strip_padding(path.read_bytes())
    end = len(data) - 1 if data.endswith(b"\n") else len(data)
    if not data.startswith(b"#"):
        raise DataError(path, 1, None, data[:40].decode("utf-8", "replace"), "a GCAT header line starting with '#'")
    header = data[1 : data.find(b"\n") if b"\n" in data else end].decode("utf-8")
    names = header.split("\t")  # the leading '#' is not part of the first name
    for column in required:
        if column not in names:
            raise DataError(path, 1, column, header, f"a header with column '{column}'")

    # Line numbers: comment ('#') and blank lines are skipped but counted.
    arr = np.frombuffer(data, dtype=np.uint8, count=end)
    starts = np.concatenate(([0], np.flatnonzero(arr == 10) + 1))
    first_byte = np.append(arr, 10)[starts]  # 10 (newline) for a blank line
    skip = (first_byte == ord("#")) | (first_byte == 10)
    skip[0] = False  # the header
    skipped = np.flatnonzero(skip)
    line_no = np.flatnonzero(~skip)[1:] + 1  # 1-based, header excluded
    # A line with too many fields makes read_csv fail; one with too few would be
    # padded with missing values, so compare the number of tabs with what is expected.
    bounds = np.append(starts, end + 1)
    skipped_tabs = sum(data.count(b"\t", bounds[i], bounds[i + 1]) for i in skipped)
    expected_tabs = (len(line_no) + 1) * (len(names) - 1)
    if np.count_nonzero(arr == 9) - skipped_tabs != expected_tabs:
        _raise_field_count(path, data, end, len(names), set(skipped.tolist()))

    wanted = None if columns is None else {*required, *columns}
    frame = pd.read_csv(
        io.BytesIO(data),
        sep="\t",
        header=0,
        names=names,
        usecols=None if wanted is None else [n for n in names if n in wanted],
        skiprows=skipped.tolist(),
        dtype="str",
        na_values=["-"],
        keep_default_na=False,
        quoting=csv.QUOTE_NONE,
        encoding="utf-8",
        low_memory=False,
    )
    frame = frame.assign(line=pd.Series(line_no, index=frame.index, dtype="int64"))
    for column in floats:
        if column in frame.columns:
            frame = frame.assign(**{column: _to_float(frame, column, path)})
    return frame


def _raise_field_count(path: Path, data: bytes, end: int, n_columns: int, skipped: set[int]) -> None:
    """Find the first line whose number of fields is wrong, and raise DataError for it."""
    for index, text in enumerate(data[:end].split(b"\n")):
        n_fields = text.count(b"\t") + 1
        if index not in skipped and n_fields != n_columns:
            raise DataError(
                path,
                index + 1,
                None,
                text[:80].decode("utf-8", "replace"),
                f"{n_columns} tab-separated fields, got {n_fields}",
            )
    raise AssertionError("field count mismatch not found")  # pragma: no cover


def _to_float(frame: pd.DataFrame, column: str, path: Path) -> pd.Series:
    values = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    bad = values.isna() & frame[column].notna()
    if bad.any():
        i = bad.idxmax()
        raise DataError(path, int(frame.at[i, "line"]), column, frame.at[i, column], "a number")
    return values


def read_launchlog(path: str | Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Read GCAT's ``launchlog.tsv``: one row per payload, text stripped of padding.

    Every source column (or only ``columns``, plus :data:`LAUNCHLOG_REQUIRED`,
    which is what :func:`load_launches` reads) is kept with dtype ``str`` (``-``
    becomes missing), with ``Launch_Tag`` for the header's ``#Launch_Tag``;
    ``line`` (int64) is the source line of the row (header = line 1, the
    ``# Updated`` comment = line 2) and ``file`` the file name, for the rejects
    table. A file without one of :data:`LAUNCHLOG_REQUIRED` raises
    :class:`DataError` naming file and column; so does a line with the wrong
    number of fields.

    >>> import tempfile
    >>> text = ("#Launch_Tag\\tLaunch_Date\\tPiece\\tLV_Type\\tFlight_ID\\tLaunch_Site\\t"
    ...         "Launch_Pad\\tAgency\\tLVState\\tLaunch_Code\\n# Updated 2025 Apr  4\\n"
    ...         "1957 ALP  \\t1957 Oct  4 1928:34\\t1957 ALP 2\\tSputnik 8K71PS\\tM1-PS\\t"
    ...         "NIIP-5\\tLC1\\tMVS\\tSU\\tOS\\n")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "launchlog.tsv"
    ...     _ = p.write_text(text)
    ...     df = read_launchlog(p)
    >>> df[["Launch_Tag", "Launch_Date", "Launch_Pad", "line"]].to_dict("records")
    [{'Launch_Tag': '1957 ALP', 'Launch_Date': '1957 Oct  4 1928:34', 'Launch_Pad': 'LC1', 'line': 3}]
    >>> str(df["Launch_Tag"].dtype), str(df["line"].dtype)
    ('str', 'int64')
    """
    path = Path(path)
    return _read_gcat_table(path, LAUNCHLOG_REQUIRED, columns=columns).assign(file=path.name)


def read_sites(path: str | Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Read GCAT's ``sites.tsv``: one row per site code.

    Text columns are ``str`` (``-`` → missing); ``Longitude``, ``Latitude`` and
    ``Error`` are float64; ``line`` is the source line. ``Site`` (the header's
    ``#Site``) is the code the launch log uses in ``Launch_Site``; ``UCode`` is the
    code shared by all codes of one place (``NIIP-5`` and ``GIK-5`` both have
    ``GIK-5``). ``columns`` limits the columns read (:data:`SITES_REQUIRED` are
    always read). A duplicated site code raises :class:`DataError`.
    """
    path = Path(path)
    frame = _read_gcat_table(path, SITES_REQUIRED, _SITES_FLOAT, columns=columns).assign(file=path.name)
    dup = frame["Site"].duplicated()
    if dup.any():
        i = dup.idxmax()
        raise DataError(path, int(frame.at[i, "line"]), "Site", frame.at[i, "Site"], "unique site codes")
    return frame


def _read_mapping(path: str | Path, columns: Sequence[str], key: str) -> pd.DataFrame:
    """Read one of the project's small mapping CSVs: all ``str``, empty → missing,
    ``line`` = line in the file; checks columns, a unique ``key`` and that the first
    two columns are filled."""
    path = Path(path)
    with path.open(newline="", encoding="utf-8") as f:
        header, *body = list(csv.reader(f))
    for column in columns:
        if column not in header:
            raise DataError(path, 1, column, header, f"a column '{column}'")
    frame = pd.DataFrame([[v if v != "" else None for v in row] for row in body], columns=header, dtype="str").assign(
        line=lambda d: pd.Series(np.arange(2, len(d) + 2), index=d.index, dtype="int64")
    )
    dup = frame[key].duplicated()
    if dup.any():
        i = dup.idxmax()
        raise DataError(path, int(frame.at[i, "line"]), key, frame.at[i, key], f"unique values of {key}")
    missing = frame[list(columns[:2])].isna().any(axis=1)
    if missing.any():
        i = missing.idxmax()
        raise DataError(path, int(frame.at[i, "line"]), None, None, f"values in {columns[0]} and {columns[1]}")
    return frame


def read_site_groups(path: str | Path = SITE_GROUPS_CSV) -> pd.DataFrame:
    """Read the project's site-group table (site_code, site_group, note)."""
    return _read_mapping(path, ("site_code", "site_group", "note"), "site_code")


def read_states(path: str | Path = STATES_CSV) -> pd.DataFrame:
    """Read the project's table of GCAT state codes and names (code, name)."""
    return _read_mapping(path, ("code", "name"), "code")


def read_lv_families(path: str | Path = LV_FAMILIES_CSV) -> pd.DataFrame:
    """Read the launch-vehicle family rules (pattern, family, note).

    ``pattern`` is a regular expression matched at the start of ``LV_Type``; the
    first row that matches gives the family, so specific rows come before general
    ones (``Atlas V`` before ``Atlas``).
    """
    frame = _read_mapping(path, ("pattern", "family", "note"), "pattern")
    for row in frame.itertuples():
        try:
            re.compile(row.pattern)
        except re.error as exc:
            raise DataError(path, row.line, "pattern", row.pattern, f"a regular expression ({exc})") from None
    return frame


# ---------------------------------------------------------------------------
# Vague dates
# ---------------------------------------------------------------------------

_MONTHS = {name: i for i, name in enumerate(calendar.month_abbr) if name}
# GCAT's vague date: "YYYY[ Mon[ DD[ HHh| HHMM[:SS[.s]]]]][?]". No colon between
# hours and minutes: "1928:34" is 19:28:34 (the seconds follow the colon).
_DATE_PATTERN = (
    r"(?P<year>\d{4})"
    r"(?: +(?P<mon>[A-Za-z]+)"
    r"(?: +(?P<day>\d{1,2})"
    r"(?: +(?:(?P<hh>\d{2})h|(?P<hhmm>\d{4})(?::(?P<ss>\d{2})(?P<frac>\.\d{1,6})?)?))?"
    r")?)?"
    r"(?P<q>\?)?"
)
_DATE_RX = re.compile(_DATE_PATTERN, re.ASCII)
_DATE_FORMS = (
    "'YYYY', 'YYYY Mon', 'YYYY Mon DD', 'YYYY Mon DD HHh', 'YYYY Mon DD HHMM' or "
    "'YYYY Mon DD HHMM:SS', optionally ending in '?'"
)


def _next_boundary(start: datetime, precision: str, frac_digits: int = 0) -> datetime:
    if precision == "year":
        return start.replace(year=start.year + 1)
    if precision == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    step = {
        "day": timedelta(days=1),
        "hour": timedelta(hours=1),
        "minute": timedelta(minutes=1),
        "second": timedelta(seconds=10.0**-frac_digits),
    }[precision]
    return start + step


def parse_gcat_date(text: str) -> tuple[datetime, datetime, str, bool]:
    """Parse one GCAT vague date into ``(earliest, latest, precision, uncertain)``.

    ``earliest`` and ``latest`` are timezone-aware UTC datetimes bounding the
    interval the text names (``latest`` is its last microsecond); ``precision`` is
    one of :data:`PRECISIONS`; ``uncertain`` is True for a trailing ``?`` (GCAT's
    mark of a doubtful value, which does not widen the interval). Surrounding
    padding is ignored. Raises :class:`~chinaspace.errors.DateParseError`.

    >>> e, l, p, u = parse_gcat_date("1957 Oct  4 1928:34")
    >>> e.isoformat(), l.isoformat(), p, u
    ('1957-10-04T19:28:34+00:00', '1957-10-04T19:28:34.999999+00:00', 'second', False)
    >>> e, l, p, u = parse_gcat_date("1962 Jun")
    >>> e.isoformat(), l.isoformat(), p, u
    ('1962-06-01T00:00:00+00:00', '1962-06-30T23:59:59.999999+00:00', 'month', False)
    >>> parse_gcat_date("1963 Jun 12?")[2:]
    ('day', True)
    >>> parse_gcat_date("2021 Jul 29 1234?")[0].isoformat(), parse_gcat_date("2021 Jul 29 1234?")[2]
    ('2021-07-29T12:34:00+00:00', 'minute')
    >>> parse_gcat_date("2021 Feb 30")
    Traceback (most recent call last):
    chinaspace.errors.DateParseError: cannot parse date expression '2021 Feb 30': day 30 is not in Feb 2021
    """
    if not isinstance(text, str):
        raise DateParseError(text, "not a string")
    m = _DATE_RX.fullmatch(text.strip())
    if m is None:
        raise DateParseError(text, f"expected {_DATE_FORMS}")
    g = m.groupdict()
    comps, precision, frac_digits = _components(g)
    problem = _check_components(comps)
    if problem:
        raise DateParseError(text, problem)
    year, month, day, hour, minute, second, micro = comps
    start = datetime(year, month or 1, day or 1, hour, minute, second, micro, tzinfo=UTC)
    end = _next_boundary(start.replace(microsecond=0) if frac_digits == 0 else start, precision, frac_digits)
    return start, end - timedelta(microseconds=1), precision, g["q"] is not None


def _components(g: Mapping[str, str | None]) -> tuple[tuple, str, int]:
    month = _MONTHS.get(g["mon"], -1) if g["mon"] else None
    day = int(g["day"]) if g["day"] else None
    hour = minute = second = micro = 0
    frac_digits = 0
    if g["hh"]:
        hour, precision = int(g["hh"]), "hour"
    elif g["hhmm"]:
        hour, minute = int(g["hhmm"][:2]), int(g["hhmm"][2:])
        precision = "minute"
        if g["ss"]:
            second, precision = int(g["ss"]), "second"
            if g["frac"]:
                frac_digits = len(g["frac"]) - 1
                micro = round(float(g["frac"]) * 1_000_000)
    else:
        precision = "day" if day is not None else "month" if month is not None else "year"
    comps = (int(g["year"]), month, day, hour, minute, second, micro)
    return comps, precision, frac_digits


def _check_components(comps: tuple) -> str | None:
    year, month, day, hour, minute, second, _ = comps
    if year < 1:
        return "year 0000 is not a calendar year"
    if month == -1:
        return "unknown month name (expected Jan ... Dec)"
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"day {day} is not in {calendar.month_abbr[month]} {year}"
    if hour > 23:
        return f"hour {hour} out of range 00-23"
    if minute > 59:
        return f"minute {minute} out of range 00-59"
    if second > 59:
        return f"second {second} out of range 00-59"
    return None


# Character classes for the vectorised parser: the date regex (compiled with
# re.ASCII) treats every character of one class alike, so all strings with the same
# class string ("shape") match or fail alike, with the same group spans.
_CLASS = np.full(129, ord("#"), dtype=np.uint8)  # '#': any character the format never has
_CLASS[0] = 0  # numpy's padding of short strings
_CLASS[ord("0") : ord("9") + 1] = ord("9")
_CLASS[ord("A") : ord("Z") + 1] = ord("a")
_CLASS[ord("a") : ord("z") + 1] = ord("a")
for _c in " :.?h":
    _CLASS[ord(_c)] = ord(_c)
_MONTH_KEYS = {(ord(m[0]) << 16) | (ord(m[1]) << 8) | ord(m[2]): i for m, i in _MONTHS.items()}
_MONTH_KEY_SORTED = np.array(sorted(_MONTH_KEYS), dtype=np.int64)
_MONTH_OF_KEY = np.array([_MONTH_KEYS[k] for k in sorted(_MONTH_KEYS)], dtype=np.int64)


def _date_fields(texts: list[str]) -> dict[str, np.ndarray]:
    """Split GCAT dates into numeric fields, vectorised: the regex runs once per
    distinct shape (about a hundred in the whole launch log), numpy does the rest.
    Fields of a value that does not match are meaningless; ``matched`` says which."""
    n = len(texts)
    width = max(map(len, texts), default=1) or 1
    cp = np.array(texts, dtype=f"U{width}").view(np.uint32).reshape(n, width)
    shape_bytes = _CLASS[np.minimum(cp, 128)]
    # numpy drops trailing NUL characters: such a value must not pass for a date.
    intact = np.count_nonzero(cp, axis=1) == np.array([len(t) for t in texts], dtype=np.int64)
    shapes, inverse = np.unique(shape_bytes.view(f"S{width}").ravel(), return_inverse=True)
    zeros = np.zeros(n, dtype=np.int64)
    out = {k: zeros.copy() for k in ("year", "month", "day", "hour", "minute", "second", "micro", "precision")}
    out |= {k: np.zeros(n, dtype=bool) for k in ("matched", "has_day", "uncertain")}
    first_of_shape = np.zeros(len(shapes), dtype=np.int64)
    first_of_shape[inverse[::-1]] = np.arange(n)[::-1]

    def digits(rows: np.ndarray, span: tuple[int, int]) -> np.ndarray:
        block = cp[np.ix_(rows, np.arange(*span))].astype(np.int64) - ord("0")
        return block @ (10 ** np.arange(span[1] - span[0] - 1, -1, -1, dtype=np.int64))

    for k, i in enumerate(first_of_shape):
        m = _DATE_RX.fullmatch(texts[i])
        if m is None:
            continue
        rows = np.flatnonzero((inverse == k) & intact)
        out["matched"][rows] = True
        out["year"][rows] = digits(rows, m.span("year"))
        if m["mon"] is not None:
            s, e = m.span("mon")
            if e - s == 3:
                c = cp[rows, s : s + 3].astype(np.int64)
                keys = (c[:, 0] << 16) | (c[:, 1] << 8) | c[:, 2]
                at = np.minimum(np.searchsorted(_MONTH_KEY_SORTED, keys), 11)
                out["month"][rows] = np.where(_MONTH_KEY_SORTED[at] == keys, _MONTH_OF_KEY[at], -1)
            else:
                out["month"][rows] = -1
        if m["day"] is not None:
            out["day"][rows] = digits(rows, m.span("day"))
            out["has_day"][rows] = True
        if m["hh"] is not None:
            out["hour"][rows] = digits(rows, m.span("hh"))
        if m["hhmm"] is not None:
            hhmm = digits(rows, m.span("hhmm"))
            out["hour"][rows], out["minute"][rows] = hhmm // 100, hhmm % 100
        if m["ss"] is not None:
            out["second"][rows] = digits(rows, m.span("ss"))
        if m["frac"] is not None:
            s, e = m.span("frac")
            out["micro"][rows] = digits(rows, (s + 1, e)) * 10 ** (6 - (e - s - 1))
        # codes into PRECISIONS: second, minute, hour, day, month, year
        out["precision"][rows] = (
            0 if m["ss"] else 1 if m["hhmm"] else 2 if m["hh"] else 3 if m["day"] else 4 if m["mon"] else 5
        )
        out["uncertain"][rows] = m["q"] is not None
    return out


def parse_gcat_dates(dates: pd.Series) -> pd.DataFrame:
    """Parse a column of GCAT vague dates, vectorised over its distinct values.

    Returns a frame on the same index with ``launch_utc`` (datetime64[us, UTC], the
    start of the interval: precision as given, e.g. ``1962 Jun`` → 1962-06-01
    00:00), ``date_precision`` (categorical, one of :data:`PRECISIONS`),
    ``date_uncertain`` (bool, trailing ``?``) and ``date_error`` (str, missing when
    the value parsed; the reason otherwise, with ``launch_utc`` NaT). Agrees with
    :func:`parse_gcat_date` value by value.

    >>> out = parse_gcat_dates(pd.Series(["1960 Dec  1", "1963 Jun 12?", "1962 Jun", "bad"]))
    >>> out["launch_utc"].dt.strftime("%Y-%m-%d %H:%M").tolist()
    ['1960-12-01 00:00', '1963-06-12 00:00', '1962-06-01 00:00', nan]
    >>> out["date_precision"].tolist(), out["date_uncertain"].tolist()
    (['day', 'day', 'month', nan], [False, True, False, False])
    >>> out["date_error"].notna().tolist()
    [False, False, False, True]
    """
    codes, uniques = pd.factorize(dates)
    texts = [str(t).strip() for t in uniques.tolist()]
    n = len(texts)
    fields = _date_fields(texts)
    year, month, day, has_day = (fields[k] for k in ("year", "month", "day", "has_day"))
    hour, minute, second, micro = (fields[k] for k in ("hour", "minute", "second", "micro"))
    matched, precision, uncertain = (fields[k] for k in ("matched", "precision", "uncertain"))

    ok = matched & (month != -1) & (year >= 1)
    months = (np.where(ok, year, 1970) - 1970) * 12 + np.maximum(month, 1) - 1
    first_day = months.astype("datetime64[M]").astype("datetime64[D]")
    n_days = ((months + 1).astype("datetime64[M]").astype("datetime64[D]") - first_day).astype(np.int64)
    ok &= (day <= n_days) & ((day >= 1) | ~has_day)
    ok &= (hour <= 23) & (minute <= 59) & (second <= 59)
    seconds = (np.maximum(day, 1) - 1) * 86400 + hour * 3600 + minute * 60 + second
    start = first_day.astype("datetime64[us]").astype(np.int64) + seconds * 1_000_000 + micro

    # The few values that failed get their reason from the one-value parser, which
    # also checks that both parsers agree.
    error = np.full(n + 1, None, dtype=object)
    for i in np.flatnonzero(~ok):
        try:
            parse_gcat_date(texts[i])
        except DateParseError as exc:
            error[i] = exc.reason
        else:  # pragma: no cover
            raise AssertionError(f"parsers disagree on {texts[i]!r}")
    error[n] = "missing date"  # position n stands for a missing value (code -1)

    take = np.where(codes >= 0, codes, n)
    nat = np.iinfo(np.int64).min
    start = np.append(np.where(ok, start, nat), nat)[take].view("datetime64[us]")
    precision = np.append(np.where(ok, precision, -1), -1)[take]
    uncertain = np.append(uncertain, False)[take]
    return pd.DataFrame(
        {
            "launch_utc": pd.Series(start, index=dates.index).dt.tz_localize("UTC"),
            "date_precision": pd.Categorical.from_codes(precision, dtype=PRECISION_DTYPE),
            "date_uncertain": uncertain,
            "date_error": pd.Series(error[take], index=dates.index, dtype="str"),
        },
        index=dates.index,
    )


# ---------------------------------------------------------------------------
# Launch codes
# ---------------------------------------------------------------------------

_CATEGORIES = {"O": "orbital", "D": "deep space", "X": "from another world"}
_OUTCOMES = {"S": "success", "F": "failure", "E": "pad explosion"}
_CODE_RX = re.compile(r"(?P<cat>[ODX])(?P<out>[SFE])(?P<score>\d{1,3})?")


def decode_launch_code(code: str) -> tuple[str, str, int | None, bool]:
    """Decode one GCAT launch code into ``(category, outcome, score, is_orbital_attempt)``.

    First letter: O orbital, D deep space, X launched from another world. Second:
    S success, F failure, E pad explosion. Optional digits: McDowell's success
    score. An orbital attempt is O or D but not OE; X never counts.

    >>> decode_launch_code("OS")
    ('orbital', 'success', None, True)
    >>> decode_launch_code("OF40")
    ('orbital', 'failure', 40, True)
    >>> decode_launch_code("OE"), decode_launch_code("XS")[3]
    (('orbital', 'pad explosion', None, False), False)
    >>> decode_launch_code("OZ")
    Traceback (most recent call last):
    ValueError: launch code 'OZ' is not [ODX][SFE] with an optional success score
    """
    m = _CODE_RX.fullmatch(code.strip()) if isinstance(code, str) else None
    if m is None:
        raise ValueError(f"launch code {code!r} is not [ODX][SFE] with an optional success score")
    category, outcome = _CATEGORIES[m["cat"]], _OUTCOMES[m["out"]]
    score = int(m["score"]) if m["score"] else None
    attempt = m["cat"] in "OD" and m["out"] != "E"
    return category, outcome, score, attempt


def decode_launch_codes(frame: pd.DataFrame, column: str = "Launch_Code") -> pd.DataFrame:
    """Add ``category``, ``outcome`` (str), ``success_score`` (Int64),
    ``is_orbital_attempt`` and ``is_success`` (bool) decoded from ``column``, and
    ``code_error`` (str, missing when the code is valid). Rows are unchanged in
    number; an invalid code gives missing values and ``is_orbital_attempt`` False.

    >>> df = pd.DataFrame({"Launch_Code": ["OS", "OF40", "OE", "XS", "DS", "??"]})
    >>> out = decode_launch_codes(df)
    >>> out["is_orbital_attempt"].tolist()
    [True, True, False, False, True, False]
    >>> out["is_success"].tolist(), out["code_error"].notna().tolist()
    ([True, False, False, True, True, False], [False, False, False, False, False, True])
    """
    codes, uniques = pd.factorize(frame[column])
    table = []
    for code in uniques:
        try:
            table.append((*decode_launch_code(code), None))
        except ValueError as exc:
            table.append((None, None, None, False, str(exc)))
    if not table:
        table = [(None, None, None, False, "missing")]
    table.append((None, None, None, False, "missing launch code"))  # for code -1 (missing)
    decoded = pd.DataFrame(table, columns=["category", "outcome", "success_score", "is_orbital_attempt", "code_error"])
    rows = decoded.iloc[np.where(codes >= 0, codes, len(table) - 1)].set_axis(frame.index)
    return frame.assign(
        category=rows["category"].astype("str"),
        outcome=rows["outcome"].astype("str"),
        success_score=rows["success_score"].astype("Int64"),
        is_orbital_attempt=rows["is_orbital_attempt"].astype("bool"),
        is_success=rows["outcome"].eq("success").fillna(False).astype("bool"),
        code_error=rows["code_error"].astype("str"),
    )


# ---------------------------------------------------------------------------
# Payload rows → launches
# ---------------------------------------------------------------------------


def _by_tag(tagged: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group payload rows by launch tag without a groupby: returns the first row of
    each tag with ``n_payloads`` (its number of rows), and the tags whose rows
    disagree on a launch-level field (index: tag; columns: column, reason)."""
    codes, tags = pd.factorize(tagged["Launch_Tag"])
    position = np.arange(len(codes))
    first_of_tag = np.empty(len(tags), dtype=np.int64)
    first_of_tag[codes[::-1]] = position[::-1]  # the last write wins: the first row
    first_row = first_of_tag[codes]  # for every row, the position of its tag's first row
    differs = np.zeros(len(codes), dtype=bool)
    for field in LAUNCH_FIELDS:
        values = tagged[field].to_numpy()
        ref = values[first_row]
        unequal = values != ref
        if unequal.any():  # missing != missing here: keep only real differences
            at = np.flatnonzero(unequal)
            unequal[at[pd.isna(values[at]) & pd.isna(ref[at])]] = False
        differs |= unequal
    found = []
    for tag in sorted(tags[np.unique(codes[differs])]):  # only the few tags whose rows disagree
        rows = tagged[tagged["Launch_Tag"] == tag]
        for field in LAUNCH_FIELDS:
            counts = rows[field].fillna("-").value_counts(sort=False)
            if len(counts) > 1:
                seen = ", ".join(f"{v!r} in {k} rows" for v, k in counts.items())
                found.append((tag, field, f"payload rows of launch tag {tag} disagree on {field}: {seen}"))
                break
    disagree = pd.DataFrame(found, columns=["Launch_Tag", "column", "reason"], dtype="str").set_index("Launch_Tag")
    first = np.sort(first_of_tag)
    n_rows = np.bincount(codes, minlength=len(tags))[codes[first]]
    return tagged.iloc[first].assign(n_payloads=n_rows.astype("int64")), disagree


def _launch_problems(first: pd.DataFrame) -> pd.DataFrame:
    """Parse the date and launch code of each launch (one row per tag) and name the
    first launch-level field that cannot be cleaned (``problem_column``, ``problem``)."""
    out = decode_launch_codes(pd.concat([first, parse_gcat_dates(first["Launch_Date"])], axis=1))
    site = out["Launch_Site"]
    checks = [
        ("Launch_Date", out["date_error"].notna(), lambda d: "bad date: " + d["date_error"]),
        ("Launch_Code", out["code_error"].notna(), lambda d: "bad launch code: " + d["code_error"]),
        ("LVState", out["LVState"].isna(), lambda d: "missing LVState (state of the launching agency)"),
        ("Launch_Site", site.isna(), lambda d: "missing launch site"),
    ]
    problem_column = pd.Series(None, index=out.index, dtype="str")
    problem = pd.Series(None, index=out.index, dtype="str")
    for column, bad, reason in reversed(checks):  # the first check wins
        if bad.any():  # rare: build reasons for the bad rows only
            problem_column = problem_column.mask(bad, column)
            problem = problem.mask(bad, pd.Series(reason(out[bad]), index=out.index[bad], dtype="str"))
    uncertain_site = site.str.endswith("?").fillna(False).astype("bool")
    return out.assign(
        site_code=site.mask(uncertain_site, site.str.rstrip("?")),
        site_uncertain=uncertain_site,
        problem_column=problem_column,
        problem=problem,
    )


def _reject_rows(rows: pd.DataFrame, column: pd.Series, reason: pd.Series) -> pd.DataFrame:
    """Rejects table (file, line, column, value, reason) for ``rows``; ``column`` and
    ``reason`` are aligned with ``rows``; the value is the row's own value there."""
    values = [rows.at[i, c] for i, c in zip(rows.index, column)]
    return pd.DataFrame(
        {
            "file": rows["file"].astype("str"),
            "line": rows["line"].astype("int64"),
            "column": column.astype("str"),
            "value": pd.Series(values, index=rows.index, dtype="str"),
            "reason": reason.astype("str"),
        }
    )


def to_launches(payloads: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per payload → one row per launch (unique ``Launch_Tag``), and rejects.

    Keeps the launch-level fields (:data:`LAUNCH_FIELDS`), the parsed date
    (``launch_utc``, ``date_precision``, ``date_uncertain``, ``year``), the decoded
    launch code (``category``, ``outcome``, ``success_score``,
    ``is_orbital_attempt``, ``is_success``), ``site_code`` (``Launch_Site`` without
    GCAT's ``?``) and ``site_uncertain``, ``n_payloads`` (int64), and ``file`` and
    ``line`` of the launch's first payload row. Sorted by time, then tag.

    A payload row goes to the rejects (file, line, column, value, reason) when its
    launch tag is missing, when the rows of its tag disagree on a launch-level field
    (all rows of that tag go: which one is right cannot be told), or when the
    launch's date, launch code, state or site cannot be cleaned (all rows of the
    tag go, each with its own line). So a launch is counted from all its rows or
    not at all. Asserts ``rows in == payload rows kept + rows rejected`` and logs
    the counts (:func:`reconcile` gives them again from the two tables).

    >>> payloads = pd.DataFrame({
    ...     "Launch_Tag": ["2019-001", "2019-001", "2019-002"],
    ...     "Launch_Date": ["2019 Jan 21 0542:00", "2019 Jan 21 0542:00", "2019 Feb 30"],
    ...     "LV_Type": ["Chang Zheng 11"] * 3, "Flight_ID": ["Y6", "Y6", "Y7"],
    ...     "Launch_Site": ["JQ", "JQ", "JQ"], "Launch_Pad": [None] * 3,
    ...     "Agency": ["CALT"] * 3, "LVState": ["CN"] * 3, "Launch_Code": ["OS"] * 3,
    ...     "file": "x.tsv", "line": [3, 4, 5]})
    >>> launches, rejects = to_launches(payloads)
    >>> launches[["Launch_Tag", "n_payloads", "is_orbital_attempt"]].to_dict("records")
    [{'Launch_Tag': '2019-001', 'n_payloads': 2, 'is_orbital_attempt': True}]
    >>> rejects[["line", "column", "value"]].to_dict("records")
    [{'line': 5, 'column': 'Launch_Date', 'value': '2019 Feb 30'}]
    >>> reconcile(launches, rejects)
    {'rows_in': 3, 'rows_kept': 2, 'rows_rejected': 1, 'launches': 1}
    """
    missing = [c for c in ("Launch_Tag", *LAUNCH_FIELDS, "file", "line") if c not in payloads.columns]
    if missing:
        raise KeyError(f"to_launches needs columns {missing}; read the file with read_launchlog")
    no_tag = payloads["Launch_Tag"].isna()
    tagged = payloads[~no_tag] if no_tag.any() else payloads
    first, disagree = _by_tag(tagged)
    checked = _launch_problems(first[~first["Launch_Tag"].isin(disagree.index)] if len(disagree) else first)
    has_problem = checked["problem"].notna()

    if no_tag.any() or len(disagree) or has_problem.any():
        rows = payloads[no_tag]
        rejects = [
            _reject_rows(
                rows,
                pd.Series("Launch_Tag", index=rows.index, dtype="str"),
                pd.Series("missing launch tag", index=rows.index, dtype="str"),
            )
        ]
        rows = tagged[tagged["Launch_Tag"].isin(disagree.index)]
        tags = rows["Launch_Tag"]
        rejects.append(_reject_rows(rows, tags.map(disagree["column"]), tags.map(disagree["reason"])))
        bad = checked.loc[has_problem].set_index("Launch_Tag")
        rows = tagged[tagged["Launch_Tag"].isin(bad.index)]
        tags = rows["Launch_Tag"]
        rejects.append(_reject_rows(rows, tags.map(bad["problem_column"]), tags.map(bad["problem"])))
        rejects = pd.concat([r for r in rejects if len(r)], ignore_index=True).sort_values(
            ["file", "line"], kind="stable", ignore_index=True
        )
    else:
        rejects = _reject_rows(payloads.iloc[:0], payloads["file"].iloc[:0], payloads["file"].iloc[:0])

    launches = (
        checked[~has_problem]
        .assign(year=lambda d: d["launch_utc"].dt.year.astype("int64"))
        .loc[:, _LAUNCH_COLUMNS]
        .sort_values(["launch_utc", "Launch_Tag"], kind="stable", ignore_index=True)
    )
    kept = int(launches["n_payloads"].sum())
    counts = {
        "rows_in": len(payloads),
        "rows_kept": kept,
        "rows_rejected": len(rejects),
        "launches": len(launches),
    }
    if counts != reconcile(launches, rejects):  # rows in != rows kept + rows rejected
        raise AssertionError(f"launch log rows do not reconcile: {counts}")
    log.info(
        "launch log rows in %(rows_in)d = kept %(rows_kept)d + rejected %(rows_rejected)d; %(launches)d launches",
        counts,
    )
    return launches, rejects


def reconcile(launches: pd.DataFrame, rejects: pd.DataFrame) -> dict[str, int]:
    """The row counts of a :func:`to_launches` result: ``rows_in`` (payload rows
    read) = ``rows_kept`` (payload rows behind the launches, the sum of
    ``n_payloads``) + ``rows_rejected`` (rows of the rejects table); and ``launches``.

    >>> reconcile(pd.DataFrame({"n_payloads": [2, 1]}), pd.DataFrame({"line": [7]}))
    {'rows_in': 4, 'rows_kept': 3, 'rows_rejected': 1, 'launches': 2}
    """
    kept, rejected = int(launches["n_payloads"].sum()), len(rejects)
    return {"rows_in": kept + rejected, "rows_kept": kept, "rows_rejected": rejected, "launches": len(launches)}


_LAUNCH_COLUMNS = [
    "Launch_Tag",
    "Launch_Date",
    "launch_utc",
    "date_precision",
    "date_uncertain",
    "year",
    "LV_Type",
    "Flight_ID",
    "Launch_Site",
    "site_code",
    "site_uncertain",
    "Launch_Pad",
    "Agency",
    "LVState",
    "Launch_Code",
    "category",
    "outcome",
    "success_score",
    "is_orbital_attempt",
    "is_success",
    "n_payloads",
    "file",
    "line",
]

# ---------------------------------------------------------------------------
# Geography, state names, vehicle families
# ---------------------------------------------------------------------------


def add_sites(launches: pd.DataFrame, sites: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """Add the place of each launch from ``sites.tsv`` and the project's site group.

    Adds ``site_ucode`` (the code shared by all codes of one place: ``NIIP-5`` and
    ``GIK-5`` → ``GIK-5``), ``site_name`` (``ShortName``), ``site_parent``
    (``Parent``, the operating organisation), ``site_country`` (``StateCode``) and
    ``site_group`` (from ``groups``; ``other`` for a site not listed there). Rows
    are unchanged. Raises :class:`DataError` for a launch site missing from
    ``sites``, a grouped code missing from ``sites``, or a launch site that shares
    its ``UCode`` with a grouped code without being grouped itself (a renamed
    site must not fall into ``other`` unnoticed).

    >>> sites = pd.DataFrame({"Site": ["NIIP-5", "GIK-5", "CC"], "UCode": ["GIK-5", "GIK-5", "CC"],
    ...     "ShortName": ["Baykonur", "Baykonur", "Canaveral"], "Parent": ["RVSN", "RVSN", "USAF"],
    ...     "StateCode": ["SU", "RU", "US"], "file": "sites.tsv", "line": [3, 4, 5]})
    >>> groups = pd.DataFrame({"site_code": ["NIIP-5", "GIK-5"], "site_group": ["Baikonur"] * 2})
    >>> launches = pd.DataFrame({"site_code": ["NIIP-5", "GIK-5", "CC"], "file": "l.tsv", "line": [3, 9, 12]})
    >>> add_sites(launches, sites, groups)[["site_ucode", "site_group"]].to_dict("list")
    {'site_ucode': ['GIK-5', 'GIK-5', 'CC'], 'site_group': ['Baikonur', 'Baikonur', 'other']}
    """
    table = sites.set_index("Site")
    unknown = ~launches["site_code"].isin(table.index)
    if unknown.any():
        i = unknown.idxmax()
        raise DataError(
            launches.at[i, "file"],
            int(launches.at[i, "line"]),
            "Launch_Site",
            launches.at[i, "site_code"],
            "a site code listed in sites.tsv",
        )
    group_of = groups.set_index("site_code")["site_group"]
    not_site = ~group_of.index.isin(table.index)
    if not_site.any():
        row = groups[groups["site_code"] == group_of.index[not_site][0]].iloc[0]
        line = int(row["line"]) if "line" in groups.columns else None
        raise DataError(SITE_GROUPS_CSV.name, line, "site_code", row["site_code"], "a site code listed in sites.tsv")
    ucode = launches["site_code"].map(table["UCode"]).fillna(launches["site_code"])
    grouped_places = table.loc[group_of.index, "UCode"].fillna(pd.Series(group_of.index, index=group_of.index))
    strays = ucode.isin(grouped_places) & ~launches["site_code"].isin(group_of.index)
    if strays.any():
        i = strays.idxmax()
        raise DataError(
            launches.at[i, "file"],
            int(launches.at[i, "line"]),
            "Launch_Site",
            launches.at[i, "site_code"],
            f"a row in {SITE_GROUPS_CSV.name}: it shares UCode {ucode[i]} with a grouped site",
        )
    return launches.assign(
        site_ucode=ucode.astype("str"),
        site_name=launches["site_code"].map(table["ShortName"]).astype("str"),
        site_parent=launches["site_code"].map(table["Parent"]).astype("str"),
        site_country=launches["site_code"].map(table["StateCode"]).astype("str"),
        site_group=launches["site_code"].map(group_of).fillna("other").astype("str"),
    )


def add_state_names(launches: pd.DataFrame, states: pd.DataFrame) -> pd.DataFrame:
    """Add ``state_name`` for GCAT's ``LVState`` code (kept as it is: SU, RU, CN, US,
    F, J, IN, I-ESA ...). A code missing from ``states`` raises :class:`DataError`.

    >>> states = pd.DataFrame({"code": ["CN", "SU"], "name": ["China", "Soviet Union"]})
    >>> add_state_names(pd.DataFrame({"LVState": ["SU", "CN"]}), states)["state_name"].tolist()
    ['Soviet Union', 'China']
    """
    names = states.set_index("code")["name"]
    unknown = ~launches["LVState"].isin(names.index)
    if unknown.any():
        i = unknown.idxmax()
        raise DataError(
            launches.get("file", pd.Series(None, index=launches.index))[i],
            int(launches["line"][i]) if "line" in launches else None,
            "LVState",
            launches.at[i, "LVState"],
            f"a state code listed in {STATES_CSV.name}",
        )
    return launches.assign(state_name=launches["LVState"].map(names).astype("str"))


def add_lv_family(launches: pd.DataFrame, families: pd.DataFrame) -> pd.DataFrame:
    """Add ``lv_family`` (str) from the first family pattern matching ``LV_Type``
    at its start; missing when no pattern matches (only China's and the USA's
    vehicles are covered: :func:`summarise` checks those).

    >>> fam = pd.DataFrame({"pattern": ["Atlas V", "Atlas", "Chang Zheng"],
    ...                     "family": ["Atlas V", "Atlas (before Atlas V)", "Long March"]})
    >>> lv = pd.DataFrame({"LV_Type": ["Atlas V 401", "Atlas Agena D", "Chang Zheng 2D", "Ariane 5ECA"]})
    >>> add_lv_family(lv, fam)["lv_family"].tolist()
    ['Atlas V', 'Atlas (before Atlas V)', 'Long March', nan]
    """
    # One alternation of all patterns: at the start of a name, the regex engine tries
    # the alternatives in order, exactly as "the first pattern that matches".
    rx = re.compile("|".join(f"(?P<f{i}>{p})" for i, p in enumerate(families["pattern"])))
    names = families["family"].tolist()
    codes, types = pd.factorize(launches["LV_Type"])
    found = []
    for name in types.tolist():
        m = rx.match(name)
        found.append(None if m is None else names[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])])
    family = np.array([*found, None], dtype=object)[np.where(codes >= 0, codes, len(found))]
    return launches.assign(lv_family=pd.Series(family, index=launches.index, dtype="str"))


def load_launches(
    launchlog: str | Path,
    sites: str | Path,
    *,
    site_groups: str | Path = SITE_GROUPS_CSV,
    states: str | Path = STATES_CSV,
    families: str | Path = LV_FAMILIES_CSV,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read, clean and enrich the launch log in one call: ``(launches, rejects)``.

    ``launches`` has the columns of :func:`to_launches` plus those of
    :func:`add_sites`, :func:`add_state_names` and :func:`add_lv_family`.
    """
    launches, rejects = to_launches(read_launchlog(launchlog, columns=LAUNCHLOG_REQUIRED))
    launches = (
        launches.pipe(add_sites, read_sites(sites, columns=SITES_REQUIRED), read_site_groups(site_groups))
        .pipe(add_state_names, read_states(states))
        .pipe(add_lv_family, read_lv_families(families))
    )
    return launches, rejects


# ---------------------------------------------------------------------------
# Aggregates
# ---------------------------------------------------------------------------

SUMMARY_STATES = ("CN", "US")  # states with a launch-vehicle family table


def _count(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Attempts, successes and failures (int64) per group of ``by``."""
    return (
        frame.groupby(by, sort=True)["is_success"]
        .agg(["size", "sum"])
        .astype("int64")
        .set_axis(["attempts", "successes"], axis=1)
        .assign(failures=lambda d: d["attempts"] - d["successes"])
        .reset_index()
    )


def summarise(
    launches: pd.DataFrame, *, first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR
) -> dict[str, pd.DataFrame]:
    """Count orbital launch attempts, successes and failures per year.

    Only orbital attempts (``is_orbital_attempt``: launch code O or D, not OE, never
    X) with ``first_year <= year <= last_year`` count; a failure is any attempt
    whose outcome is not success. Returns tidy frames, sorted, with int64 counts:

    * ``launches_by_year_state``: year, state (GCAT ``LVState``, the launching
      agency's state), state_name, attempts, successes, failures;
    * ``launches_by_year_site``: year, site_group, site_codes (the GCAT codes seen
      that year, ``;``-separated), attempts, successes, failures, for every site
      group except ``other`` (Baikonur and China's sites);
    * ``launches_by_year_family``: year, state, state_name, lv_family, attempts,
      successes, failures for China (CN) and the USA (US). A CN or US vehicle
      without a family raises :class:`DataError`.

    Only combinations with at least one attempt appear (no zero rows).

    >>> launches = pd.DataFrame({
    ...     "year": [2018, 2018, 2018, 2019], "LVState": ["CN", "CN", "US", "CN"],
    ...     "state_name": ["China", "China", "United States", "China"],
    ...     "is_orbital_attempt": [True, True, True, False], "is_success": [True, False, True, True],
    ...     "site_group": ["Jiuquan", "Jiuquan", "other", "Jiuquan"], "site_code": ["JQ"] * 4,
    ...     "lv_family": ["Long March", "Long March", "Falcon 9/Heavy", "Long March"],
    ...     "LV_Type": ["CZ"] * 4, "file": "x", "line": [1, 2, 3, 4]})
    >>> summarise(launches)["launches_by_year_state"].to_dict("records")[0]
    {'year': 2018, 'state': 'CN', 'state_name': 'China', 'attempts': 2, 'successes': 1, 'failures': 1}
    """
    need = [
        *("year", "LVState", "state_name", "is_orbital_attempt", "is_success"),
        *("site_group", "site_code", "lv_family", "LV_Type", "file", "line"),
    ]
    missing = [c for c in need if c not in launches.columns]
    if missing:
        raise KeyError(f"summarise needs columns {missing}: use load_launches or the add_* verbs")
    counted = launches["is_orbital_attempt"] & launches["year"].between(first_year, last_year)
    attempts = launches.loc[counted, need].rename(columns={"LVState": "state"})

    by_state = _count(attempts, ["year", "state", "state_name"])

    at_sites = attempts[attempts["site_group"] != "other"]
    seen: dict[tuple[int, str], set[str]] = {}
    for year, group, code in at_sites[["year", "site_group", "site_code"]].drop_duplicates().itertuples(index=False):
        seen.setdefault((year, group), set()).add(code)
    by_site = _count(at_sites, ["year", "site_group"])
    by_site = by_site.assign(
        site_codes=pd.Series(
            [";".join(sorted(seen[key])) for key in zip(by_site["year"], by_site["site_group"])],
            index=by_site.index,
            dtype="str",
        )
    )[["year", "site_group", "site_codes", "attempts", "successes", "failures"]]

    fam = attempts[attempts["state"].isin(SUMMARY_STATES)]
    nofam = fam["lv_family"].isna()
    if nofam.any():
        i = nofam.idxmax()
        raise DataError(
            fam.at[i, "file"],
            int(fam.at[i, "line"]),
            "LV_Type",
            fam.at[i, "LV_Type"],
            f"a launch-vehicle type matched by a pattern in {LV_FAMILIES_CSV.name}",
        )
    by_family = _count(fam, ["year", "state", "state_name", "lv_family"])

    return {
        "launches_by_year_state": by_state.sort_values(["year", "state"]).reset_index(drop=True),
        "launches_by_year_site": by_site.sort_values(["year", "site_group"]).reset_index(drop=True),
        "launches_by_year_family": by_family.sort_values(["year", "state", "lv_family"]).reset_index(drop=True),
    }


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

CITATION = (
    "J. McDowell, General Catalog of Artificial Space Objects, planet4589.org/space/gcat, "
    "launchlog release updated 2025 Apr 4; sites table release updated 2025 Dec 1"
)
_DEFINITIONS = (
    "An orbital launch attempt is a launch whose GCAT launch code starts with O (orbital) "
    "or D (deep space), except OE (exploded on the pad before launch); X (launched from "
    "another world, e.g. a lunar ascent stage) never counts. A success is a code with S as "
    "second letter (whatever its success score); every other attempt is a failure. A launch "
    "is a unique Launch_Tag of the payload-level launch log. An attempt counts for LVState, "
    "the state of the launching agency, not for the state where the site is (Arianespace "
    "Soyuz from Kourou counts for France, F; Rocket Lab Electron from New Zealand for NZ). "
    "Years are UTC calendar years 1957-2024: the release runs to 2025 Apr 4, so 2025 is "
    "incomplete and left out. Launch tags whose rows could not be cleaned are listed in "
    "gcat_rejects.csv and not counted."
)
_SIDECARS = {
    "launches_by_year_state": (
        "Orbital launch attempts, successes and failures per year and launching state, 1957-2024",
        "Columns: year; state (GCAT LVState code, e.g. SU, RU, CN, US, F, J, IN, I-ESA); "
        "state_name (from data/raw/gcat_states.csv); attempts; successes; failures. "
        "Only year-state pairs with at least one attempt appear.",
    ),
    "launches_by_year_site": (
        "Orbital launch attempts per year at Baikonur and at China's launch sites, 1957-2024",
        "Columns: year; site_group (data/raw/gcat_site_groups.csv maps GCAT site codes to "
        "Baikonur, Jiuquan, Taiyuan, Xichang, Wenchang and China sea launch); site_codes (GCAT "
        "codes seen that year: Baikonur is NIIP-5 to 1989 and GIK-5 after); attempts; "
        "successes; failures. Here a launch counts for the site whatever its LVState.",
    ),
    "launches_by_year_family": (
        "Orbital launch attempts per year by launch-vehicle family, China and USA, 1957-2024",
        "Columns: year; state (CN or US, GCAT LVState); state_name; lv_family (first pattern "
        "of data/raw/gcat_lv_families.csv matching the start of GCAT's LV_Type, e.g. all "
        "Chang Zheng types are Long March, Falcon 9 and Falcon Heavy are Falcon 9/Heavy); "
        "attempts; successes; failures.",
    ),
    "gcat_rejects": (
        "Launch-log rows that could not be cleaned (not counted in the GCAT aggregates)",
        "Columns: file; line (1-based line in the launch log, header = line 1); column; value; "
        "reason. A launch tag with any bad row is rejected whole. Empty (header only) when "
        "every row was cleaned.",
    ),
}


def _sidecar(name: str, command: str) -> dict:
    title, columns = _SIDECARS[name]
    return {
        "title": title,
        "producer": "the chinaspace project, derived from GCAT",
        "citation": CITATION,
        "url": "https://planet4589.org/space/gcat/",
        "date_accessed": "2026-11-29",
        "date_published": "2025-04-04",
        "licence": "CC BY 4.0 (GCAT is published by J. McDowell under Creative Commons Attribution)",
        "derived_by": command,
        "notes": f"{columns} {_DEFINITIONS}",
    }


def write_summary(
    tables: Mapping[str, pd.DataFrame], rejects: pd.DataFrame, out: str | Path, command: str
) -> list[Path]:
    """Write the aggregates and the rejects as CSV (``\\n`` line ends, sorted rows)
    with a YAML sidecar each into ``out``; returns the paths written."""
    import yaml

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in {**tables, "gcat_rejects": rejects}.items():
        path = out / f"{name}.csv"
        write_csv_atomic(frame, path)
        side = sidecar_path(path)
        side.write_text(
            yaml.safe_dump(_sidecar(name, command), sort_keys=False, allow_unicode=True, width=100),
            encoding="utf-8",
        )
        update_checksum(path)
        written += [path, side]
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m chinaspace.gcat summary --launchlog PATH --sites PATH [--out DIR]``."""
    parser = argparse.ArgumentParser(prog="python -m chinaspace.gcat", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    summary = sub.add_parser("summary", help="count orbital launch attempts from a GCAT launch log")
    summary.add_argument("--launchlog", required=True, type=Path, help="GCAT launchlog.tsv")
    summary.add_argument("--sites", required=True, type=Path, help="GCAT sites.tsv")
    summary.add_argument("--out", type=Path, default=RAW_GCAT, help=f"output folder (default {RAW_GCAT})")
    args = parser.parse_args(argv)
    argv = list(sys.argv[1:] if argv is None else argv)

    try:
        launches, rejects = load_launches(args.launchlog, args.sites)
        tables = summarise(launches)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # The command as anyone can rerun it on a fresh download: file names, not local paths.
    command = "python -m chinaspace gcat-summary " + shlex.join([
        "--launchlog", args.launchlog.name, "--sites", args.sites.name,
        "--out", display_path(args.out)])
    written = write_summary(tables, rejects, args.out, command)
    counts = reconcile(launches, rejects)
    print(
        f"rows in: {counts['rows_in']}  rows out (payload rows kept): {counts['rows_kept']}  "
        f"rejected: {counts['rows_rejected']}  launches: {counts['launches']}"
    )
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
