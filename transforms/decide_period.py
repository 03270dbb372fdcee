"""Decision 5, the period: the `as_of` a figure describes, or the year a target is for
(LABELLING.md "Periods").

The first rule that matches decides: a target takes the year its sentence names; a figure takes
the period stated nearest before it in its sentence (or the one right after it, when the one
before belongs to the figure before), else the first stated after it; a bare "tercatat" keeps
the period carried from earlier sentences; a figure set against next year's target describes
the publication year; otherwise the period the article carried forward.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from transforms.candidate import Candidate
from transforms.decide_metric import metric_of
from transforms.decide_target import target_of
from transforms.engine import Rule, always, check_table
from transforms.periods import find_target_year, says_next_year
from transforms.walk import COMPARED_FROM_RE, GOAL_BEFORE_RE

#: (target_year, as_of)
Period = tuple[int | None, str | None]
_LABOUR_METRICS = frozenset({"workforce", "employed", "unemployed"})


@functools.lru_cache(maxsize=1024)
def _next_year_in(paragraph: str) -> bool:
    """says_next_year, cached per paragraph."""
    return says_next_year(paragraph)


@functools.lru_cache(maxsize=1024)
def _target_year(text: str, pub: dt.date | None) -> int | None:
    """find_target_year, cached per sentence."""
    return find_target_year(text, pub)


def _stated(c: Candidate) -> tuple[list[tuple[int, str | None, str]], list[int]]:
    """The sentence's periods stated with a word other than "tercatat", and their positions."""
    w = c.where
    if "stated" not in c.memo:
        stated = [p for p in w.periods if p[2] != "recorded"] if w else []
        c.memo["stated"] = (stated, [p[0] for p in stated])
    return c.memo["stated"]


def _before(c: Candidate) -> tuple[int, str | None, str] | None:
    """The stated period nearest before the number."""
    stated, pos = _stated(c)
    i = bisect.bisect_left(pos, c.n.start)
    return stated[i - 1] if i > 0 else None


def _right_after(c: Candidate) -> tuple[int, str | None, str] | None:
    """A period right after the number when the one before it belongs to the figure before.

    "naik dari 41 persen pada 2023 menjadi 47 persen pada akhir 2024"; "kini mencapai 58.300
    orang, naik dari 41.200 orang pada akhir 2023" (a probe article, 2026-12-03).
    """
    before = _before(c)
    prev_end = c.prev.number.end if c.prev is not None else -1
    if before is None or prev_end < 0 or before[0] > prev_end + 16:
        return None
    stated, pos = _stated(c)
    i = bisect.bisect_left(pos, c.n.end)
    return stated[i] if i < len(stated) and pos[i] <= c.n.end + 16 else None


#: "12,8 juta peserta aktif 2023": a bare year closing the figure's own words.
_BARE_YEAR_AFTER_RE = re.compile(r"(?:\s+[a-z]+){0,3}\s+((?:19[89]|20[0-4])\d)\b(?![.,]\d)")


_FIGURE_BEFORE_RE = re.compile(r"\d(?:\s+(?:juta|ribu|persen|orang|peserta|pekerja))*\s*$")


def _bare_year_after(c: Candidate) -> str | None:
    """A bare year right after the figure when the period before belongs to the figure before.

    "Pada 2022 tercatat 35,8 juta peserta, 41,5 juta tahun 2023, 45,2 juta peserta aktif 2024".
    """
    before = _before(c)
    prev_end = c.prev.number.end if c.prev is not None else -1
    if before is None or not (0 <= before[0] <= prev_end + 16 or _FIGURE_BEFORE_RE.search(
            c.text, max(0, before[0] - 24), before[0])):
        return None  # the period before is not the one of another figure
    m = _BARE_YEAR_AFTER_RE.match(c.text, c.n.end)
    return m.group(1) if m else None


_BECOMES_RE = re.compile(r"\bmenjadi\s+\S*\d", re.IGNORECASE)


#: "... 21 persen dari total pekerja informal yang tercatat di BPS pada 2022": the period after
#: a denominator's words is the denominator's (the statistics' year), not the figure's.
_DENOMINATOR_THEN_RE = re.compile(r"\bdari\s+(?:total|jumlah|seluruh|potensi)\b", re.IGNORECASE)


def _after_own(c: Candidate) -> bool:
    """A period after the figure that is not the one of a figure it becomes.

    "meningkatkan kepesertaan dari 46 persen menjadi 65 persen pada tahun 2026": the year is the
    target's; the 46 persen of now is dated as the article dates it. Nor the one of the total
    the figure is a share of ("baru 41.300 pekerja atau 18 persen dari total pekerja informal
    yang tercatat di BPS pada 2021 sebanyak 229 ribu"), nor a goal's ("baru 38,2 persen,
    sehingga perlu upaya bersama untuk meningkatkan capaian di tahun 2026"), nor the point it
    is compared with ("40,9 persen, meningkat 3,7 persen poin jika dibandingkan Februari 2022").
    """
    stated = _stated(c)[0]
    if not stated or stated[0][0] <= c.n.end:
        return bool(stated)
    return not (_BECOMES_RE.search(c.text, c.n.end, stated[0][0])
                or _DENOMINATOR_THEN_RE.search(c.text, c.n.end, stated[0][0])
                or GOAL_BEFORE_RE.search(c.text, c.n.end, stated[0][0])
                or COMPARED_FROM_RE.search(c.text, c.n.end, stated[0][0]))


def _recorded(c: Candidate) -> tuple[int, str | None, str] | None:
    """The sentence's bare "tercatat", if any."""
    return next((p for p in c.where.periods if p[2] == "recorded"), None)


def carried(c: Candidate) -> str | None:
    """The period carried from earlier sentences (labour statistics keep their own)."""
    state = c.where.state
    if metric_of(c) in _LABOUR_METRICS and state.labour_period is not None:
        return state.labour_period
    return state.period


#: "untuk segmen PU dari 42,8 persen turun menjadi 41,1 persen": the value a change starts from
_FROM_BEFORE_RE = re.compile(r"\b(?:dari|tadinya|semula)\s+(?:angka\s+|sekitar\s+)?$",
                             re.IGNORECASE)
_CHANGE_AFTER_RE = re.compile(r"\s*(?:persen|%|orang|peserta|pekerja)?\s*,?\s*"
                              r"(?:kemudian\s+|lalu\s+)?(?:(?:naik|turun|meningkat|menurun|bertambah|berkurang)\s+)?"
                              r"(?:menjadi|jadi)\s", re.IGNORECASE)
_TO_BEFORE_RE = re.compile(r"\b(?:menjadi|jadi)\s+(?:sekitar\s+)?$", re.IGNORECASE)


def _change_side(c: Candidate) -> str | None:
    """The period of one end of "dari A turun menjadi B" in a sentence that names no period,
    from the change the article last stated between two periods.

    "Di tahun 2023 cakupan 44 persen, sementara per Juni 2024 turun menjadi 36 persen." then
    "Untuk segmen PU dari 42,8 persen turun menjadi 41,1 persen": 42,8 is of 2023, 41,1 of
    June 2024.
    """
    change = c.where.state.change
    if change is None or _stated(c)[0]:
        return None
    if _FROM_BEFORE_RE.search(c.text, max(0, c.n.start - 24), c.n.start) and \
            _CHANGE_AFTER_RE.match(c.text, c.n.end):
        return change[0]
    if c.prev is not None and _TO_BEFORE_RE.search(c.text, max(0, c.n.start - 24), c.n.start) \
            and _FROM_BEFORE_RE.search(c.text, max(0, c.prev.number.start - 24),
                                       c.prev.number.start):
        return change[1]
    return None


#: "meningkat tajam dari 182 peserta dengan nilai Rp6,7 miliar pada 2024": the earlier value
#: of a rise, dated by the period closing its own words.
_ROSE_FROM_RE = re.compile(r"\b(?:naik|meningkat|turun|menurun|bertambah|berkurang|melonjak)\s+"
                           r"(?:\w+\s+)?dari\s+(?:angka\s+|sekitar\s+)?$", re.IGNORECASE)


def _rose_from(c: Candidate) -> str | None:
    """The period after the value a rise or fall started from, before any "menjadi"."""
    if _before(c) is None or not _ROSE_FROM_RE.search(c.text, max(0, c.n.start - 40),
                                                      c.n.start):
        return None
    stated, pos = _stated(c)
    i = bisect.bisect_left(pos, c.n.end)
    if i >= len(stated) or pos[i] > c.n.end + 60 or _BECOMES_RE.search(c.text, c.n.end, pos[i]):
        return None
    return stated[i][1]


#: "meningkat 23% dibandingkan periode sama tahun lalu yang sejumlah 212.300": the same point
#: of the year before.
_SAME_PERIOD_LAST_YEAR_RE = re.compile(
    r"\b(?:periode|bulan|waktu)\s+(?:yang\s+)?sama\s+(?:pada\s+|di\s+)?tahun\s+"
    r"(?:lalu|sebelumnya|kemarin)\b[^.\d]{0,40}$", re.IGNORECASE)


def _year_before(c: Candidate) -> str | None:
    """The period stated before in the sentence (else carried, else the publication month), a
    year earlier, for "periode sama tahun lalu"; None when the sentence says no such thing or
    nothing is known."""
    if not _SAME_PERIOD_LAST_YEAR_RE.search(c.text, max(0, c.n.start - 120), c.n.start):
        return None
    now = (_before(c) or (0, None, ""))[1] or c.where.state.period or (
        f"{c.where.pub.year:04d}-{c.where.pub.month:02d}" if c.where.pub is not None else None)
    if now is None or not now[:4].isdigit():
        return None
    return f"{int(now[:4]) - 1:04d}{now[4:7]}"


PERIOD: tuple[Rule[Period], ...] = (
    Rule("target_year", target_of, lambda c: (_target_year(c.text, c.where.pub), None),
         "Jadi tahun 2025 ini kami menargetkan 55 persen (seed 004)."),
    Rule("same_period_last_year", _year_before, lambda c: (None, _year_before(c)),
         "Hingga Juni 2024 ada 88 ribu peserta, naik dibanding periode sama tahun lalu yang "
         "sejumlah 71 ribu."),
    Rule("now_after_dated_intro", lambda c: c.where.state.intro_period is not None
         and (_before(c) or (0, None, ""))[2] == "now",
         lambda c: (None, c.where.state.intro_period),
         "Hingga 31 Desember 2025, cakupan terus naik. Saat ini 41 persen pekerja terlindungi."),
    Rule("rose_from_stated_after", _rose_from, lambda c: (None, _rose_from(c)),
         "Pada 2025 ada 522 penerima, meningkat tajam dari 182 peserta senilai Rp6,7 miliar "
         "pada 2024."),
    Rule("stated_right_after", _right_after, lambda c: (None, _right_after(c)[1]),
         "Kini mencapai 58.300 orang, naik dari 41.200 orang pada akhir 2023."),
    Rule("bare_year_right_after", _bare_year_after, lambda c: (None, _bare_year_after(c)),
         "Pada 2022 ada 35,8 juta peserta, 41,5 juta tahun 2023, 45,2 juta peserta aktif 2024."),
    Rule("stated_before", _before, lambda c: (None, _before(c)[1]),
         "Hingga akhir Juni 2024 sudah 38,6 persen (corpus 009)."),
    Rule("stated_after", _after_own, lambda c: (None, _stated(c)[0][0][1]),
         "Sebanyak 12.546 pekerja rentan terlindungi hingga November 2021."),
    Rule("change_carried", _change_side, lambda c: (None, _change_side(c)),
         "Di tahun 2023 cakupan 44 persen, per Juni 2024 turun menjadi 36 persen. Untuk segmen "
         "PU dari 42,8 persen turun menjadi 41,1 persen."),
    # The value a change starts from, in a sentence naming no period, is of some earlier time
    # nobody stated: not the period carried, which is the one it changed to.
    Rule("change_from_unknown", lambda c: not _stated(c)[0]
         and _FROM_BEFORE_RE.search(c.text, max(0, c.n.start - 24), c.n.start) is not None
         and _CHANGE_AFTER_RE.match(c.text, c.n.end) is not None, lambda c: (None, None),
         "Tadinya 8.120 menjadi 9.400: the 8.120 of an earlier time not stated."),
    Rule("recorded_carried", lambda c: _recorded(c) is not None and carried(c) is not None,
         lambda c: (None, carried(c)), "Tercatat 4.800 orang (the period stated before)."),
    Rule("recorded_here", lambda c: _recorded(c) is not None, lambda c: (None, _recorded(c)[1]),
         "Tercatat 4.800 orang, in an article that has stated no period yet."),
    Rule("next_year_target_nearby", lambda c: c.where.pub is not None
         and _next_year_in(c.context[0]), lambda c: (None, str(c.where.pub.year)),
         "Sebelumnya ... 10 ribu orang. Insya Allah tahun depan ... 22 ribu (seed 000)."),
    Rule("carried", lambda c: carried(c) is not None, lambda c: (None, carried(c)),
         "Peserta aktif 98.000 orang, after 'Hingga Oktober 2024, ...'."),
    # LABELLING "saat ini gives the publication month": a present-tense stock that no sentence
    # dates is reported as it stands on the day the article is printed.
    Rule("publication_month", lambda c: c.where.pub is not None,
         lambda c: (None, f"{c.where.pub.year:04d}-{c.where.pub.month:02d}"),
         "Jumlah peserta di Kota Palu mencapai 41.000 orang (no period in the article)."),
    Rule("unknowable", always, lambda c: (None, None),
         "Peserta aktif 98.000 orang, in an undated article that states no period."),
)
check_table(PERIOD, "period")
