"""Build the processed tables from the raw files: read, clean, validate, write.

Everything is validated before anything is written, and each file is written
to a temporary file and moved into place, so a raw file with an error stops the
build and leaves the processed tables as they were.

The build is deterministic: rows are sorted by their ids, columns are in a
fixed order, and CSVs use ``\\n`` line endings, so rebuilding gives the same
bytes (a test checks this against what is committed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import claims as claims_mod
from . import names
from .clean import (
    add_source_file,
    check_dated,
    check_planned,
    check_references,
    check_unique,
    check_vocabulary,
    parse_dates,
    require_values,
)
from .errors import DataError
from .paths import PROCESSED, RAW
from .rawio import display_path, read_table, write_csv_atomic, write_text_atomic
from .schema import (
    ARGUMENT,
    CLAIMS,
    EVENTS,
    GLOSSARY,
    PARAGRAPHS,
    PLAN_STATEMENTS,
    GCAT_BY_YEAR_FAMILY,
    GCAT_BY_YEAR_SITE,
    GCAT_BY_YEAR_STATE,
    SOURCES,
    STATIONS,
    VERDICT_SCALE,
    VERDICTS,
    TableSchema,
)


@dataclass
class BuildResult:
    """The cleaned tables, and the rows in and out of each."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    counts: list[dict] = field(default_factory=list)

    def count(self, table: str, source: str, rows_in: int, rows_out: int, rejected: int = 0):
        if rows_in != rows_out + rejected:
            raise AssertionError(f"{table}: {rows_in} rows in != {rows_out} out + {rejected} rejected")
        self.counts.append({"table": table, "source": source, "rows_in": rows_in,
                            "rows_out": rows_out, "rows_rejected": rejected})


def _read_checked(path: Path, schema: TableSchema) -> pd.DataFrame:
    return (
        read_table(path, schema)
        .pipe(require_values, schema, path)
        .pipe(check_vocabulary, schema, path)
        .pipe(add_source_file, path)
    )


def load_sources(raw: Path) -> pd.DataFrame:
    path = raw / "sources.csv"
    frame = _read_checked(path, SOURCES).pipe(check_unique, "source_id", path)
    for column in ("date_published", "date_accessed"):
        parse_dates(frame[[column, "line"]].rename(columns={column: "d"}).assign(tz="UTC"),
                    path, text="d")
    return frame


def load_verdicts(raw: Path) -> pd.DataFrame:
    """The verdict scale; it must define exactly the verdicts the claims may use."""
    path = raw / "verdicts.csv"
    frame = _read_checked(path, VERDICT_SCALE).pipe(check_unique, "verdict", path)
    missing = sorted(set(VERDICTS) - set(frame["verdict"]))
    if missing:
        raise DataError(display_path(path), None, "verdict", missing[0],
                        "a row for every verdict in the scale")
    return _lineage_last(frame.sort_values("order", key=lambda s: s.astype(int)))


def load_events(raw: Path, aliases: dict[str, str], source_ids: set[str]) -> pd.DataFrame:
    """All files under ``raw/events/``, cleaned and concatenated; ids unique across files."""
    frames = []
    seen: dict[str, str] = {}
    for path in sorted((raw / "events").glob("*.csv")):
        frame = (
            _read_checked(path, EVENTS)
            .pipe(check_unique, "event_id", path)
            .pipe(check_dated, path)
            .pipe(names.harmonise_countries, aliases, path)
            .pipe(parse_dates, path)
            .pipe(parse_dates, path, text="alt_date_text", tz="alt_tz", prefix="alt_")
            .pipe(check_planned, path)
            .pipe(check_references, "source_id", source_ids, path, "sources.csv")
            .pipe(check_references, "other_source_ids", source_ids, path, "sources.csv")
            .pipe(check_references, "alt_source_id", source_ids, path, "sources.csv")
        )
        for event_id, line in zip(frame["event_id"], frame["line"]):
            if event_id in seen:
                raise DataError(display_path(path), int(line), "event_id", event_id,
                                f"an id not already used in {seen[event_id]}")
            seen[event_id] = f"{display_path(path)} line {line}"
        frames.append(frame)
    if not frames:
        raise DataError(display_path(raw / "events"), None, None, None, "at least one events CSV")
    return pd.concat(frames, ignore_index=True)


def load_claims(raw: Path, event_ids: set[str], source_ids: set[str],
                paragraphs: int) -> pd.DataFrame:
    path = raw / "claims.csv"
    frame = (
        _read_checked(path, CLAIMS)
        .pipe(check_unique, "claim_id", path)
        .pipe(check_references, "event_ids", event_ids, path, "the events tables")
        .pipe(check_references, "reference_event_id", event_ids, path, "the events tables")
        .pipe(check_references, "source_ids", source_ids, path, "sources.csv")
    )
    for row in frame.itertuples():
        if not row.paragraph.isdigit() or not 1 <= int(row.paragraph) <= paragraphs:
            raise DataError(display_path(path), row.line, "paragraph", row.paragraph,
                            f"a paragraph number from 1 to {paragraphs}")
        if (row.kind == "opinion") != (row.verdict == "opinion"):
            raise DataError(display_path(path), row.line, "verdict", row.verdict,
                            "'opinion' exactly when the kind is 'opinion'")
        if row.verdict not in ("opinion", "unverifiable") and not row.source_ids:
            raise DataError(display_path(path), row.line, "source_ids", "",
                            "at least one source for a claim with a verdict")
        if row.reference_event_id and row.reference_event_id not in row.event_ids.split(";"):
            raise DataError(display_path(path), row.line, "reference_event_id",
                            row.reference_event_id, "one of the claim's event_ids")
    return frame.assign(paragraph=frame["paragraph"].astype("int64"))


def _numbers(frame: pd.DataFrame, path: Path, columns: list[str]) -> pd.DataFrame:
    out = {}
    for column in columns:
        values = pd.to_numeric(frame[column].replace("", None), errors="coerce")
        bad = frame[(frame[column] != "") & values.isna()]
        if len(bad):
            raise DataError(display_path(path), int(bad["line"].iloc[0]), column,
                            bad[column].iloc[0], "a number (or an empty field)")
        out[column] = values.astype("Float64")
    return frame.assign(**out)


def load_stations(raw: Path, aliases: dict[str, str], source_ids: set[str]) -> pd.DataFrame:
    path = raw / "stations.csv"
    return (
        _read_checked(path, STATIONS)
        .pipe(check_unique, "station_id", path)
        .pipe(names.harmonise_countries, aliases, path)
        .pipe(parse_dates, path, text="first_launch_date_text", tz="first_launch_tz",
              prefix="first_launch_")
        .pipe(parse_dates, path, text="end_date_text", tz="end_tz", prefix="end_")
        .pipe(_numbers, path, ["modules", "mass_kg", "perigee_km", "apogee_km"])
        .pipe(check_references, "source_ids", source_ids, path, "sources.csv")
    )


def load_launch_counts(raw: Path, countries: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The GCAT aggregates (made by ``gcat-summary``), checked, with counts as integers.

    Each row must reconcile (attempts = successes + failures). The by-state table
    gains ``group``: the comparison group whose GCAT state codes include the
    row's state (``Other`` for states the course does not compare).
    """
    group_of = {state: group for states, group in zip(countries["gcat_states"], countries["group"])
                for state in states.split(";") if state}
    tables = {}
    for schema in (GCAT_BY_YEAR_STATE, GCAT_BY_YEAR_SITE, GCAT_BY_YEAR_FAMILY):
        path = raw / "gcat" / f"{schema.name}.csv"
        frame = _read_checked(path, schema).pipe(
            _numbers, path, ["year", "attempts", "successes", "failures"])
        bad = frame[frame["attempts"] != frame["successes"] + frame["failures"]]
        if len(bad):
            raise DataError(display_path(path), int(bad["line"].iloc[0]), "attempts",
                            bad["attempts"].iloc[0], "successes + failures")
        counts = {c: frame[c].astype("int64") for c in ("year", "attempts", "successes", "failures")}
        frame = frame.assign(**counts)
        if "state" in frame.columns and schema is GCAT_BY_YEAR_STATE:
            frame = frame.assign(group=frame["state"].map(group_of).fillna("Other").astype("str"))
        tables[schema.name] = _lineage_last(frame)
    return tables


def load_paragraphs(raw: Path, paragraphs: int) -> pd.DataFrame:
    """The essay's paragraphs by theme and role (one row per paragraph, 1..N)."""
    path = raw / "essay_paragraphs.csv"
    frame = _read_checked(path, PARAGRAPHS).pipe(check_unique, "paragraph", path).pipe(
        _numbers, path, ["paragraph", "words"])
    expected = list(range(1, paragraphs + 1))
    if sorted(frame["paragraph"].astype(int)) != expected:
        raise DataError(display_path(path), None, "paragraph",
                        ",".join(frame["paragraph"].astype(int).astype(str)),
                        f"one row for each paragraph 1 to {paragraphs}")
    return _lineage_last(frame.assign(paragraph=frame["paragraph"].astype("int64"),
                                      words=frame["words"].astype("int64")))


def load_argument(raw: Path, claim_ids: set[str], paragraphs: int) -> pd.DataFrame:
    """The essay's argument as nodes: thesis, premises, evidence; each supports another."""
    path = raw / "argument.csv"
    frame = (
        _read_checked(path, ARGUMENT)
        .pipe(check_unique, "node_id", path)
        .pipe(check_references, "claim_ids", claim_ids, path, "claims.csv")
    )
    frame = frame.pipe(check_references, "supports", set(frame["node_id"]), path,
                       "argument.csv (node_id)")
    for row in frame.itertuples():
        if (row.kind == "thesis") == bool(row.supports):
            raise DataError(display_path(path), row.line, "supports", row.supports,
                            "empty for the thesis and a node id for every other node")
        for part in filter(None, row.paragraph.split(";")):
            if not part.strip().isdigit() or not 1 <= int(part) <= paragraphs:
                raise DataError(display_path(path), row.line, "paragraph", row.paragraph,
                                f"paragraph numbers from 1 to {paragraphs}, ';'-separated")
    return _lineage_last(frame)


def load_plan_statements(raw: Path, events: pd.DataFrame, source_ids: set[str]) -> pd.DataFrame:
    """Earlier statements of a plan's target (the plan's current target is its event row).

    Each names a planned event, who stated the target and when, the target as
    stated, and a source; both dates must parse (the sources name no zone).
    """
    path = raw / "plan_statements.csv"
    planned = set(events.loc[events["status"] == "planned", "event_id"])
    frame = (
        _read_checked(path, PLAN_STATEMENTS)
        .pipe(check_references, "plan_event_id", planned, path,
              "the events tables as a planned event")
        .pipe(check_references, "source_id", source_ids, path, "sources.csv")
    )
    for column in ("announced_on", "target_text"):
        parse_dates(frame[[column, "line"]].rename(columns={column: "d"}).assign(tz="unspecified"),
                    path, text="d")
    return _lineage_last(frame)


def load_glossary(raw: Path, event_ids: set[str], source_ids: set[str]) -> pd.DataFrame:
    """Terms, names and programmes, with pinyin and characters where known."""
    path = raw / "glossary.csv"
    frame = (
        _read_checked(path, GLOSSARY)
        .pipe(check_unique, "term", path)
        .pipe(parse_dates, path, text="first_date_text", tz="first_tz", prefix="first_")
        .pipe(check_references, "event_ids", event_ids, path, "the events tables")
        .pipe(check_references, "source_id", source_ids, path, "sources.csv")
    )
    return _lineage_last(frame.sort_values("term", key=lambda s: s.str.casefold()))


def firsts_table(events: pd.DataFrame, countries: pd.DataFrame) -> pd.DataFrame:
    """Each comparison group's first achievement of each milestone kind, and China's lag.

    A row per (milestone, group) with the earliest event that has that
    milestone key, its status, the year it began, the year of the world's first
    (any group, achieved or partial), and the years between. Partial successes
    are kept and marked, since what counts as a first depends on the definition.
    """
    group_of = dict(zip(countries["code"], countries["group"]))
    firsts = events[events["milestone"] != ""].assign(
        group=lambda d: d["country_code"].map(group_of),
    )
    firsts = firsts[firsts["status"].isin(["achieved", "partial"])]
    firsts = (
        firsts.sort_values(["milestone", "group", "start_utc", "event_id"])
        .drop_duplicates(["milestone", "group"])
        .loc[:, ["milestone", "group", "country_code", "event_id", "mission", "status",
                 "local_date", "year"]]
    )
    world = firsts.groupby("milestone")["year"].min().rename("world_first_year")
    return (
        firsts.join(world, on="milestone")
        .assign(years_after_first=lambda d: (d["year"] - d["world_first_year"]).astype("Int64"))
        .sort_values(["milestone", "year", "group"])
        .reset_index(drop=True)
    )


EVENT_COLUMNS = [
    "event_id", "date_text", "tz", "start_utc", "end_utc", "precision", "qualifier",
    "local_date", "utc_date", "utc_differs", "year", "what", "who", "country",
    "country_code", "group", "mission", "kind", "status", "milestone", "announced_by",
    "announced_on", "announced_year", "source_id", "other_source_ids", "alt_date_text",
    "alt_tz", "alt_start_utc", "alt_end_utc", "alt_local_date", "alt_utc_date",
    "alt_source_id", "notes", "source_file", "line",
]  # fmt: skip


def _lineage_last(frame: pd.DataFrame) -> pd.DataFrame:
    """Move the lineage columns (source_file, line) to the end, where every table has them."""
    lineage = ["source_file", "line"]
    return frame.loc[:, [c for c in frame.columns if c not in lineage] + lineage]


def build(raw: Path = RAW, paragraphs: int = 15) -> BuildResult:
    """Read and validate every raw table; return the processed tables (nothing written)."""
    result = BuildResult()
    countries = names.load_countries(raw / "countries.csv")
    aliases = names.load_aliases(raw / "aliases.csv", countries)

    verdicts = load_verdicts(raw)
    sources = load_sources(raw)
    source_ids = set(sources["source_id"])
    result.count("sources", display_path(raw / "sources.csv"), len(sources), len(sources))

    events = load_events(raw, aliases, source_ids)
    group_of = dict(zip(countries["code"], countries["group"]))
    events = (
        events.assign(group=events["country_code"].map(group_of).astype("str"))
        .sort_values("event_id")
        .reset_index(drop=True)
        .loc[:, EVENT_COLUMNS]
    )
    for file, n in events.groupby("source_file").size().items():
        result.count("events", file, int(n), int(n))

    claims = load_claims(raw, set(events["event_id"]), source_ids, paragraphs)
    claims = (
        claims.pipe(claims_mod.add_evidence, events)
        .sort_values("claim_id")
        .reset_index(drop=True)
    )
    result.count("claims", display_path(raw / "claims.csv"), len(claims), len(claims))

    stations = load_stations(raw, aliases, source_ids).sort_values("first_launch_start_utc")
    result.count("stations", display_path(raw / "stations.csv"), len(stations), len(stations))

    essay_parts = load_paragraphs(raw, paragraphs)
    argument = load_argument(raw, set(claims["claim_id"]), paragraphs)
    glossary = load_glossary(raw, set(events["event_id"]), source_ids)
    statements = load_plan_statements(raw, events, source_ids)

    cited = set()
    for column in ("source_id", "other_source_ids", "alt_source_id"):
        cited.update(s for v in events[column] for s in v.split(";") if s)
    for frame in (claims, stations):
        cited.update(s for v in frame["source_ids"] for s in v.split(";") if s)
    cited.update(glossary["source_id"])
    cited.update(statements["source_id"])
    sources = sources.assign(cited=sources["source_id"].isin(cited))

    result.tables = {
        "events": events,
        "claims": _lineage_last(claims),
        "claim_events": claims_mod.link_table(claims),
        "stations": _lineage_last(stations.reset_index(drop=True)),
        "sources": _lineage_last(sources.sort_values("source_id")),
        "countries": countries,
        "verdicts": verdicts,
        "firsts": firsts_table(events, countries),
    }
    for name, frame in (("essay_paragraphs", essay_parts), ("argument", argument),
                        ("glossary", glossary), ("plan_statements", statements)):
        result.count(name, display_path(raw / f"{name}.csv"), len(frame), len(frame))
        result.tables[name] = frame
    launch_counts = load_launch_counts(raw, countries)
    for name, frame in launch_counts.items():
        result.count(name, display_path(raw / "gcat" / f"{name}.csv"), len(frame), len(frame))
    result.tables.update(launch_counts)
    return result


def write(result: BuildResult, out: Path = PROCESSED) -> list[Path]:
    """Write every table (and the build log) to ``out``; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in result.tables.items():
        path = out / f"{name}.csv"
        write_csv_atomic(frame, path)
        written.append(path)
    log = pd.DataFrame(result.counts).sort_values(["table", "source"])
    write_csv_atomic(log, out / "build_log.csv")
    written.append(out / "build_log.csv")
    return written


def run(raw: Path = RAW, out: Path = PROCESSED) -> BuildResult:
    """Build and write; the command line's ``build``."""
    result = build(raw)
    write(result, out)
    return result


__all__ = ["BuildResult", "build", "write", "run", "firsts_table", "write_text_atomic"]
