"""Publication dates as Indonesian pages print them, read with a regex and a month table.

"Jumat, 10 Desember 2021 | 18:24 WIB", "Sabtu 12-10-2024,10:23 WIB", "Senin (6/12/2021)",
ISO dates from meta tags, and "Selasa (24/12)" with no year (the weekday and the years the
article mentions decide). dateparser is 1.4 ms a call, so it is not used in this hot path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Month spellings, full and short, with the variants seen on Indonesian sites ("Nop", "Agt").
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "aug": 8, "august": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
#: Weekday names (Monday = 0, as `date.weekday()`).
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_ALT = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_LONG_RE = re.compile(
    r"(?:\b(?P<wd>" + _WD_ALT + r")\s*,?\s*)?\b(?P<d>\d{1,2})\s+(?P<m>" + _MONTH_ALT
    + r")\.?\s+(?P<y>\d{4})\b",
    re.IGNORECASE,
)
_ISO_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ][\d:.+Z-]*)?")
_NUMERIC_RE = re.compile(
    r"(?:\b(?P<wd>" + _WD_ALT + r")\s*,?\s*\(?\s*)?(?<![\d/.-])(?P<d>\d{1,2})"
    r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
    re.IGNORECASE,
)
_NO_YEAR_RE = re.compile(
    r"\b(?P<wd>" + _WD_ALT + r")(?:\s*-\s*(?:" + _WD_ALT + r"))?\s*,?\s*\(\s*(?P<d>\d{1,2})"
    r"(?:\s*-\s*\d{1,2})?\s*/\s*(?P<m>\d{1,2})\s*\)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<![\d.,/-])(?:19[89]\d|20[0-4]\d)(?![\d.,/]\d)")
_NEXT_YEAR_RE = re.compile(r"\btahun\s+(?:depan|mendatang)\b", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date printed in the text; `year` is None for "Selasa (24/12)"."""

    day: int
    month: int
    year: int | None
    weekday: int | None
    start: int
    end: int

    def to_date(self) -> dt.date | None:
        """The calendar date, if the year is known and the day exists."""
        if self.year is None:
            return None
        return _safe_date(self.year, self.month, self.day)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None for 31 February and friends."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    """A four-digit year from "2024" or "24"."""
    y = int(text)
    return y + 2000 if y < 100 else y


def find_dates(text: str) -> list[DateMention]:
    """Every full or weekday-only date in the text, in order of appearance."""
    if not isinstance(text, str):
        return []
    found: list[DateMention] = []
    spans: list[tuple[int, int]] = []

    def add(mention: DateMention) -> None:
        if any(s < mention.end and mention.start < e for s, e in spans):
            return
        if not (1 <= mention.month <= 12 and 1 <= mention.day <= 31):
            return
        spans.append((mention.start, mention.end))
        found.append(mention)

    for m in _LONG_RE.finditer(text):
        wd = WEEKDAYS.get(m.group("wd").lower()) if m.group("wd") else None
        add(DateMention(int(m.group("d")), MONTHS[m.group("m").lower()], int(m.group("y")), wd,
                        m.start(), m.end()))
    for m in _ISO_RE.finditer(text):
        add(DateMention(int(m.group("d")), int(m.group("m")), int(m.group("y")), None, m.start(),
                        m.end()))
    for m in _NUMERIC_RE.finditer(text):
        wd = WEEKDAYS.get(m.group("wd").lower()) if m.group("wd") else None
        add(DateMention(int(m.group("d")), int(m.group("m")), _year(m.group("y")), wd, m.start(),
                        m.end()))
    for m in _NO_YEAR_RE.finditer(text):
        add(DateMention(int(m.group("d")), int(m.group("m")), None,
                        WEEKDAYS[m.group("wd").lower()], m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def parse_date(text: str, *, reference: dt.date | None = None) -> dt.date | None:
    """The first date in a string; a date with no year takes the reference's year, if given."""
    for mention in find_dates(text):
        if mention.year is not None:
            d = mention.to_date()
            if d:
                return d
        elif reference is not None:
            d = _safe_date(reference.year, mention.month, mention.day)
            if d:
                return d
    return None


def years_mentioned(text: str) -> set[int]:
    """The years a text names ("tahun 2025", "pada 2022"), for dating a weekday-only byline."""
    if not isinstance(text, str):
        return set()
    return {int(m.group(0)) for m in _YEAR_RE.finditer(text)}


def infer_year(day: int, month: int, weekday: int, years: Iterable[int], *,
               next_year_said: bool = False, lo: int = 2000, hi: int = 2040) -> int | None:
    """The year in which day/month fell on the weekday, closest to the years the text names.

    Seed 000: "Selasa (24/12)" was a Tuesday in 2013, 2019 and 2024; "tahun 2025" with
    "tahun depan" makes it 2024. With no year named, the answer is unknowable: None.
    """
    named = sorted(set(years))
    if not named:
        return None
    best: tuple[float, int] | None = None
    for year in range(lo, hi + 1):
        d = _safe_date(year, month, day)
        if d is None or d.weekday() != weekday:
            continue
        cost = min(_year_cost(year, y, next_year_said) for y in named)
        if best is None or cost < best[0] or (cost == best[0] and year > best[1]):
            best = (cost, year)
    if best is None or best[0] > 3:
        return None
    return best[1]


def _year_cost(candidate: int, named: int, next_year_said: bool) -> float:
    """How far a candidate publication year is from a year the article names."""
    if candidate == named:
        return 0.5 if next_year_said else 0
    if candidate == named - 1:
        return 0 if next_year_said else 1
    if candidate == named + 1:
        return 2
    return 3 + abs(candidate - named)


def publication_date(lines: Iterable[str]) -> tuple[dt.date | None, str]:
    """The byline date of an article's lines: the first full date, else a weekday-only date.

    Returns (date, source) with source "text", "weekday" or "unknown". Dates further down
    ("Terkini" lists) are not reached when the caller passes only the article's own lines.
    """
    lines = list(lines)
    first_no_year: DateMention | None = None
    for line in lines:
        if not _DIGIT_RE.search(line):
            continue
        for mention in find_dates(line):
            if mention.year is not None:
                d = mention.to_date()
                if d is not None:
                    return d, "text"
            elif first_no_year is None:
                first_no_year = mention
    if first_no_year is not None and first_no_year.weekday is not None:
        joined = "\n".join(lines)
        said = bool(_NEXT_YEAR_RE.search(joined))
        year = infer_year(first_no_year.day, first_no_year.month, first_no_year.weekday,
                          years_mentioned(joined), next_year_said=said)
        if year is not None:
            d = _safe_date(year, first_no_year.month, first_no_year.day)
            if d is not None:
                return d, "weekday"
    return None, "unknown"
