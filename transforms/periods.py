"""as_of and target years: the period a figure describes, not the day it was printed.

"hingga November 2021" gives "2021-11", "tahun 2023" gives "2023", "tahun lalu" the year before
publication, "saat ini" the publication month; targets take "tahun 2025" or "tahun depan".
"""

from __future__ import annotations

import datetime as dt
import re

from transforms.calendar import MONTH_ALT, MONTHS

_MONTH_ALT = MONTH_ALT
_YEAR = r"(?P<y>(?:19[89]|20[0-4])\d)(?![\d.,]\d)"
#: Ordered period rules: (name, pattern, kind). The first rule that matches wins.
_PERIOD_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # "per 30 September 2024", "hingga 31 Desember 2023": a day stated with a period word.
    # "periode 1 Februari – 28 November 2022": the end of a range of days is a day stated too.
    ("day", re.compile(
        r"(?:\b(?:per|hingga|sampai(?:\s+dengan)?|s\.?d\.?|posisi|tanggal)|[-–—])\s+"
        r"(?P<d>\d{1,2})\s+"
        r"(?P<m>" + _MONTH_ALT + r")\.?\s+" + _YEAR, re.IGNORECASE), "month_day"),
    # "hingga November 2021", "akhir Mei 2019", "per Februari 2025", "November 2021",
    # "sampai dengan Oktober tahun 2022" (real news, issue 13).
    # A month after a day number is the day rule's (checked in scan_periods, _DAY_BEFORE_RE).
    ("month", re.compile(
        r"(?<![^\W\d_])(?=[A-Za-z])\b(?P<m>" + _MONTH_ALT + r")\.?\s+(?:tahun\s+)?" + _YEAR,
        re.IGNORECASE),
     "month"),
    # "Pada 2025 hingga bulan Mei ada 88 ribu peserta": a month after the year it belongs to.
    ("year_then_month", re.compile(
        r"\b" + _YEAR.replace("?P<y>", "?P<y>", 1) + r",?\s+(?:hingga|sampai|per)\s+(?:akhir\s+)?"
        r"(?:bulan\s+)?(?P<m>" + _MONTH_ALT + r")\b(?!\.?\s+(?:19|20)\d\d)", re.IGNORECASE),
     "month"),
    # "semester I-2024" (corpus 036), "triwulan III 2024": the quarter's or half's last month.
    ("quarter", re.compile(
        r"\b(?P<q>semester|triwulan|kuartal|TW)\s*(?P<n>IV|III|II|I|[1-4])\s*[-/ ]?\s*(?:tahun\s+)?"
        + _YEAR, re.IGNORECASE), "month"),
    # "sampai akhir 2017", "hingga akhir tahun 2025": the year's last month (real news, issue
    # 13: the real sets label YYYY-12; the team's corpus had the year alone).
    ("year_end", re.compile(
        r"\b(?:akhir|penghujung|ujung)\s+(?:tahun\s+)?" + _YEAR, re.IGNORECASE), "month"),
    # "data Sakernas 2024 mencatat ...", "Survei Angkatan Kerja Nasional (Sakernas) 2023", "data
    # 2022 mencatat": the survey's or data's year dates the figure it gives, whatever the
    # publication year.
    ("survey_year", re.compile(
        r"\b(?:Sakernas|Susenas|Survei\s+Angkatan\s+Kerja\s+Nasional|data)\)?\s+(?:tahun\s+)?"
        + _YEAR,
        re.IGNORECASE), "year"),
    # "tahun 2023", "pada 2022", "sepanjang 2024", "APBD 2024" (corpus 008), but not "Nomor 2
    # Tahun 2021" (a regulation).
    ("year", re.compile(
        # "APBD Bojonegoro 2024": the budget of a named regency and its year ("(APBD)
        # Perubahan 2025" spelt out first)
        # "13.400 pada 2022" is a figure then its year; "12 tahun 2021" is no period
        r"(?:\b(?:pada|di|hingga|sampai)|(?<!\d\s)\b(?:tahun|sepanjang|selama|akhir|awal|periode|"
        r"APB[DN]\)?(?:\s+(?:Kabupaten|Kota|Provinsi)?\s*[A-Z][a-z]+)?|"
        r"APBDes|DBHCHT|anggaran|Dana\s+Desa))\s+(?:tahun\s+)?" + _YEAR, re.IGNORECASE), "year"),
    # "Ini data per Juli kemarin", "hingga Agustus lalu": the last such month before the
    # publication date (none known: unknowable).
    ("month_last", re.compile(
        r"(?<![^\W\d_])(?=[A-Za-z])\b(?:bulan\s+)?(?P<m>" + _MONTH_ALT + r")\s+(?:lalu|kemarin)\b",
        re.IGNORECASE), "month"),
    # "naik menjadi 13.400 setahun kemudian": the year after the period stated before it
    # (its value is set in scan_periods).
    ("year_later", re.compile(r"\b(?:setahun|satu\s+tahun)\s+(?:kemudian|berikutnya)\b",
                              re.IGNORECASE), "year"),
    # "naik 6 persen dari tahun lalu" (corpus 020) compares; it does not date the figure.
    ("last_year", re.compile(r"(?<!dari\s)(?<!sama\s)"
                             r"\btahun\s+(?:lalu|kemarin|sebelumnya)\b", re.IGNORECASE),
     "relative"),
    ("this_year", re.compile(r"\btahun\s+ini\b", re.IGNORECASE), "relative"),
    # "sejauh ini baru mencapai 58 persen": so far, i.e. now (real news, issue 13)
    ("now", re.compile(
        r"\b(?:saat\s+ini|kini|sekarang|hingga\s+hari\s+ini|per\s+hari\s+ini|terkini|"
        r"sejauh\s+ini)\b", re.IGNORECASE), "now"),
    # "tercatat" alone says "as recorded now" only when no period was stated before (corpus 016:
    # "Dari jumlah itu, ... tercatat 23.115 orang" keeps "hingga Agustus 2024").
    ("recorded", re.compile(r"\btercatat\b", re.IGNORECASE), "recorded"),
)
#: Rules that need a year in the sentence, skipped at once where no year-like number is.
_NEEDS_YEAR = frozenset({"day", "month", "year_then_month", "quarter", "year_end", "survey_year",
                         "year"})
_MONTH_STEMS = tuple(sorted({m[:3] for m in MONTHS}))
#: Words (lower case, any of) a rule cannot match without: a substring test in C skips the
#: regex scan of most sentences (the period scan is a large share of the extraction time).
_NEEDS_WORDS: dict[str, tuple[str, ...]] = {
    "day": _MONTH_STEMS,
    "month": _MONTH_STEMS,
    "year_then_month": _MONTH_STEMS,
    "quarter": ("semester", "triwulan", "kuartal", "tw"),
    "year_end": ("akhir", "ujung"),
    "survey_year": ("sakernas", "susenas", "survei", "data"),
    "month_last": ("lalu", "kemarin"),
    "year_later": ("tahun",),
    "last_year": ("tahun",),
    "this_year": ("tahun",),
    "now": ("ini", "kini", "sekarang"),
    "recorded": ("tercatat",),
}
_ANY_YEAR_RE = re.compile(r"(?:19[89]|20[0-4])\d")
_DAY_BEFORE_RE = re.compile(r"\d\s*$")
_QUARTER_END = {"semester": {"I": 6, "1": 6, "II": 12, "2": 12},
                "triwulan": {"I": 3, "1": 3, "II": 6, "2": 6, "III": 9, "3": 9, "IV": 12, "4": 12}}
_REGULATION_BEFORE_RE = re.compile(r"(?:nomor|no\.?)\s*\d+\s*$", re.IGNORECASE)
_TARGET_YEAR_RE = re.compile(
    r"\b(?:tahun|pada|di|saat|hingga|sampai|menuju|target|akhir)\s+(?:tahun\s+)?" + _YEAR,
    re.IGNORECASE,
)
_BARE_YEAR_RE = re.compile(r"(?<![\d.,/-])" + _YEAR)
_NEXT_YEAR_RE = re.compile(r"\btahun\s+(?:depan|mendatang)\b", re.IGNORECASE)
#: "tahun ini"; "hingga akhir tahun" in a target is this year's end ("Kami menargetkan tambahan
#: 200 ribu peserta baru hingga akhir tahun", a probe article, 2026-12-03).
_THIS_YEAR_RE = re.compile(r"\btahun\s+ini\b|\b(?:hingga|sampai|pada|di)\s+akhir\s+tahun\b"
                           r"(?!\s+(?:lalu|kemarin|sebelumnya|depan|\d))", re.IGNORECASE)


def find_period(text: str, published: dt.date | None = None) -> tuple[str | None, str | None]:
    """The period a sentence states, and its kind ("month", "year", "now", ...), or (None, None).

    The first rule of the ordered table that matches wins; "saat ini" and the relative years need
    the publication date, and without it give (None, kind).
    """
    if not isinstance(text, str) or not text:
        return None, None
    scanned = scan_periods(text, published)
    if not scanned:
        return None, None
    best = min(scanned, key=lambda p: (p[0], p[1]))
    return best[2], best[3]


def _period_value(name: str, m: re.Match[str], published: dt.date | None) -> str | None:
    """The as_of string for a matched period rule."""
    if name == "quarter":
        table = _QUARTER_END["semester" if m.group("q").lower() == "semester" else "triwulan"]
        month = table.get(m.group("n").upper())
        return f"{int(m.group('y')):04d}-{month:02d}" if month else None
    if name in ("day", "month", "year_then_month"):
        # "hingga 31 Desember 2023" describes the month (corpus 013: as_of 2023-12).
        return f"{int(m.group('y')):04d}-{MONTHS[m.group('m').lower()]:02d}"
    if name in ("year", "survey_year"):
        return m.group("y")
    if name == "year_end":
        return f"{int(m.group('y')):04d}-12"
    if name == "year_later":
        return None  # set from the period before it (_chained)
    if published is None:
        return None
    if name == "month_last":
        month = MONTHS[m.group("m").lower()]
        year = published.year if month < published.month else published.year - 1
        return f"{year:04d}-{month:02d}"
    if name == "last_year":
        return str(published.year - 1)
    if name == "this_year":
        return str(published.year)
    return f"{published.year:04d}-{published.month:02d}"


def find_periods(text: str, published: dt.date | None = None) -> list[tuple[int, str | None, str]]:
    """Every period a sentence states, as (position, value, kind), in order of position."""
    if not isinstance(text, str) or not text:
        return []
    return [p[1:] for p in scan_periods(text, published)]


def scan_periods(text: str, published: dt.date | None) -> list[tuple[int, int, str | None, str]]:
    """(rule index, position, value, kind) of every period stated, in order of position."""
    found: list[tuple[int, int, str | None, str]] = []
    taken: list[tuple[int, int]] = []
    has_year = bool(_ANY_YEAR_RE.search(text))
    low = text.lower()
    for index, (name, pattern, kind) in enumerate(_PERIOD_RULES):
        if name in _NEEDS_YEAR and not has_year:
            continue
        words = _NEEDS_WORDS.get(name)
        if words is not None and not any(w in low for w in words):
            continue
        for m in pattern.finditer(text):
            if name == "year" and _REGULATION_BEFORE_RE.search(text[: m.start("y") - 6]):
                continue
            if name == "month" and _DAY_BEFORE_RE.search(text[max(0, m.start() - 4) : m.start()]):
                continue  # "31 Desember 2023" without a period word is a date, not a period
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((index, m.start(), _period_value(name, m, published), kind))
    found.sort(key=lambda p: p[1])
    return _chained(text, found, sorted(taken))


_RANGE_ON_RE = re.compile(r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|[-\u2013])\s+")
_YEAR_LATER = next(i for i, r in enumerate(_PERIOD_RULES) if r[0] == "year_later")


def _chained(text: str, found: list[tuple[int, int, str | None, str]],
             spans: list[tuple[int, int]]) -> list[tuple[int, int, str | None, str]]:
    """Periods read against their neighbours: a range's start, "setahun kemudian".

    "sejak awal tahun 2019 hingga saat ini" dates its figures by the range's end; "naik menjadi
    13.400 setahun kemudian" is the year after the period stated before it.
    """
    ends = {start: end for start, end in spans}
    starts = {p[1] for p in found}
    out: list[tuple[int, int, str | None, str]] = []
    for p in found:
        if p[0] == _YEAR_LATER:
            year = out[-1][2][:4] if out and out[-1][2] else None
            if year is None:
                continue
            p = (p[0], p[1], str(int(year) + 1), p[3])
        on = _RANGE_ON_RE.match(text, ends.get(p[1], p[1]))
        if on is not None and on.end() in starts:
            continue  # the start of a range dates nothing
        out.append(p)
    return out


#: "capaian telah mencapai 95 persen dari target 267 ribu pekerja": the target an achievement
#: is measured against now is this year's.
_AGAINST_TARGET_RE = re.compile(r"\b(?:capaian\w*|realisasi\w*|mencapai|tercapai)\b[^.]{0,60}?"
                                r"\bdari\s+(?:total\s+)?target\b", re.IGNORECASE)


def find_target_year(text: str, published: dt.date | None = None) -> int | None:
    """The year a target is set for: "tahun 2025", "pada 2025", "tahun depan" (publication + 1)."""
    if not isinstance(text, str) or not text:
        return None
    m = _TARGET_YEAR_RE.search(text)
    if m:
        return int(m.group("y"))
    if _NEXT_YEAR_RE.search(text):
        return published.year + 1 if published else None
    m = _BARE_YEAR_RE.search(text)
    if m:
        return int(m.group("y"))
    if published and (_THIS_YEAR_RE.search(text) or _AGAINST_TARGET_RE.search(text)):
        return published.year
    return None


def says_next_year(text: str) -> bool:
    """True when a sentence talks about next year ("tahun depan", "tahun mendatang")."""
    return bool(_NEXT_YEAR_RE.search(text or ""))
