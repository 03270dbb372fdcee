"""Publication dates as Indonesian pages print them, read with a regex and a month table.

"Jumat, 10 Desember 2021 | 18:24 WIB", "Sabtu 12-10-2024,10:23 WIB", "Senin (6/12/2021)",
ISO dates from meta tags, and "Selasa (24/12)" with no year (the weekday and the years the
article mentions decide); relative bylines ("2 jam lalu", "kemarin") against the fetch time.
The month table is `transforms.calendar`'s, shared with the byline parser of `extractors`.
dateparser is 1.4 ms a call, so it is not used in this hot path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from transforms.calendar import MONTH_ALT, MONTHS, WEEKDAY_ALT, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS", "DateMention", "find_dates", "infer_year", "latest_weekday_year",
           "parse_date", "publication_date", "relative_date", "years_mentioned"]

_MONTH_ALT = MONTH_ALT
_WD_ALT = WEEKDAY_ALT
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


#: Western Indonesia Time: the clock the news sites print their bylines in.
WIB = dt.timezone(dt.timedelta(hours=7))
_UNITS = {"detik": "seconds", "menit": "minutes", "jam": "hours", "hari": "days",
          "minggu": "weeks", "pekan": "weeks",
          "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days",
          "week": "weeks"}
_NUMBER_WORDS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                 "delapan": 8, "sembilan": 9, "sepuluh": 10}
_RELATIVE_RE = re.compile(
    r"(?<![\w])(?P<n>\d{1,3}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
    r"|a|an)\s*(?P<u>detik|menit|jam|hari|minggu|pekan|"
    r"seconds?|minutes?|hours?|days?|weeks?)\s+(?:yang\s+)?(?:lalu|silam|ago)\b",
    re.IGNORECASE,
)
_DAY_WORD_RE = re.compile(r"\b(?P<w>kemarin|kemarin\s+lusa|hari\s+ini|baru\s+saja|barusan|"
                          r"yesterday|today|just\s+now)\b", re.IGNORECASE)
_DAY_WORD_BACK = {"kemarin": 1, "kemarin lusa": 2, "hari ini": 0, "baru saja": 0,
                  "barusan": 0, "yesterday": 1, "today": 0, "just now": 0}


def relative_date(text: str, now: dt.datetime) -> dt.date | None:
    """The date of a relative byline ("2 jam lalu", "3 hari lalu", "kemarin") seen at `now`.

    `now` is the fetch time (aware; naive means UTC); the answer is the calendar day in WIB.
    """
    if not isinstance(text, str):
        return None
    moment = now if now.tzinfo else now.replace(tzinfo=dt.UTC)
    m = _RELATIVE_RE.search(text)
    if m:
        n_text = m.group("n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        u = m.group("u").lower()
        unit = _UNITS.get(u) or _UNITS[u.rstrip("s")]
        return (moment - dt.timedelta(**{unit: n})).astimezone(WIB).date()
    w = _DAY_WORD_RE.search(text)
    if w:
        back = _DAY_WORD_BACK[" ".join(w.group("w").lower().split())]
        return moment.astimezone(WIB).date() - dt.timedelta(days=back)
    return None


def parse_date(text: str, *, reference: dt.date | None = None,
               now: dt.datetime | None = None) -> dt.date | None:
    """The first date in a string; a date with no year takes the reference's year, if given.

    With `now` (the fetch time), a relative date ("2 hari lalu") counts when no date is printed.
    """
    found = _printed_date(text, reference)
    if found is None and now is not None:
        return relative_date(text, now)
    return found


def _printed_date(text: str, reference: dt.date | None) -> dt.date | None:
    """The first date printed in full (or day/month with a reference year)."""
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


def latest_weekday_year(day: int, month: int, weekday: int, today: dt.date) -> int | None:
    """The latest year, not after `today`, in which day/month fell on the weekday.

    "Senin (22/9)" in an article that names no year: the statement is dated to the last
    Monday 22 September up to the day the page is read (LABELLING "published": the weekday
    decides). Within the eleven years after which a weekday comes round again.
    """
    for year in range(today.year, today.year - 12, -1):
        d = _safe_date(year, month, day)
        if d is not None and d <= today and d.weekday() == weekday:
            return year
    return None


def publication_date(lines: Iterable[str], *,
                     today: dt.date | None = None) -> tuple[dt.date | None, str]:
    """The byline date of an article's lines: the first full date, else a weekday-only date.

    Returns (date, source) with source "text", "weekday" or "unknown". Dates further down
    ("Terkini" lists) are not reached when the caller passes only the article's own lines.
    A weekday-only date in an article naming no year takes the latest fitting year up to
    `today` (the day the page was fetched or read), when given.
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
        named = years_mentioned(joined)
        year = infer_year(first_no_year.day, first_no_year.month, first_no_year.weekday,
                          named, next_year_said=said)
        if year is None and not named and today is not None:
            year = latest_weekday_year(first_no_year.day, first_no_year.month,
                                       first_no_year.weekday, today)
        if year is not None:
            d = _safe_date(year, first_no_year.month, first_no_year.day)
            if d is not None:
                return d, "weekday"
    return None, "unknown"
