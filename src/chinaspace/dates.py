"""Parse date expressions into intervals with a precision and a qualifier.

A source rarely gives an instant. It gives "24 November 2020", "mid-December
2020", "early 1990s", "by 2030" or "five years later", each in its own time zone.
``parse`` turns such an expression into a :class:`DateInterval`: the earliest and
latest instant it can mean (in UTC), the precision the source used, and a
qualifier (exact, approximate, no later than, no earlier than, uncertain).

Chinese agencies and Xinhua give Beijing time (UTC+8, IANA zone
``Asia/Shanghai``), NASA's NSSDCA catalogue and GCAT give UTC. A launch at
04:30 Beijing time on 24 November 2020 happened at 20:30 UTC on 23 November:
the interval is stored in UTC and the local calendar date is kept beside it.

>>> d = parse("24 November 2020 04:30", tz="Asia/Shanghai")
>>> d.earliest.isoformat(), d.precision, d.local_date, d.utc_date
('2020-11-23T20:30:00+00:00', 'minute', '2020-11-24', '2020-11-23')
>>> parse("early 1990s").label
'1990/1993'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import DateParseError

UTC = timezone.utc

#: Precisions from finest to coarsest.
PRECISIONS = (
    "second",
    "minute",
    "hour",
    "day",
    "part_of_month",
    "month",
    "season",
    "year",
    "part_of_decade",
    "decade",
)

#: Qualifiers: how the interval relates to what the source asserts.
QUALIFIERS = ("exact", "approximate", "no_later_than", "no_earlier_than", "uncertain")

#: The zone a source may say it uses; "unspecified" means it does not say.
UNSPECIFIED = "unspecified"

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

# Words a source uses for its own zone, mapped to an IANA zone.
_ZONE_WORDS = {
    "beijing time": "Asia/Shanghai",
    "bjt": "Asia/Shanghai",
    "utc+8": "Asia/Shanghai",
    "utc": "UTC",
    "gmt": "UTC",
    "z": "UTC",
    "moscow time": "Europe/Moscow",
    "msk": "Europe/Moscow",
}
_ZONE_RE = re.compile(
    r"[\s,(]*\b(?P<zone>beijing time|bjt|utc\+8|utc|gmt|moscow time|msk)\b\)?\s*$"
)

_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
_PART_OF_DECADE = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1,
}  # fmt: skip


@dataclass(frozen=True)
class DateInterval:
    """What a date expression can mean.

    ``earliest`` and ``latest`` are timezone-aware UTC datetimes bounding every
    instant the expression allows (``latest`` is the last microsecond); either
    may be ``None`` for an open end ("by 2030" has no earliest). ``local_start``
    and ``local_end`` are the same bounds as naive datetimes on the source's
    own clock, so the calendar date the source wrote is never lost.
    """

    text: str
    earliest: datetime | None
    latest: datetime | None
    precision: str
    qualifier: str
    tz: str
    local_start: datetime | None
    local_end: datetime | None

    @property
    def label(self) -> str:
        """The local interval written at the expression's precision.

        >>> parse("2021-2022").label
        '2021/2022'
        >>> parse("November 2020").label
        '2020-11'
        """
        return _label(self.local_start, self.local_end, self.precision)

    @property
    def local_date(self) -> str:
        """The calendar date (or month, year, range) as the source's clock reads it."""
        if _rank(self.precision) < _rank("day") and self.local_start is not None:
            return self.local_start.date().isoformat()
        return self.label

    @property
    def utc_date(self) -> str:
        """The calendar date in UTC, at the expression's precision.

        For a day-precision date given in a zone other than UTC, the local day
        covers parts of two UTC days, and both are given as a range
        ("2003-10-14/2003-10-15"). Coarser than a day, the few hours between
        zones do not change the label, which is then the local one.
        """
        if _rank(self.precision) > _rank("day") or self.earliest is None or self.latest is None:
            return self.label
        first = self.earliest.date().isoformat()
        last = self.latest.date().isoformat()
        return first if first == last else f"{first}/{last}"

    @property
    def utc_differs(self) -> bool:
        """True when the UTC calendar date is known to one day and is not the date the
        source wrote (a day given in Beijing time can fall on either of two UTC days,
        and then ``utc_date`` gives both)."""
        utc = self.utc_date
        return _rank(self.precision) <= _rank("day") and "/" not in utc and utc != self.local_date

    @property
    def midpoint(self) -> datetime | None:
        """The middle of the interval (UTC), or the closed end of an open interval."""
        if self.earliest is None:
            return self.latest
        if self.latest is None:
            return self.earliest
        return self.earliest + (self.latest - self.earliest) / 2

    def contains(self, other: DateInterval) -> bool:
        """True when ``other`` lies within this interval (open ends are unbounded)."""
        lo_ok = self.earliest is None or (
            other.earliest is not None and other.earliest >= self.earliest
        )
        hi_ok = self.latest is None or (other.latest is not None and other.latest <= self.latest)
        return lo_ok and hi_ok

    def overlaps(self, other: DateInterval) -> bool:
        """True when the two intervals share at least one instant."""
        if self.latest is not None and other.earliest is not None:
            if other.earliest > self.latest:
                return False
        if other.latest is not None and self.earliest is not None:
            if self.earliest > other.latest:
                return False
        return True


def _rank(precision: str) -> int:
    return PRECISIONS.index(precision)


def _label(start: datetime | None, end: datetime | None, precision: str) -> str:
    def one(d: datetime) -> str:
        if precision in ("second",):
            return d.strftime("%Y-%m-%dT%H:%M:%S")
        if precision == "minute":
            return d.strftime("%Y-%m-%dT%H:%M")
        if precision == "hour":
            return d.strftime("%Y-%m-%dT%H")
        if precision in ("day", "part_of_month"):
            return d.strftime("%Y-%m-%d")
        if precision in ("month", "season"):
            return d.strftime("%Y-%m")
        return d.strftime("%Y")

    if start is None and end is None:
        return ""
    if start is None:
        return "/" + one(end)
    if end is None:
        return one(start) + "/"
    a, b = one(start), one(end)
    if precision in ("second", "minute", "hour"):
        return a
    return a if a == b else f"{a}/{b}"


def _zone(tz: str):
    if tz == UNSPECIFIED:
        return None
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DateParseError(tz, "unknown time zone; expected an IANA name such as "
                             "'UTC' or 'Asia/Shanghai', or 'unspecified'") from exc


def _end_of_day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 23, 59, 59, 999999)


def _month_end(year: int, month: int) -> datetime:
    return _end_of_day(date(year, month, calendar.monthrange(year, month)[1]))


def _local_interval(
    text: str, tz: str, start: datetime, end: datetime, precision: str, qualifier: str,
    open_start: bool = False, open_end: bool = False,
) -> DateInterval:
    """Attach a zone to naive local bounds and convert them to UTC."""
    zone = _zone(tz)
    if zone is None:
        # A date-only source that names no zone: the day it wrote began somewhere
        # between UTC+14 and ended somewhere before UTC-12.
        lo = (start - timedelta(hours=14)).replace(tzinfo=UTC)
        hi = (end + timedelta(hours=12)).replace(tzinfo=UTC)
    else:
        lo = start.replace(tzinfo=zone).astimezone(UTC)
        hi = end.replace(tzinfo=zone).astimezone(UTC)
    return DateInterval(
        text=text,
        earliest=None if open_start else lo,
        latest=None if open_end else hi,
        precision=precision,
        qualifier=qualifier,
        tz=tz,
        local_start=None if open_start else start,
        local_end=None if open_end else end,
    )


def _year(value: str, text: str) -> int:
    year = int(value)
    if not 1 <= year <= 9999:
        raise DateParseError(text, f"year {year} is out of range")
    return year


def _checked_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateParseError(text, str(exc)) from None


def _time(hh: str | None, mm: str | None, ss: str | None, ampm: str | None, text: str):
    """Return (hour, minute, second, precision) from matched groups."""
    if hh is None:
        return 0, 0, 0, "day"
    hour, minute = int(hh), int(mm or 0)
    second = int(ss) if ss is not None else 0
    if ampm:
        if not 1 <= hour <= 12:
            raise DateParseError(text, "an a.m./p.m. hour must be between 1 and 12")
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateParseError(text, "time of day out of range")
    precision = "second" if ss is not None else ("minute" if mm is not None else "hour")
    return hour, minute, second, precision


def _from_day(text, tz, year, month, day, hh=None, mm=None, ss=None, ampm=None, qualifier="exact"):
    d = _checked_date(year, month, day, text)
    hour, minute, second, precision = _time(hh, mm, ss, ampm, text)
    start = datetime(d.year, d.month, d.day, hour, minute, second)
    step = {"day": timedelta(days=1), "hour": timedelta(hours=1),
            "minute": timedelta(minutes=1), "second": timedelta(seconds=1)}[precision]
    end = start + step - timedelta(microseconds=1)
    return _local_interval(text, tz, start, end, precision, qualifier)


def _from_month(text, tz, year, month, qualifier="exact"):
    if not 1 <= month <= 12:
        raise DateParseError(text, f"month {month} is out of range")
    return _local_interval(text, tz, datetime(year, month, 1), _month_end(year, month),
                           "month", qualifier)


def _from_years(text, tz, first, last, precision="year", qualifier="exact",
                open_start=False, open_end=False):
    if last < first:
        raise DateParseError(text, "the range ends before it starts")
    return _local_interval(text, tz, datetime(first, 1, 1), _end_of_day(date(last, 12, 31)),
                           precision, qualifier, open_start=open_start, open_end=open_end)


_TIME = (
    r"(?:[ T,]+(?:at\s+)?(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?(?::(?P<ss>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?)?"
)
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso_day", re.compile(
        r"^(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})"
        r"(?:[t ](?P<hh>\d{2}):(?P<mm>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
        r"(?P<off>z|[+-]\d{2}:?\d{2})?)?$")),
    ("iso_month", re.compile(r"^(?P<year>\d{4})-(?P<m>\d{2})$")),
    ("year_range", re.compile(
        r"^(?:between\s+|from\s+)?(?P<y1>\d{4})\s*(?:-|–|—|to|and|/)\s*(?P<y2>\d{4})$")),
    ("year", re.compile(r"^(?P<year>\d{4})$")),
    ("day_month_year", re.compile(
        r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME + "$")),
    ("month_day_year", re.compile(
        r"^" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + "$")),
    ("part_of_month", re.compile(
        r"^(?P<part>early|mid|late)[- ]+" + _MONTH + r",?\s+(?P<year>\d{4})$")),
    ("month_year", re.compile(r"^" + _MONTH + r",?\s+(?P<year>\d{4})$")),
    ("season", re.compile(r"^(?P<season>spring|summer|autumn|fall)\s+(?P<year>\d{4})$")),
    ("part_of_decade", re.compile(r"^(?P<part>early|mid|late)[- ]+(?P<decade>\d{3}0)'?s$")),
    ("part_of_year", re.compile(r"^(?P<part>early|mid|late)[- ]+(?P<year>\d{4})$")),
    ("decade", re.compile(r"^(?P<decade>\d{3}0)'?s$")),
]

_GCAT_SHAPE = re.compile(r"^\s*\d{4} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")

_BOUND = re.compile(
    r"^(?P<word>by|before|no later than|not later than|until|after|since|no earlier than|"
    r"around|about|circa|c\.|approximately|roughly|~)\s*(?P<rest>.+)$"
)
_RELATIVE = re.compile(
    r"^(?P<over>over|more than|nearly|almost|less than|in less than|within)?\s*"
    r"(?:the\s+)?(?P<past>past\s+|last\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+(?P<unit>years?|decades?)"
    r"(?:\s+(?P<dir>later|after|ago|earlier|before|have passed|has passed|on))?$"
)


def parse(text: object, tz: str = "UTC", anchor: DateInterval | str | None = None) -> DateInterval:
    """Parse a date expression into a :class:`DateInterval`.

    ``tz`` is the zone the source uses (an IANA name, or ``"unspecified"``);
    words in the text such as "Beijing time" or "UTC" override it. ``anchor``
    resolves relative expressions ("five years later", "over 20 years have
    passed"): a DateInterval or an expression, parsed in the same zone.

    Raises :class:`chinaspace.errors.DateParseError` for anything else.

    >>> parse("Nov 24, 2020, 04:30 Beijing time").utc_date
    '2020-11-23'
    >>> parse("mid-December 2020").label
    '2020-12-11/2020-12-20'
    >>> p = parse("by 2030"); (p.earliest, p.latest.year, p.qualifier)
    (None, 2030, 'no_later_than')
    >>> parse("Five years later", anchor="2003").label
    '2008'
    >>> parse("1957 Oct  4 1928:34").earliest.isoformat()
    '1957-10-04T19:28:34+00:00'
    """
    if not isinstance(text, str):
        raise DateParseError(text, "expected a string")
    if not isinstance(tz, str):
        raise DateParseError(tz, "expected a time-zone name")
    original = text
    # GCAT's own layout ("1957 Oct  4 1928:34", "1962 Jun", "1963 Jun 12?") is always
    # UTC; it is recognised before any normalising of spaces.
    if _GCAT_SHAPE.match(text) and tz in ("UTC", UNSPECIFIED):
        return _parse_gcat(original)
    s = " ".join(text.strip().split())
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    s = re.sub(r"^(?:on|in|during)\s+", "", s, flags=re.IGNORECASE)
    s = s.rstrip(".;")
    if not s:
        raise DateParseError(original, "the expression is empty")
    uncertain = s.endswith("?")
    s = s.rstrip("?").strip()
    low = s.lower()
    zone_match = _ZONE_RE.search(low)
    if zone_match and zone_match.start() > 0:
        tz = _ZONE_WORDS[zone_match.group("zone")]
        low = low[: zone_match.start()].rstrip(" ,(")
    _zone(tz)  # fail early on an unknown zone
    result = _parse_plain(original, low, tz, anchor)
    if uncertain and result.qualifier == "exact":
        result = _replace(result, qualifier="uncertain")
    return result


def _replace(d: DateInterval, **changes) -> DateInterval:
    values = {f: getattr(d, f) for f in d.__dataclass_fields__}
    values.update(changes)
    return DateInterval(**values)


def _parse_gcat(text: str) -> DateInterval:
    """GCAT's vague dates, read by :func:`chinaspace.gcat.parse_gcat_date`."""
    from .gcat import parse_gcat_date

    earliest, latest, precision, uncertain = parse_gcat_date(text)
    local_start, local_end = earliest.replace(tzinfo=None), latest.replace(tzinfo=None)
    return DateInterval(text, earliest, latest, precision,
                        "uncertain" if uncertain else "exact", "UTC", local_start, local_end)


def _parse_plain(original: str, low: str, tz: str, anchor) -> DateInterval:
    bound = _BOUND.match(low)
    if bound:
        word, rest = bound.group("word"), bound.group("rest")
        inner = _parse_plain(original, rest, tz, anchor)
        if word in ("by", "no later than", "not later than", "until"):
            return _replace(inner, earliest=None, local_start=None, qualifier="no_later_than")
        if word == "before":
            end = inner.local_start - timedelta(microseconds=1)
            out = _local_interval(original, tz, end, end, inner.precision, "no_later_than")
            return _replace(out, earliest=None, local_start=None)
        if word in ("after",):
            start = inner.local_end + timedelta(microseconds=1)
            out = _local_interval(original, tz, start, start, inner.precision, "no_earlier_than")
            return _replace(out, latest=None, local_end=None)
        if word in ("since", "no earlier than"):
            return _replace(inner, latest=None, local_end=None, qualifier="no_earlier_than")
        return _replace(inner, qualifier="approximate", text=original)

    for name, pattern in _PATTERNS:
        m = pattern.match(low)
        if m is None:
            continue
        g = m.groupdict()
        if name == "iso_day":
            if g["off"]:
                off = g["off"]
                if off.lower() == "z":
                    tz = "UTC"
                else:
                    sign = 1 if off[0] == "+" else -1
                    hours, minutes = int(off[1:3]), int(off[-2:])
                    tz = _offset_zone(sign * (hours * 60 + minutes), original)
            return _from_day(original, tz, _year(g["year"], original), int(g["m"]),
                             int(g["day"]), g["hh"], g["mm"], g["ss"])
        if name == "iso_month":
            return _from_month(original, tz, _year(g["year"], original), int(g["m"]))
        if name == "year":
            y = _year(g["year"], original)
            return _from_years(original, tz, y, y)
        if name == "year_range":
            return _from_years(original, tz, _year(g["y1"], original), _year(g["y2"], original))
        if name in ("day_month_year", "month_day_year"):
            return _from_day(original, tz, _year(g["year"], original), _MONTHS[g["month"]],
                             int(g["day"]), g["hh"], g["mm"], g["ss"],
                             (g["ampm"] or "").replace(".", "") or None)
        if name == "part_of_month":
            year, month = _year(g["year"], original), _MONTHS[g["month"]]
            first, last = _PART_OF_MONTH[g["part"]]
            last = last or calendar.monthrange(year, month)[1]
            start = datetime(year, month, first)
            return _local_interval(original, tz, start, _end_of_day(date(year, month, last)),
                                   "part_of_month", "exact")
        if name == "month_year":
            return _from_month(original, tz, _year(g["year"], original), _MONTHS[g["month"]])
        if name == "season":
            year = _year(g["year"], original)
            first, last = _SEASONS[g["season"]]
            return _local_interval(original, tz, datetime(year, first, 1),
                                   _month_end(year, last), "season", "exact")
        if name == "part_of_decade":
            decade = int(g["decade"])
            first, last = _PART_OF_DECADE[g["part"]]
            return _from_years(original, tz, decade + first, decade + last, "part_of_decade")
        if name == "part_of_year":
            year = _year(g["year"], original)
            first, last = _PART_OF_YEAR[g["part"]]
            return _local_interval(original, tz, datetime(year, first, 1),
                                   _month_end(year, last), "season", "exact")
        if name == "decade":
            decade = int(g["decade"])
            return _from_years(original, tz, decade, decade + 9, "decade")

    relative = _RELATIVE.match(low)
    if relative:
        return _parse_relative(original, relative, tz, anchor)
    raise DateParseError(original, "no known date form matches (expected for example "
                         "'2020-11-24', '24 November 2020', 'mid-December 2020', "
                         "'early 1990s', 'by 2030' or 'five years later')")


def _offset_zone(minutes: int, text: str) -> str:
    if minutes == 0:
        return "UTC"
    if minutes == 8 * 60:
        return "Asia/Shanghai"
    raise DateParseError(text, "only UTC and UTC+08:00 offsets are supported; "
                         "give the zone in the tz column instead")


def _parse_relative(original: str, m: re.Match, tz: str, anchor) -> DateInterval:
    if anchor is None:
        raise DateParseError(original, "a relative expression needs an anchor date")
    base = anchor if isinstance(anchor, DateInterval) else parse(anchor, tz=tz)
    if base.local_start is None or base.local_end is None:
        raise DateParseError(original, "the anchor must be a closed interval")
    n_text = m.group("n")
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text)
    if n is None:
        raise DateParseError(original, f"unknown number {n_text!r}")
    years = n * (10 if m.group("unit").startswith("decade") else 1)
    direction = m.group("dir") or ""
    over = m.group("over") or ""
    back = direction in ("ago", "earlier", "before")
    y0, y1 = base.local_start.year, base.local_end.year
    if m.group("past"):
        # "Over the past thirty years", said at the anchor: the span up to it.
        return _from_years(original, tz, y1 - years, y1, qualifier="approximate")
    if direction in ("have passed", "has passed") or (not direction and over in ("over", "more than")):
        # "Over 20 years have passed" since the anchor: now is at least anchor + 20.
        return _from_years(original, tz, y0 + years, y0 + years, qualifier="no_earlier_than",
                           open_end=True)
    if over in ("less than", "in less than", "within"):
        # "In less than a decade" from the anchor: before anchor + 10.
        return _from_years(original, tz, y0, y1 + years - 1, qualifier="no_later_than")
    shift = -years if back else years
    if m.group("unit").startswith("decade"):
        # "Five decades ago" is a round number: give it the width of a decade.
        centre = y0 + shift
        return _from_years(original, tz, centre - 5, centre + 4, "decade", "approximate")
    qualifier = "approximate" if over in ("nearly", "almost") else base.qualifier
    return _from_years(original, tz, y0 + shift, y1 + shift, base.precision
                       if _rank(base.precision) >= _rank("year") else "year", qualifier)


def explain(texts, tz: str = "UTC", anchor: DateInterval | str | None = None):
    """A table of how each expression parses: one row per text, never raising.

    Columns: text, tz, precision, qualifier, local (the interval on the source's
    clock), utc_start, utc_end, utc_date, error (empty when it parsed).

    >>> table = explain(["mid-December 2020", "soon"])
    >>> table.loc[0, ["precision", "local"]].tolist()
    ['part_of_month', '2020-12-11/2020-12-20']
    >>> table.loc[1, "error"][:18]
    'no known date form'
    """
    import pandas as pd

    rows = []
    for text in texts:
        try:
            d = parse(text, tz=tz, anchor=anchor)
        except DateParseError as exc:
            rows.append({"text": text, "tz": tz, "precision": "", "qualifier": "", "local": "",
                         "utc_start": "", "utc_end": "", "utc_date": "",
                         "error": exc.reason})
            continue
        rows.append({
            "text": text, "tz": d.tz, "precision": d.precision, "qualifier": d.qualifier,
            "local": d.label,
            "utc_start": d.earliest.strftime("%Y-%m-%d %H:%M") if d.earliest else "",
            "utc_end": d.latest.strftime("%Y-%m-%d %H:%M") if d.latest else "",
            "utc_date": d.utc_date, "error": "",
        })
    return pd.DataFrame(rows, dtype="str")
