"""Sentence shapes of lists and items in real news that the count metric rules read (issue 13):
people listed after covered people, workers after a company count, a figure compared with an
earlier one. Kept apart from `decide_metric.py` so each module stays small. Every pattern cites a
made-up paraphrase."""

from __future__ import annotations

import re

from transforms import rules
from transforms.candidate import Candidate
from transforms.cues import nearest_cue

#: A worker noun right after a count ("Dari 3 juta lebih angka pekerja di provinsi itu", issue 13).
WORKER_NOUN_RE = re.compile(
    r"^\s*(?:lebih\s+)?(?:angka\s+)?(?:tenaga\s+kerja|angkatan\s+kerja|pekerja|karyawan|buruh|"
    r"pegawai|TK)\b", re.IGNORECASE
)


def _people(c: Candidate) -> bool:
    return bool(rules.PERSON_NOUN.match(c.right))


def _cue(c: Candidate, window: str) -> str | None:
    """The nearest cue in a window (cached in the candidate's memo, as decide_metric does)."""
    key = ("cue", window)
    if key not in c.memo:
        c.memo[key] = nearest_cue(window)
    return c.memo[key]


#: "Dalam kategori penerima upah, terdapat 9.100 honorer daerah, ...": the kinds of people a
#: wage segment of participants breaks into (issue 13).
IN_PAID_CATEGORY_RE = re.compile(r"\b(?:kategori|kelompok|segmen)\s+(?:peserta\s+|pekerja\s+)?"
                                 r"(?:(?:bukan\s+)?penerima\s+upah|B?PU)\b[^.;\d]{0,30}$",
                                 re.IGNORECASE)
#: "1.940 kepala desa dan perangkat desa dari 187 desa di Kabupaten A, Jawa Tengah terdaftar
#: sebagai peserta" (issue 13): the people of units, registered after the units.
FROM_UNITS_REGISTERED_RE = re.compile(
    r"[^\d,.;]{0,50}\bdari\s+[\d.,]+\s+(?:desa|kelurahan|kampung|nagari|gampong|perusahaan|"
    r"badan\s+usaha)\b[^\d.;]{0,60}?\b(?:sudah\s+|telah\s+)?(?:terdaftar|didaftarkan|"
    r"menjadi\s+peserta)\b", re.IGNORECASE)

#: "kepada 9.100 guru honorer atau GTT & 3.400 pegawai kontrak": the words between two items
#: of a list of people (a gloss of the first item, then a conjunction).
PEOPLE_JOIN_RE = re.compile(r"[^\d.;:]{0,30}?(?:,\s*|\s)(?:dan|serta|&)\s*", re.IGNORECASE)


def people_list_goes_on(c: Candidate) -> bool:
    """People listed after people who were covered are covered too."""
    prev = c.prev
    return bool(prev is not None and prev.unit == "count" and prev.metric == "participants"
                and _people(c) and PEOPLE_JOIN_RE.fullmatch(c.left)
                and _cue(c, c.left) is None)


#: "... dibandingkan periode yang sama pada 2019 dengan jumlah 121.400 orang" (issue 13).
COMPARED_WITH_RE = re.compile(r"\b(?:dibandingkan|dibanding)\b[^.;\d]{0,50}(?:\d{4}[^.;\d]{0,10})?"
                              r"\b(?:dengan\s+)?(?:jumlah|sebanyak|yang\s+(?:mencapai|sebanyak|"
                              r"berjumlah))\s+$", re.IGNORECASE)
#: "..., atau bertambah 1,2 juta pekerja": a target rate restated as the people to add.
OR_ADDED_RE = re.compile(r"\batau\s+(?:bertambah|tambahan|menambah)\s+"
                         r"(?:sebanyak\s+|sekitar\s+)?$", re.IGNORECASE)
JOINED_RE = re.compile(r"\b(?:tergabung|bergabung|terdaftar|terlindungi|peserta)\b",
                       re.IGNORECASE)


def people_after_employers(c: Candidate) -> bool:
    """Workers counted after a count of companies, in a sentence about those who joined."""
    return bool(_cue(c, c.left) == "employers" and WORKER_NOUN_RE.match(c.right)
                and c.prev is not None and c.prev.metric == "employers"
                and JOINED_RE.search(c.before))
