"""The workforce in real news (issue 13): shares by sector (a percent that says how the workers
split between the formal and the informal sector is the workforce, or the employed, by segment,
never a coverage rate) and workers who could join. Every pattern cites a made-up paraphrase."""

from __future__ import annotations

import re

from transforms.candidate import Candidate

_SECTOR = r"(?P<sector>(?:in|non[-\s]?)?formal)\b"
_PEOPLE = (r"(?:angkatan\s+kerja|pekerja|tenaga\s+kerja|(?P<employed>penduduk\s+(?:yang\s+)?"
           r"bekerja))")
#: Words that make a share one of the covered, not of the workers.
_COVER_WORDS = r"(?:terdaftar|terlindungi|dilindungi|peserta|kepesertaan|tercover|cakupan)"
_GAP = r"(?:(?!" + _COVER_WORDS + r")[^,.;\d]){0,50}?"
#: Right after the percent: "64,2 persen angkatan kerja di provinsi itu bekerja di sektor
#: informal", "35% dari 88 juta potensi pekerja di sektor pekerja formal", "lalu 65% di sektor
#: pekerja informal".
_SHARE_AFTER_RE = re.compile(
    r"\s*(?:persen|%)?\s*(?:(?:dari\s+(?:total\s+)?[\d.,]+\s*(?:juta|ribu)?\s+(?:potensi\s+)?)?"
    + _PEOPLE + _GAP + r"\b)?(?:berada\s+)?(?:di|pada)\s+(?:sektor|kegiatan)\s+"
    r"(?:pekerja\s+)?" + _SECTOR, re.IGNORECASE)
#: Before the percent: "masih didominasi oleh pekerja informal dan pekerja rentan (61,3%)",
#: "persentase penduduk yang bekerja di kegiatan formal mencapai 38,2 persen".
_DOMINATED_RE = re.compile(r"\bdidominasi\s+(?:oleh\s+)?(?:pekerja|tenaga\s+kerja)\s+" + _SECTOR
                           + r"[^.;()\d]{0,50}\(\s*$", re.IGNORECASE)
_PERCENTAGE_OF_RE = re.compile(r"\b(?:persentase|proporsi|porsi)\s+" + _PEOPLE
                               + r"\s+(?:(?:di|pada)\s+(?:sektor|kegiatan)\s+)?" + _SECTOR
                               + r"[^,.;\d]{0,30}$", re.IGNORECASE)
#: "pekerja informal di kota itu sekitar 28 persen dari keseluruhan tenaga kerja": the sector's
#: workers as a part of all workers (not "pekerja informal yang terdaftar baru 28 persen").
_SECTOR_SUBJECT_RE = re.compile(r"\b(?:pekerja|tenaga\s+kerja)\s+" + _SECTOR + _GAP + r"$",
                                re.IGNORECASE)
_OF_ALL_WORKERS_RE = re.compile(r"\s*(?:persen|%)?\s*dari\s+(?:keseluruhan|seluruh|total|jumlah)\s+"
                                r"(?:jumlah\s+)?(?:tenaga\s+kerja|pekerja|angkatan\s+kerja)\b",
                                re.IGNORECASE)
_OF_PARTICIPANTS_RE = re.compile(r"\bdari\s+(?:jumlah\s+|total\s+|seluruh\s+)?peserta\b",
                                 re.IGNORECASE)
#: A share after a cue of coverage is the sector's coverage ("cakupan baru 20% di sektor
#: informal"), no share of the workers.
_COVERAGE_LEFT_RE = re.compile(r"\b(?:cakupan|coverage|kepesertaan|peserta|terdaftar|"
                               r"terlindungi|dilindungi|capaian|realisasi|UCJ)\b", re.IGNORECASE)


def _segment(sector: str) -> str:
    return "formal" if sector.lower() == "formal" else "informal"


def sector_share(c: Candidate) -> tuple[str, str] | None:
    """(metric, segment) of a percent that splits the workers by sector, else None."""
    if "sector_share" in c.memo:
        return c.memo["sector_share"]
    found = None
    # "Dari jumlah peserta itu, 60% di sektor informal": a share of participants, not of workers
    of_others = c.back is not None and c.back[0] != "workforce"
    if c.unit == "percent" and not of_others and not _COVERAGE_LEFT_RE.search(c.clause_left) \
            and not _OF_PARTICIPANTS_RE.search(c.before):
        before = c.before[-120:]
        m = (_SHARE_AFTER_RE.match(c.text, c.n.end) or _DOMINATED_RE.search(before)
             or _PERCENTAGE_OF_RE.search(before))
        if m is None and _OF_ALL_WORKERS_RE.match(c.text, c.n.end):
            m = _SECTOR_SUBJECT_RE.search(c.clause_left)
        if m is not None:
            metric = "employed" if m.groupdict().get("employed") else "workforce"
            found = (metric, _segment(m.group("sector")))
    c.memo["sector_share"] = found
    return found


#: "35% dari 88 juta potensi pekerja di sektor formal": the whole the share was taken of.
_WHOLE_LEFT_RE = re.compile(r"\s*dari\s+(?:total\s+|sekitar\s+)?", re.IGNORECASE)
#: "38,2 persen (412,1 ribu orang)": the share restated as a count in brackets.
_BRACKET_LEFT_RE = re.compile(r"\s*\(\s*")


def is_share(c: Candidate) -> bool:
    """The figure before is a share of the workers by sector."""
    prev = c.prev
    return prev is not None and prev.unit == "percent" and prev.metric in ("workforce",
                                                                           "employed")


def whole_of_share(c: Candidate) -> bool:
    """The count right after "N% dari": all the workers the share was taken of."""
    return c.unit == "count" and is_share(c) and bool(_WHOLE_LEFT_RE.fullmatch(c.left))


def share_restated(c: Candidate) -> bool:
    """The count in brackets right after a share: the share's people."""
    return c.unit == "count" and is_share(c) and bool(_BRACKET_LEFT_RE.fullmatch(c.left))


#: "21,4 juta merupakan pekerja rentan yang berpotensi menjadi peserta": people who could join
#: are the workforce, whatever registration words follow the potential.
_COULD_JOIN_RE = re.compile(
    r"\s*(?:juta\s+|ribu\s+)?(?:orang\s+)?(?:(?:merupakan|adalah|ialah)\s+)?(?:pekerja|"
    r"tenaga\s+kerja)\b[^,.;\d]{0,40}?\b(?:yang\s+)?(?:berpotensi|berpeluang|potensial)\s+"
    r"(?:untuk\s+)?(?:menjadi\s+peserta|terserap|didaftarkan|terdaftar|dilindungi|ikut)",
    re.IGNORECASE)


def could_join(c: Candidate) -> bool:
    """Workers counted as those who could become participants."""
    return c.unit == "count" and bool(_COULD_JOIN_RE.match(c.text, c.n.end))
