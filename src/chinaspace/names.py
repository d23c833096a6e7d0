"""Harmonise the names sources use for countries to one code each.

The mapping is data (``data/raw/aliases.csv``): every spelling a source uses
("PRC", "People's Republic of China", "China") points to one code in
``data/raw/countries.csv``. A spelling that is not in the table is an error
that names it; there are no ``if`` chains to extend.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import DataError
from .paths import RAW
from .rawio import display_path, read_table
from .schema import ALIASES, COUNTRIES


def load_countries(path: str | Path = RAW / "countries.csv") -> pd.DataFrame:
    """The country table: code, name, comparison group, GCAT state codes."""
    frame = read_table(path, COUNTRIES)
    dupes = frame[frame["code"].duplicated()]
    if len(dupes):
        row = dupes.iloc[0]
        raise DataError(display_path(path), int(row["line"]), "code", row["code"], "a unique code")
    return frame.drop(columns="line")


def load_aliases(
    path: str | Path = RAW / "aliases.csv", countries: pd.DataFrame | None = None
) -> dict[str, str]:
    """Map each spelling (case-insensitive) to its country code.

    Every code must exist in the country table and every spelling must be unique.
    """
    countries = load_countries() if countries is None else countries
    frame = read_table(path, ALIASES)
    shown = display_path(path)
    known = set(countries["code"])
    mapping: dict[str, str] = {}
    for alias, code, line in zip(frame["alias"], frame["code"], frame["line"]):
        key = alias.casefold()
        if key in mapping:
            raise DataError(shown, int(line), "alias", alias, "each spelling listed once")
        if code not in known:
            raise DataError(shown, int(line), "code", code,
                            f"a code from countries.csv ({', '.join(sorted(known))})")
        mapping[key] = code
    return mapping


def to_code(spelling: str, aliases: dict[str, str]) -> str:
    """The code for one spelling, or a KeyError that names it.

    >>> to_code("People's Republic of China", {"people's republic of china": "CN"})
    'CN'
    >>> to_code("Cathay", {"china": "CN"})
    Traceback (most recent call last):
    ...
    KeyError: "unknown country spelling 'Cathay'; add it to data/raw/aliases.csv"
    """
    try:
        return aliases[spelling.strip().casefold()]
    except KeyError:
        raise KeyError(
            f"unknown country spelling {spelling!r}; add it to data/raw/aliases.csv"
        ) from None


def harmonise_countries(
    frame: pd.DataFrame,
    aliases: dict[str, str],
    path: str | Path,
    column: str = "country",
    out: str = "country_code",
) -> pd.DataFrame:
    """Add ``out``: the code of each row's ``column`` spelling. Rows are unchanged otherwise.

    An unknown spelling raises DataError with the file, line and column.

    >>> df = pd.DataFrame({"country": ["PRC", "USA"], "line": [2, 3]})
    >>> harmonise_countries(df, {"prc": "CN", "usa": "US"}, "x.csv")
      country  line country_code
    0     PRC     2           CN
    1     USA     3           US
    """
    codes = []
    for spelling, line in zip(frame[column], frame["line"]):
        key = str(spelling).strip().casefold()
        if key not in aliases:
            raise DataError(display_path(path), int(line), column, spelling,
                            "a country spelling listed in data/raw/aliases.csv")
        codes.append(aliases[key])
    return frame.assign(**{out: pd.array(codes, dtype="str")})
