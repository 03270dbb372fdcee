"""Periods fixed after the walk: a later sentence or restatement that dates a figure said "now".

Real news often gives a figure with no period (or "saat ini") and only afterwards says which
data it came from: "Hal ini berdasarkan data BPJS Ketenagakerjaan per Mei 2024." or "Ini data
sampai bulan Juli 2025." Such a sentence dates the figures before it that were dated to the
publication month, back to the previous sentence that stated a period. A figure stated first
undated and restated later with its period ("Tercatat 2,1 juta peserta ..." then "sampai Juni
2024 jumlahnya mencapai 2,1 juta") takes the restatement's period.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from transforms import rules
from transforms.calendar import MONTH_ALT
from transforms.lexicon import STATISTICS_RE
from transforms.model import Fact
from transforms.sentences import Sentence
from transforms.walk import COMPARED_FROM_RE, TABLE, dated_period, kind, scanned, sentence_period

#: "Ini data sampai bulan Juli 2025", "berdasarkan data BPJS Ketenagakerjaan per Mei 2024",
#: "Ini data per Juli kemarin",
#: "Data tersebut merupakan data hingga 30 Juni 2024".
#: "Jadi per Juni 2024 itu, ada ...": the date the speaker's "saat ini" meant, pointed back to.
DATA_AS_OF_RE = re.compile(
    r"\bdata\b[^.\d]{0,60}?\b(?:sampai|hingga|per|posisi)\s+(?:dengan\s+)?(?:bulan\s+)?"
    r"(?:\d{1,2}\s+)?(?:" + MONTH_ALT + r")\.?\s+(?:(?:19|20)\d\d|lalu|kemarin)\b|"
    r"^\W*(?:jadi\s+)?(?:sampai|hingga|per|posisi)\s+(?:\d{1,2}\s+)?(?:" + MONTH_ALT + r")\.?\s+"
    r"(?:19|20)\d\d\s+itu\b", re.IGNORECASE)


def _now(pub: dt.date | None) -> str | None:
    """The publication month as an as_of string."""
    return f"{pub.year:04d}-{pub.month:02d}" if pub is not None else None


#: "akhir tahun lalu", "bulan kemarin": a period relative to a publication date nobody knows.
_RELATIVE_RE = re.compile(r"\b(?:tahun|bulan)\s+(?:lalu|kemarin|sebelumnya)\b|\bsetahun\s+lalu\b",
                          re.IGNORECASE)


_ACHIEVED_RE = re.compile(r"\b(?:telah|sudah|baru|tercatat)\b", re.IGNORECASE)
_RANGE_START_RE = re.compile(r"\s*[-\u2013/]\s*(?:19|20)?\d\d\b")


def _own_periods(sentences: list[Sentence]) -> tuple[set[str], set[str]]:
    """The months and years an article states for its own figures (see article_period)."""
    months: set[str] = set()
    years: set[str] = set()
    for s in sentences:
        if kind(s.text) & TABLE or STATISTICS_RE.search(s.text):
            continue
        cue = rules.TARGET_CUES.search(s.text)
        for _, at, value, k in scanned(s.text, None):
            if not dated_period(k) or value is None or COMPARED_FROM_RE.search(s.text, 0, at) \
                    or _RANGE_START_RE.match(s.text, s.text.find(value[:4], at) + 4):
                continue  # "APBD 2021-2022", "RPJMD 2021-2026": a span, not the data's year
            if cue is not None and (cue.start() < at or not _ACHIEVED_RE.search(
                    s.text, at, cue.start())):
                continue  # a target's year; "tahun 2023 telah mencapai 83 persen dari target"
                # is the year of what was achieved
            years.add(value[:4])
            if len(value) == 7:
                months.add(value)
    return months, years


def article_period(sentences: list[Sentence]) -> str | None:
    """The one period an undated article dates its data by, or None when it is not clear.

    LABELLING "as_of": an article with no publication date still dates its figures when it
    states their period once: "per Juni 2016 baru 14,2 persen" further down dates the "saat ini"
    of the lead too. The one month stated (a year's history around it aside: "sejak tahun 2015
    ... hingga Maret 2018"), else the one year stated ("pada tahun 2023"). Targets, BPS
    statistics, table notes and points compared with ("dibandingkan Februari 2022") date no
    figure of the article's own; two months or two years stated leave it unknown.
    """
    months, years = _own_periods(sentences)
    if len(months) == 1 and max(years) == next(iter(months))[:4]:
        # "hingga Mei 2019" after "sejak tahun 2017": the history before the data's month; a
        # year after it ("meningkat dari ... Desember 2023" in a 2024 story) makes it a past point
        return next(iter(months))
    if months or len(years) != 1:
        return None
    year = next(iter(years))
    # "Program itu dimulai pada 2022" beside a "rencana aksi 2024": another year named
    return year if _bare_years(sentences) <= {year} else None


#: A year written on its own ("RAN 2025", "target UCJ 2025"), not inside a date ("2/9/2025").
_BARE_YEAR_RE = re.compile(r"(?<![\d.,/-])(?:19[89]\d|20[0-4]\d)(?![\d.,/]\d)")
#: "UU No. 24 Tahun 2011", "Perbup Nomor 7 Tahun 2023": a regulation's year.
_REGULATION_YEAR_RE = re.compile(r"(?:nomor|no\.?)\s*\d+[\w/.]*\s+tahun\s+$", re.IGNORECASE)
#: "meningkat 3,7 persen poin jika dibandingkan Februari 2022": a point compared with.
_COMPARED_YEAR_RE = re.compile(
    r"\b(?:dibandingkan(?:\s+dengan)?|dibanding|ketimbang|dari\s+posisi)\s+(?:periode\s+)?"
    r"(?:(?:bulan\s+)?(?:" + MONTH_ALT + r")\s+|akhir\s+|tahun\s+)?$", re.IGNORECASE)
_RANGE_BEFORE_RE = re.compile(r"(?:19|20)\d\d\s*[-\u2013\u2014]\s*$")
_RANGE_AFTER_RE = re.compile(r"\s*[-\u2013\u2014]\s*(?:19|20)\d\d")


def context_year(sentences: list[Sentence], today: dt.date | None) -> str | None:
    """The one year an undated article that states no period of its figures names at all.

    "Kejati dan BPJS Ketenagakerjaan luncurkan rencana aksi 2026 ... saat ini baru 23 persen,
    jauh dari target 2026": every year the article names (regulations' years and spans like
    "RPJMD 2025-2029" aside) is the one year; it is the year of the article, so of its "saat
    ini". Only with the day the page is read (a year after it is a plan, not the article's).
    """
    if today is None:
        return None
    years = _bare_years(sentences)
    year = next(iter(years)) if len(years) == 1 else None
    return year if year is not None and int(year) <= today.year else None


def _bare_years(sentences: list[Sentence]) -> set[str]:
    """Every year the article names, regulations' years and spans of years aside."""
    years: set[str] = set()
    for s in sentences:
        if STATISTICS_RE.search(s.text):
            continue  # the labour statistics' own years
        for m in _BARE_YEAR_RE.finditer(s.text):
            lead = s.text[max(0, m.start() - 40) : m.start()]
            if _REGULATION_YEAR_RE.search(lead) or _RANGE_BEFORE_RE.search(lead) or \
                    _RANGE_AFTER_RE.match(s.text, m.end()) or _COMPARED_YEAR_RE.search(lead):
                continue
            years.add(m.group(0))
    return years


def undated(facts: list[Fact], sentences: list[Sentence],
            today: dt.date | None = None) -> list[Fact]:
    """Facts left undated in an article with no publication date, dated by article_period
    (else, when it states no period at all, by its context_year).

    Called on the merged facts: a figure restated later with its own period ("hingga saat ini
    mencapai 8.400 jiwa" then "8.400 orang di 2023") has taken that one already.
    """
    if not any(f.as_of is None and not f.is_target for f in facts):
        return facts
    period = article_period(sentences)
    if period is None and _own_periods(sentences) == (set(), set()):
        period = context_year(sentences, today)
    if period is None:
        return facts
    return [dataclasses.replace(f, as_of=period, rules=(*f.rules, "period:article_period"))
            if f.as_of is None and not f.is_target and not _RELATIVE_RE.search(f.evidence)
            else f for f in facts]


def redate(facts: list[Fact], sentences: list[Sentence], pub: dt.date | None) -> list[Fact]:
    """The facts with "now" periods replaced where a later sentence says which data they are."""
    now = _now(pub)
    if now is None or not facts:
        return facts
    out = list(facts)
    since = 0  # facts before this offset were dated by an earlier period sentence
    with_facts = {f.start for f in facts}
    for s in sentences:
        if s.start in with_facts or s.start == 0:
            continue
        period, kind = sentence_period(s.text, pub)
        if not dated_period(kind) or period is None:
            continue
        if DATA_AS_OF_RE.search(s.text):
            out = [dataclasses.replace(f, as_of=period)
                   if since <= f.start < s.start and f.as_of == now and not f.is_target
                   else f for f in out]
        since = s.end
    return _restated(out, now)


#: Period rules that only carried a period to a figure (its sentence stated none of its own).
_CARRIED_RULES = frozenset({"period:carried", "period:recorded_carried",
                            "period:publication_month", "period:next_year_target_nearby"})


def parts_of_total(facts: list[Fact]) -> list[Fact]:
    """Consecutive figures that add up exactly to a total stated before take its period.

    "Selama 2023 peserta aktif 251.400 tenaga kerja" then, after a later sentence dated
    otherwise, a box "Penerima Upah : 120.100 orang / BPU : 81.200 orang / Jasa Konstruksi :
    50.100 orang": parts that sum to the total are the same snapshot as the total.
    """
    out = list(facts)
    totals = {}
    for i, f in enumerate(facts):
        if f.unit != "count" or f.is_target:
            continue
        totals.setdefault((f.metric, round(f.value)), (i, f.as_of))
    if not totals:
        return facts
    i = 0
    while i < len(facts):
        f = facts[i]
        if f.unit != "count" or f.is_target or not _CARRIED_RULES & set(f.rules):
            i += 1
            continue
        j, total = i, 0.0
        while j < len(facts) and facts[j].unit == "count" and not facts[j].is_target and \
                facts[j].metric == f.metric and _CARRIED_RULES & set(facts[j].rules):
            total += facts[j].value
            j += 1
            hit = totals.get((f.metric, round(total)))
            if j - i >= 2 and hit is not None and hit[0] < i and hit[1] is not None and \
                    abs(total - facts[hit[0]].value) < 0.5 and hit[1] != f.as_of:
                for k in range(i, j):
                    out[k] = dataclasses.replace(
                        facts[k], as_of=hit[1], rules=(*facts[k].rules, "period:parts_of_total"))
                break
        i = max(j, i + 1)
    return out


def _restated(facts: list[Fact], now: str) -> list[Fact]:
    """A figure dated "now" takes the dated period of the same figure restated later."""
    dated: dict[tuple, str] = {}
    for f in facts:
        # a month, not a year: "dari 44 persen ... tahun 2025" is the year of a target sentence
        if f.as_of and len(f.as_of) == 7 and f.as_of != now and not f.is_target and f.start:
            dated.setdefault((f.area, f.metric, f.unit, round(f.value, 6)), f.as_of)
    if not dated:
        return facts
    return [dataclasses.replace(f, as_of=dated[key]) if f.as_of == now and not f.is_target
            and (key := (f.area, f.metric, f.unit, round(f.value, 6))) in dated else f
            for f in facts]


def target_years_shared(facts: list[Fact]) -> list[Fact]:
    """A target with no year takes the year another target of its sentence was given.

    "Kita menargetkan sejuta peserta atau 34 persen dari angkatan kerja": the sejuta, restated
    from the lead with "hingga akhir tahun 2025", is that target of that year; the 34 persen of
    the same target is for the same year.
    """
    by_value: dict[tuple[str, float], set[int]] = {}
    for f in facts:
        if f.is_target and f.target_year is not None:
            by_value.setdefault((f.unit, round(f.value, 6)), set()).add(f.target_year)
    if not by_value:
        return facts
    # the same target restated: its year (what the merge would give the first mention)
    facts = [dataclasses.replace(f, target_year=next(iter(found)))
             if f.is_target and f.target_year is None
             and len(found := by_value.get((f.unit, round(f.value, 6)), set())) == 1 else f
             for f in facts]
    years: dict[int, set[int]] = {}
    for f in facts:
        if f.is_target and f.target_year is not None:
            years.setdefault(f.start, set()).add(f.target_year)
    return [dataclasses.replace(f, target_year=next(iter(years[f.start])))
            if f.is_target and f.target_year is None and len(years.get(f.start, ())) == 1
            else f for f in facts]
