"""Evidence for the verdicts on the essay's claims.

A verdict is a judgement a person makes and records in ``data/raw/claims.csv``
with its sources. This module computes the evidence beside it: whether the
essay's date agrees with the linked event's date within the precision the essay
uses (read in UTC and in the zone of the event's source, since a launch can fall
on different calendar days in the two), and whether the essay's number agrees
with the reference number within the precision the essay writes it with.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from . import dates
from .errors import DateParseError

#: The event that dates the essay; relative expressions anchored on "essay" use it.
ESSAY_EVENT = "essay-written"

_QUANTITY = re.compile(
    r"^(?P<word>over|more than|at least|above|under|less than|below|about|approximately|"
    r"around|roughly|nearly|almost|~)?\s*(?P<a>-?[\d,]*\.?\d+)"
    r"(?:\s*(?:-|–|to)\s*(?P<b>-?[\d,]*\.?\d+))?$"
)


@dataclass(frozen=True)
class Quantity:
    """A number as a text states it: the interval of values the text allows."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def within(self, other: Quantity) -> bool:
        """True when every value of ``self`` is allowed by ``other``."""
        lo_ok = self.low > other.low or (self.low == other.low and not other.low_open)
        hi_ok = self.high < other.high or (self.high == other.high and not other.high_open)
        return lo_ok and hi_ok


def _rounding(number_text: str) -> float:
    """Half a unit of the last significant digit: '2' -> 0.5, '1.73' -> 0.005, '60' -> 5."""
    digits = number_text.replace(",", "").lstrip("-")
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return 0.5 * 10**zeros


def parse_quantity(text: str, exact: bool = False) -> Quantity:
    """Read a claimed or reference number into the interval it allows.

    A plain number allows what rounds to it ('2' covers 1.5 to 2.5); with
    ``exact`` it is taken at face value. 'over 60' allows anything above 60,
    'about 100' widens to 10 %, '340-450' is the range itself.

    >>> parse_quantity("2")
    Quantity(low=1.5, high=2.5, low_open=False, high_open=True)
    >>> parse_quantity("over 60")
    Quantity(low=60.0, high=inf, low_open=True, high_open=False)
    >>> parse_quantity("1.731", exact=True).within(parse_quantity("2"))
    True
    """
    s = " ".join(str(text).strip().lower().split())
    m = _QUANTITY.match(s)
    if not m:
        raise ValueError(f"cannot read the quantity {text!r}; expected a number, a range "
                         "'a-b', or 'over/under/about' and a number")
    a = float(m.group("a").replace(",", ""))
    word = m.group("word") or ""
    if m.group("b"):
        b = float(m.group("b").replace(",", ""))
        return Quantity(min(a, b), max(a, b))
    if word in ("over", "more than", "above"):
        return Quantity(a, math.inf, low_open=True)
    if word == "at least":
        return Quantity(a, math.inf)
    if word in ("under", "less than", "below"):
        return Quantity(-math.inf, a, high_open=True)
    if exact:
        return Quantity(a, a)
    tolerance = _rounding(m.group("a"))
    if word in ("about", "approximately", "around", "roughly", "nearly", "almost", "~"):
        tolerance = max(tolerance, abs(a) * 0.1)
    return Quantity(a - tolerance, a + tolerance, high_open=True)


def value_agrees(claimed: str, reference: str) -> str:
    """'agrees', 'disagrees', or '' when either value is missing or not a number.

    >>> value_agrees("2", "1.731")
    'agrees'
    >>> value_agrees("over 60", "66")
    'agrees'
    >>> value_agrees("3", "1.731")
    'disagrees'
    """
    if not str(claimed).strip() or not str(reference).strip():
        return ""
    try:
        c = parse_quantity(claimed)
        r = parse_quantity(reference, exact=True)
    except ValueError:
        return ""
    return "agrees" if r.within(c) else "disagrees"


def _interval(start: str, end: str) -> dates.DateInterval | None:
    if not start and not end:
        return None
    lo = pd.Timestamp(start).to_pydatetime() if start else None
    hi = pd.Timestamp(end).to_pydatetime() if end else None
    return dates.DateInterval("", lo, hi, "second", "exact", "UTC", None, None)


def date_agreement(expression: str, anchor: str, event: pd.Series | None) -> str:
    """Compare the essay's time expression with an event's date.

    The essay names no time zone, so its date is read twice: as UTC and as the
    zone of the event's source. Returns ``agrees`` (both readings overlap the
    event's interval), ``agrees_in_utc`` or ``agrees_in_source_zone`` (only
    one does), ``disagrees``, or ``''`` when there is nothing to compare.
    A planned event is compared the same way: the result then says whether the
    essay repeats the announced target.
    """
    if not expression or event is None:
        return ""
    reference = _interval(event["start_utc"], event["end_utc"])
    if reference is None:
        return ""
    readings = []
    for zone in ("UTC", event["tz"] if event["tz"] != "unspecified" else "UTC"):
        try:
            essay = dates.parse(expression, tz=zone, anchor=anchor or None)
        except DateParseError:
            return ""
        readings.append(essay.overlaps(reference))
    in_utc, in_zone = readings
    if in_utc and in_zone:
        return "agrees"
    if in_utc:
        return "agrees_in_utc"
    if in_zone:
        return "agrees_in_source_zone"
    return "disagrees"


def add_evidence(claims: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Add ``date_check`` and ``value_check`` columns to the claims table.

    ``events`` is the processed events table (indexed by nothing in particular;
    it needs ``event_id``, ``date_text``, ``tz``, ``start_utc`` and ``end_utc``).
    An anchor of ``essay`` means the date the essay was written: the date of the
    event ``essay-written``.
    """
    by_id = events.set_index("event_id")
    essay_date = by_id.loc[ESSAY_EVENT, "date_text"] if ESSAY_EVENT in by_id.index else ""
    date_checks, value_checks = [], []
    for expr, anchor, ref, claimed, reference in zip(
        claims["time_expression"], claims["anchor"], claims["reference_event_id"],
        claims["claimed_value"], claims["reference_value"],
    ):
        event = by_id.loc[ref] if ref and ref in by_id.index else None
        anchor_text = essay_date if anchor == "essay" else anchor
        date_checks.append(date_agreement(expr, anchor_text, event))
        value_checks.append(value_agrees(claimed, reference))
    return claims.assign(
        date_check=pd.array(date_checks, dtype="str"),
        value_check=pd.array(value_checks, dtype="str"),
    )


def link_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per (claim, event) link, from the semicolon-separated ``event_ids``.

    >>> link_table(pd.DataFrame({"claim_id": ["c1", "c2"], "event_ids": ["a;b", ""]}))
      claim_id event_id
    0       c1        a
    1       c1        b
    """
    pairs = [
        (claim, event.strip())
        for claim, ids in zip(claims["claim_id"], claims["event_ids"])
        for event in str(ids).split(";")
        if event.strip()
    ]
    return pd.DataFrame(pairs, columns=["claim_id", "event_id"], dtype="str")
