"""The columns and vocabularies of every raw table, as data.

Each :class:`TableSchema` lists a raw file's columns in order, which of them
must not be empty, and the values a coded column may take. The reader checks
a file's header against it, the validator checks the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...] = ()
    vocab: dict[str, tuple[str, ...]] = field(default_factory=dict)
    key: str | None = None


EVENT_KINDS = (
    "organisation", "policy", "programme", "satellite", "launcher", "crewed_flight",
    "spacewalk", "docking", "station", "lunar", "mars", "navigation", "science",
    "commercial", "cooperation", "human", "publication",
)  # fmt: skip

STATUSES = ("achieved", "partial", "failed", "planned")

MILESTONES = (
    "first_satellite", "first_independent_launch", "first_crewed_suborbital_flight",
    "first_crewed_orbital_flight", "first_spacewalk", "first_docking",
    "first_crewed_docking", "first_space_station", "first_multimodule_station",
    "first_lunar_impact", "first_lunar_orbiter", "first_soft_lunar_landing",
    "first_lunar_rover", "first_lunar_sample_return", "first_lunar_farside_landing",
    "first_crewed_lunar_landing", "first_mars_flyby", "first_mars_orbiter",
    "first_mars_landing", "first_mars_rover",
)  # fmt: skip

TIME_ZONES = (
    "UTC", "Asia/Shanghai", "Europe/Moscow", "Asia/Almaty", "Asia/Kolkata", "Asia/Tokyo",
    "America/New_York", "Europe/Paris", "unspecified",
)  # fmt: skip

SOURCE_KINDS = (
    "space_agency", "government", "news_agency", "news", "reference_work", "dataset",
    "scholarly", "international_organisation", "company", "essay",
)  # fmt: skip

CLAIM_KINDS = ("fact", "number", "ranking", "attribution", "forecast", "opinion")

#: The verdict scale; its meaning is in the data dictionary.
VERDICTS = (
    "correct", "approximately_correct", "misleading", "outdated", "incorrect",
    "unverifiable", "forecast", "opinion",
)  # fmt: skip

EVENTS = TableSchema(
    name="events",
    columns=(
        "event_id", "date_text", "tz", "what", "who", "country", "mission", "kind",
        "status", "milestone", "announced_by", "announced_on", "source_id",
        "other_source_ids", "alt_date_text", "alt_tz", "alt_source_id", "notes",
    ),
    # date_text and tz may be empty only for a plan announced without a target date
    # (checked by clean.check_dated).
    required=("event_id", "what", "country", "kind", "status", "source_id"),
    vocab={
        "tz": TIME_ZONES,
        "kind": EVENT_KINDS,
        "status": STATUSES,
        "milestone": MILESTONES,
        "alt_tz": TIME_ZONES,
    },
    key="event_id",
)  # fmt: skip

SOURCES = TableSchema(
    name="sources",
    columns=(
        "source_id", "title", "author", "publisher", "url", "date_published",
        "date_accessed", "kind", "notes",
    ),
    required=("source_id", "title", "publisher", "url", "date_accessed", "kind"),
    vocab={"kind": SOURCE_KINDS},
    key="source_id",
)  # fmt: skip

CLAIMS = TableSchema(
    name="claims",
    columns=(
        "claim_id", "paragraph", "quote", "time_expression", "anchor", "kind", "event_ids",
        "reference_event_id", "claimed_value", "reference_value", "unit", "verdict",
        "explanation", "source_ids",
    ),
    required=("claim_id", "paragraph", "quote", "kind", "verdict", "explanation"),
    vocab={"kind": CLAIM_KINDS, "verdict": VERDICTS},
    key="claim_id",
)  # fmt: skip

STATIONS = TableSchema(
    name="stations",
    columns=(
        "station_id", "name", "operator", "country", "first_launch_date_text",
        "first_launch_tz", "end_date_text", "end_tz", "end_kind", "planned_end_text",
        "planned_end_decided_on", "planned_end_decided_by", "modules", "mass_kg",
        "mass_note", "perigee_km", "apogee_km", "altitude_note", "crewed", "source_ids",
        "notes",
    ),
    required=("station_id", "name", "operator", "country", "first_launch_date_text",
              "first_launch_tz", "end_kind", "source_ids"),
    vocab={
        "first_launch_tz": TIME_ZONES,
        "end_tz": TIME_ZONES,
        "end_kind": ("reentered", "deorbited", "operating"),
    },
    key="station_id",
)  # fmt: skip

ALIASES = TableSchema(
    name="aliases",
    columns=("alias", "code", "note"),
    required=("alias", "code"),
    key="alias",
)

COUNTRIES = TableSchema(
    name="countries",
    columns=("code", "name", "group", "gcat_states", "note"),
    required=("code", "name", "group"),
    key="code",
)

VERDICT_SCALE = TableSchema(
    name="verdicts",
    columns=("verdict", "order", "meaning"),
    required=("verdict", "order", "meaning"),
    vocab={"verdict": VERDICTS},
    key="verdict",
)

PARAGRAPHS = TableSchema(
    name="essay_paragraphs",
    columns=("paragraph", "theme", "role", "words", "summary"),
    required=("paragraph", "theme", "role", "words", "summary"),
    vocab={"role": ("opening", "framing", "history", "evidence", "context", "forecast",
                    "argument", "recommendation", "signature")},
    key="paragraph",
)

ARGUMENT = TableSchema(
    name="argument",
    columns=("node_id", "kind", "text", "paragraph", "claim_ids", "supports", "basis", "notes"),
    required=("node_id", "kind", "text", "basis"),
    vocab={
        "kind": ("thesis", "premise", "sub_premise", "evidence"),
        "basis": ("checkable_fact", "forecast", "value", "mixed"),
    },
    key="node_id",
)

GLOSSARY = TableSchema(
    name="glossary",
    columns=("term", "kind", "pinyin", "chinese", "meaning", "first_date_text", "first_tz",
             "first_by", "event_ids", "source_id", "notes"),
    required=("term", "kind", "meaning", "source_id"),
    vocab={
        "kind": ("concept", "programme", "mission", "spacecraft", "launcher", "organisation",
                 "place", "person", "term"),
        "first_tz": TIME_ZONES,
    },
    key="term",
)

PLAN_STATEMENTS = TableSchema(
    name="plan_statements",
    columns=("plan_event_id", "announced_on", "announced_by", "target_text", "source_id",
             "notes"),
    required=("plan_event_id", "announced_on", "announced_by", "target_text", "source_id"),
)

GCAT_BY_YEAR_STATE = TableSchema(
    name="launches_by_year_state",
    columns=("year", "state", "state_name", "attempts", "successes", "failures"),
    required=("year", "state", "state_name", "attempts", "successes", "failures"),
)

GCAT_BY_YEAR_SITE = TableSchema(
    name="launches_by_year_site",
    columns=("year", "site_group", "site_codes", "attempts", "successes", "failures"),
    required=("year", "site_group", "site_codes", "attempts", "successes", "failures"),
)

GCAT_BY_YEAR_FAMILY = TableSchema(
    name="launches_by_year_family",
    columns=("year", "state", "state_name", "lv_family", "attempts", "successes", "failures"),
    required=("year", "state", "state_name", "lv_family", "attempts", "successes", "failures"),
)
