"""The one month and weekday table: every spelling Indonesian pages print, bylines and text alike.

Bylines (`extractors.html_dates`), dates in text (`transforms.dates`) and periods
(`transforms.periods`) all read months from here. They had two tables that drifted: "Agst" was
known to the text parser only and "Agust" to the byline parser only (issue 18).
"""

from __future__ import annotations

import re

#: Month names and abbreviations, lower case: Indonesian (with the old spellings "Pebruari",
#: "Nopember" and the abbreviations sites print: "Agt", "Agst", "Agust", "Nop", "Sept", "Mrt"),
#: then English (WordPress defaults).
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "febr": 2, "february": 2,
    "maret": 3, "mar": 3, "mrt": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agust": 8, "aug": 8, "august": 8,
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

#: A regex alternation of every month spelling, longest first ("agustus" before "agu").
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
#: The same for weekdays (escaped: "jum'at").
WEEKDAY_ALT = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))


def month_number(word: str) -> int | None:
    """1-12 for a month word in any spelling of the table (a trailing dot allowed), else None."""
    return MONTHS.get(word.strip().rstrip(".").lower())
