"""Load the processed tables for analysis, with their types.

The CSVs in ``data/processed/`` hold text, so that a rebuild gives the same
bytes. These loaders give notebooks typed frames: text as ``str``, counts as
integers, flags as booleans, and interval bounds as timezone-aware UTC
datetimes (``start``, ``end``, ``mid``), so that a learner can filter and group
at once.

>>> events().loc[lambda d: d["event_id"] == "shenzhou5-launch", "start"].dt.year.item()
2003
"""

from __future__ import annotations

import pandas as pd

from .paths import PROCESSED

_INT = "Int64"


def read(name: str) -> pd.DataFrame:
    """A processed table as text, exactly as committed (empty fields stay empty strings)."""
    return pd.read_csv(PROCESSED / f"{name}.csv", dtype="str", keep_default_na=False)


def _ints(frame: pd.DataFrame, columns) -> pd.DataFrame:
    return frame.assign(**{c: pd.to_numeric(frame[c].replace("", None)).astype(_INT)
                           for c in columns})


def _floats(frame: pd.DataFrame, columns) -> pd.DataFrame:
    return frame.assign(**{c: pd.to_numeric(frame[c].replace("", None)).astype("Float64")
                           for c in columns})


def _bools(frame: pd.DataFrame, columns) -> pd.DataFrame:
    return frame.assign(**{c: frame[c].eq("True") for c in columns})


def _utc(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series.replace("", None), utc=True, format="%Y-%m-%dT%H:%M:%SZ")


def _interval(frame: pd.DataFrame, prefix: str = "") -> pd.DataFrame:
    """Add ``{prefix}start``, ``{prefix}end`` and ``{prefix}mid`` as UTC datetimes."""
    start = _utc(frame[f"{prefix}start_utc"])
    end = _utc(frame[f"{prefix}end_utc"])
    lo, hi = start.fillna(end), end.fillna(start)
    return frame.assign(**{f"{prefix}start": start, f"{prefix}end": end,
                           f"{prefix}mid": lo + (hi - lo) / 2})


def events() -> pd.DataFrame:
    """Every milestone event, with ``start``, ``end`` and ``mid`` as UTC datetimes."""
    return (
        read("events")
        .pipe(_ints, ["year", "announced_year", "line"])
        .pipe(_bools, ["utc_differs"])
        .pipe(_interval)
    )


def claims() -> pd.DataFrame:
    """The essay's claims register with verdicts and computed evidence."""
    return read("claims").pipe(_ints, ["paragraph", "line"])


def claim_events() -> pd.DataFrame:
    """One row per (claim, event) link."""
    return read("claim_events")


def stations() -> pd.DataFrame:
    """Crewed stations compared: numbers as floats, first launch and end as UTC datetimes."""
    return (
        read("stations")
        .pipe(_ints, ["first_launch_year", "end_year", "line"])
        .pipe(_floats, ["modules", "mass_kg", "perigee_km", "apogee_km"])
        .pipe(_bools, ["first_launch_utc_differs", "end_utc_differs"])
        .pipe(_interval, "first_launch_")
        .pipe(_interval, "end_")
    )


def sources() -> pd.DataFrame:
    """Every source cited, with ``cited`` as a boolean."""
    return read("sources").pipe(_bools, ["cited"]).pipe(_ints, ["line"])


def firsts() -> pd.DataFrame:
    """Each comparison group's first of each milestone kind, and the years after the first."""
    return read("firsts").pipe(_ints, ["year", "world_first_year", "years_after_first"])


def countries() -> pd.DataFrame:
    """Country codes, names and comparison groups."""
    return read("countries")


def verdicts() -> pd.DataFrame:
    """The verdict scale, in order."""
    return read("verdicts").pipe(_ints, ["order"])


def launches_by_year_state() -> pd.DataFrame:
    """Orbital launch attempts, successes and failures per year and state (from GCAT)."""
    return read("launches_by_year_state").pipe(
        _ints, ["year", "attempts", "successes", "failures"])


def launches_by_year_site() -> pd.DataFrame:
    """Orbital launch attempts per year at Baikonur and China's sites (from GCAT)."""
    return read("launches_by_year_site").pipe(
        _ints, ["year", "attempts", "successes", "failures"])


def launches_by_year_family() -> pd.DataFrame:
    """Orbital launch attempts per year by vehicle family, China and the USA (from GCAT)."""
    return read("launches_by_year_family").pipe(
        _ints, ["year", "attempts", "successes", "failures"])


def essay_paragraphs() -> pd.DataFrame:
    """The essay's paragraphs by theme and role, with word counts."""
    return read("essay_paragraphs").pipe(_ints, ["paragraph", "words", "line"])


def argument() -> pd.DataFrame:
    """The essay's argument as nodes (thesis, premises, evidence) and what each supports."""
    return read("argument").pipe(_ints, ["line"])


def glossary() -> pd.DataFrame:
    """Terms, names and programmes with pinyin and characters."""
    return read("glossary").pipe(_ints, ["first_year", "line"])


def plan_statements() -> pd.DataFrame:
    """Earlier statements of a plan's target: who stated what target, when, and the source."""
    return read("plan_statements").pipe(_ints, ["line"])
