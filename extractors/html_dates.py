"""Publication dates as pages print them: ISO metadata and Indonesian bylines.

A regex and a month table, not dateparser: these strings have a handful of shapes and the
regex costs microseconds (shared/STACK.md). The month table and relative dates ("2 jam lalu",
"kemarin") are `transforms.calendar`'s and `transforms.dates`', shared with the text parser.
"""

from __future__ import annotations

import datetime as dt
import re

from transforms.calendar import MONTH_ALT, MONTHS, month_number
from transforms.dates import relative_date

__all__ = ["DATE_PATTERNS", "MONTHS", "date_from_url", "parse_date_text"]

_MONTH_ALT = MONTH_ALT

#: Date shapes, tried in order; each names its groups y, m (number or month word) and d.
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2021-12-10T18:24:00+07:00, 2024/10/12 10:23:00
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d\d?)[-/.](?P<d>\d\d?)(?!\d)"),
    # 10 Desember 2021, 24 Des 2024, 6 Desember 2021 10:15
    re.compile(
        rf"(?<!\d)(?P<d>\d\d?)\s+(?P<m>{_MONTH_ALT})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    ),
    # Desember 10, 2021 (English WordPress defaults)
    re.compile(
        rf"\b(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d\d?),\s*(?P<y>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    ),
    # 12-10-2024,10:23 WIB (disway), 24/12/2024, 10:15 WIB (kompas), (6/12/2021)
    re.compile(r"(?<!\d)(?P<d>\d\d?)[-/.](?P<m>\d\d?)[-/.](?P<y>(?:19|20)\d\d)(?!\d)"),
)

#: An ISO timestamp in UTC ("...Z", "+00:00"): its date is shifted to Western Indonesia Time,
#: where these sites print their bylines. Timestamps with a local offset keep their date.
UTC_STAMP = re.compile(
    r"(?<!\d)((?:19|20)\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s*(?:Z|[+-]00:?00)\b"
)
WIB = dt.timezone(dt.timedelta(hours=7))

#: A date in a URL path: /2024/12/24/slug or /read/2021/12/10/...
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d\d)/(?P<d>\d\d)(?:/|$)")


def parse_date_text(text: str, *, now: dt.datetime | None = None) -> dt.date | None:
    """The first calendar date in a metadata value or byline, as printed (UTC stamps in WIB).

    With `now` (the fetch time), a relative byline ("2 jam lalu", "kemarin") is dated from it.
    """
    found = _printed_date(text)
    if found is None and now is not None:
        return relative_date(text, now)
    return found


def _printed_date(text: str) -> dt.date | None:
    """The first date printed in full in a string."""
    if "19" not in text and "20" not in text:
        return None  # every shape below needs a year of 19xx or 20xx
    utc = UTC_STAMP.search(text)
    if utc:
        try:
            moment = dt.datetime.fromisoformat(utc.group(1)).replace(tzinfo=dt.UTC)
        except ValueError:
            moment = None
        if moment is not None:
            return moment.astimezone(WIB).date()
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            found = _to_date(m)
            if found is not None:
                return found
    return None


def date_from_url(url: str | None) -> dt.date | None:
    """The date a URL path carries (/2024/12/24/...), if any."""
    if not url:
        return None
    m = URL_DATE.search(url)
    return _to_date(m) if m else None


def _to_date(m: re.Match[str]) -> dt.date | None:
    """A date from a match's y/m/d groups, or None when they are not a real day."""
    month_text = m.group("m").lower()
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    if month is None:
        return None
    try:
        return dt.date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None
