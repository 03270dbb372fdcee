"""Sentence shapes of real news that read past the figure's own sentence (issue 13): the
sentence before it, a count the article gave before, a target named just before. Kept apart from
`metric_shapes.py` so each module stays small. Every pattern cites a made-up paraphrase."""

from __future__ import annotations

import re

from transforms import rules
from transforms.candidate import Candidate
from transforms.cues import first_segment
from transforms.metric_shapes import CANDIDATES_AFTER_RE, SENTENCE_END_RE


def _people(c: Candidate) -> bool:
    return bool(rules.PERSON_NOUN.match(c.right))


def previous_sentence(paragraph: str, sentence: str) -> str:
    """The sentence of the paragraph right before a sentence ("" when it is the first one)."""
    i = paragraph.find(sentence)
    if i <= 0:
        return ""
    return _last_sentence(paragraph[max(0, i - 400) : i])


def _last_sentence(text: str) -> str:
    text = text.rstrip()
    body = text[:-1]
    k = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
    return text[k + 2 :] if k >= 0 else text


def sentence_before(c: Candidate) -> str:
    """The sentence before the candidate's, in its paragraph or ending the paragraph before."""
    return previous_sentence(c.context[0], c.text) or _last_sentence(c.context[1][-400:])


#: "... total peserta BPU akhir tahun ini 412 ribu. Sementara di akhir tahun lalu terdapat 365
#: ribu.": the same count at another time, nothing else named (issue 13).
OTHER_TIME_RE = re.compile(
    r"^\W*(?:sementara|sedangkan|adapun)\s+(?:itu\s*,?\s*)?(?:di\s+|pada\s+)?(?:akhir\s+|awal\s+)?"
    r"(?:tahun\s+(?:lalu|sebelumnya|kemarin)|bulan\s+lalu|periode\s+yang\s+sama\s+tahun\s+lalu)"
    r"\s*,?\s*(?:terdapat|ada|sebanyak|tercatat|mencapai|hanya|baru)\s+(?:sekitar\s+)?$",
    re.IGNORECASE)


#: "... telah mendaftarkan 30 ribu pekerja informal. Tahun ini sudah terealisasi 21 ribu, sisanya
#: dilanjutkan tahun depan." (issue 13): the part of those registrations done so far.
REALISED_BARE_RE = re.compile(r"\b(?:sudah|telah|baru)\s+(?:te)?realisasi(?:kan)?\s+"
                              r"(?:sebanyak\s+|sekitar\s+)?$", re.IGNORECASE)
_BARE_RE = re.compile(r"\s*(?:orang|pekerja|peserta)?\s*(?:[,.;]|$)", re.IGNORECASE)


def same_count_other_time(c: Candidate) -> bool:
    """A bare count the sentence before measured at another time, or realised of it."""
    if c.unit != "count" or c.where is None or not c.where.state.last_count:
        return False
    if OTHER_TIME_RE.match(c.left) and SENTENCE_END_RE.match(c.right):
        return True
    return bool(c.where.state.last_count[0] == "participants"
                and REALISED_BARE_RE.search(c.clause_left) and _BARE_RE.match(c.right))


#: "Tinggal 4.000 lagi untuk mencapai target. Tambahan peserta itu antara lain 1.500 calon
#: peserta non-ASN, 900 aparat RT/RW, ...": the additions a target counts on (issue 13).
ADDED_LIST_RE = re.compile(r"\btambahan\s+peserta\b[^.;]{0,40}?\b(?:antara\s+lain|di\s*antaranya|"
                           r"meliputi|yakni|yaitu)\b(?:[^.;]|\.(?=\d))*$", re.IGNORECASE)


def added_listed(c: Candidate) -> bool:
    """People listed as the participants to add toward a target named here or just before."""
    return bool(c.unit == "count" and ADDED_LIST_RE.search(c.before)
                and (_people(c) or CANDIDATES_AFTER_RE.match(c.right))
                and (rules.TARGET_CUES.search(c.before)
                     or rules.TARGET_CUES.search(sentence_before(c))))


#: "Terdapat 4,1 juta peserta aktif di Jawa Tengah dan 3,9 juta di Jawa Timur": the same measure
#: for the next place (issue 13).
_PLACE_THEN_AND_RE = re.compile(r"[^\d.;:]{0,60}?\bdi\s+[A-Z][^\d.;:]{0,40}?(?:,\s*|\s)"
                                r"(?:dan|serta)\s+")
_AT_PLACE_RE = re.compile(r"\s*(?:orang\s+|peserta\s+)?di\s+(?:(?:Provinsi|Kota|Kabupaten|Kab\.)"
                          r"\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*(?:[.,;]|dan\b|serta\b|$)")


def next_place_same_measure(c: Candidate) -> bool:
    """A count after "... di A dan", placed "di B" and nothing else: the count before, for B."""
    prev = c.prev
    return bool(prev is not None and prev.unit == "count" and c.unit == "count"
                and _PLACE_THEN_AND_RE.fullmatch(c.left) and _AT_PLACE_RE.match(c.right))


#: "Kepesertaan pekerja formal tumbuh 12,4 persen. Tadinya 14.100 menjadi 15.850." (issue 13):
#: the values the growth of the sentence before went from and to.
_FROM_TO_RE = re.compile(r"^\W*(?:tadinya|semula|sebelumnya|dari)\s+(?:sekitar\s+)?$",
                         re.IGNORECASE)
_GREW_RE = re.compile(r"\b(?:tumbuh|bertumbuh|naik|meningkat|pertumbuhan|kenaikan|peningkatan)\b",
                      re.IGNORECASE)
_COVER_RE = re.compile(r"\b(?:kepesertaan|peserta|terdaftar|terlindungi)\b", re.IGNORECASE)
_THEN_TO_RE = re.compile(r"\s*(?:orang\s+|peserta\s+|pekerja\s+)?menjadi\s+[\d.,]+\s*"
                         r"(?:orang|peserta|pekerja)?\s*[.!]?\s*$", re.IGNORECASE)


def growth_from_to(c: Candidate) -> str | None:
    """The segment of the covered count whose growth the sentence before gave, else None."""
    if c.unit != "count" or not _FROM_TO_RE.match(c.left) or not _THEN_TO_RE.match(c.text,
                                                                                    c.n.end):
        return None
    before = sentence_before(c)
    # the coverage may be named a sentence earlier ("... pertumbuhan dalam kepesertaan.")
    if not (_GREW_RE.search(before) and (_COVER_RE.search(before)
                                         or _COVER_RE.search(c.context[0]))):
        return None
    return first_segment(before) or "all"


def potential_called_target(c: Candidate) -> bool:
    """'... 47 % dari target 2,8 juta pekerja' where the article gave 2,8 juta as the potential:
    the writer calls the workforce a target (issue 13)."""
    if c.unit != "count" or c.where is None:
        return False
    known = c.where.state.by_value.get(c.n.value)
    return known is not None and known[0] == "workforce" and bool(_TARGET_WORD_RE.search(c.near))


_TARGET_WORD_RE = re.compile(r"\btarget\s+(?:sebanyak\s+|sekitar\s+)?$", re.IGNORECASE)
