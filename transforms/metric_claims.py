"""Decision 2, the metric, for people paid and amounts paid (LABELLING.md "claims",
"benefits_paid"): the count rules on people a benefit was paid to, read first among the count
rules of `decide_metric.py`, and the patterns the Rupiah rules share. Every pattern cites a
made-up paraphrase."""

from __future__ import annotations

import re

from transforms import rules
from transforms.candidate import Candidate
from transforms.engine import Rule

#: People a benefit was paid to are claims: "membayarkan manfaat JKP kepada 1.120 peserta";
#: passive too, "santunan ... sebesar Rp2 miliar sudah diserahkan kepada 80 ahli waris".
PAID_TO_RE = re.compile(
    r"(?:\b(?:membayar(?:kan)?|menyalurkan|mencairkan)\s+(?:manfaat|santunan|klaim|jaminan|"
    r"beasiswa)\b|"
    r"\b(?:manfaat|santunan|klaim|beasiswa)\b[^.;]{0,80}\b(?:dibayarkan|disalurkan|dicairkan|"
    r"diserahkan|diberikan)\b|"
    # "diberikan juga santunan kematian kepada tiga orang ahli waris" (issue 13)
    r"\b(?:diberikan|dibayarkan|disalurkan)\s+(?:juga\s+|pula\s+)?(?:manfaat|santunan|klaim|"
    r"beasiswa)\b)[^.;]{0,60}\bkepada\s+(?:sekitar\s+|sebanyak\s+|total\s+)?$|"
    # "total manfaat klaim mencapai Rp21 miliar, diterima oleh 2.900 pekerja" (issue 13)
    r"\b(?:manfaat|santunan|klaim|beasiswa)\b[^.;]{0,100}\bditerima\s+oleh\s+"
    r"(?:sekitar\s+|sebanyak\s+)?$",
    re.IGNORECASE)
_CHILDREN_RE = re.compile(r"^\s*anak\b", re.IGNORECASE)
#: "pembayaran manfaat klaim ... Rp320 miliar untuk 29.000 pekerja": the people paid are claims.
_PAID_FOR_RE = re.compile(
    r"\b(?:pembayaran|membayar\w*|dibayarkan|penyaluran|menyalurkan|disalurkan)\s+"
    r"(?:\w+\s+){0,2}?(?:manfaat|klaim|santunan|JHT|JKK|JKM|JKP|JP|beasiswa)\b[^.;]{0,100}"
    r"\buntuk\s+(?:sekitar\s+|sebanyak\s+)?$", re.IGNORECASE)
#: "Jaminan Pensiunan Berkala untuk 9 orang" (issue 13): "Pensiunan" too.
_PROGRAMME = (r"(?:Jaminan\s+(?:Hari\s+Tua|Kecelakaan\s+Kerja|Kematian|Kehilangan\s+Pekerjaan|"
              r"Pensiun(?:an)?(?:\s+[A-Z]\w+)?)|JHT|JKK|JKM|JKP|JP)")
#: "jaminan yang sudah terbayarkan untuk Jaminan Hari Tua (JHT) ada 9.100 orang", "Jaminan
#: Kematian untuk 19 orang": people paid by a programme are claims (issue 13 A9).
PROGRAMME_PEOPLE_RE = re.compile(r"(?<!peserta\s)(?<!program\s)\b" + _PROGRAMME
                                 + r"(?:\s*\([A-Z]+\))?\s+(?:ada|sebanyak|sejumlah|untuk)\s+$")
PAID_WORDS_RE = re.compile(r"\b(?:terbayar\w*|dibayar\w*|klaim|santunan|pembayaran|"
                           r"membayar\w*|dicairkan)\b", re.IGNORECASE)
FOR_PEOPLE_RE = re.compile(r"\s*(?:\w+\s+)?untuk\s+(?:sekitar\s+|sebanyak\s+)?", re.IGNORECASE)


def _people(c: Candidate) -> bool:
    return bool(rules.PERSON_NOUN.match(c.right))


def programme_people(c: Candidate) -> bool:
    """People a programme paid ("JHT ada 9.100 orang" in a paragraph about claims paid)."""
    return bool(PROGRAMME_PEOPLE_RE.search(c.near)
                and (_people(c) or (c.prev is not None and c.prev.metric == "claims"))
                and PAID_WORDS_RE.search(c.context[0]))


#: "318 peserta telah menerima santunan dengan total nilai Rp12 miliar": the people paid.
RECEIVED_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:peserta|pekerja|orang|ahli\s+waris)\s+"
                               r"(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:menerima|mendapat(?:kan)?)\s+"
                               r"(bantuan|manfaat|santunan|klaim|beasiswa)\b", re.IGNORECASE)
_BENEFIT_WORDS_RE = re.compile(r"\b(?:santunan|manfaat|beasiswa|klaim)\b", re.IGNORECASE)
VALUE_LEFT_RE = re.compile(r"\b(?:dengan\s+)?(?:total\s+)?(?:nilai|senilai)\s*$", re.IGNORECASE)
#: "... meningkat dari 141 peserta dengan nilai Rp5 miliar": more people paid, and their sum.
WITH_VALUE_RE = re.compile(r"\s*(?:orang\s+|peserta\s+|pekerja\s+)?dengan\s+(?:total\s+)?"
                           r"nilai\s+Rp", re.IGNORECASE)


#: People who drew or received a benefit are claim cases, no members or workers: "2.100 peserta
#: mencairkan JHT", "418 peserta di Kota X telah menerima santunan"; "berhak menerima manfaat"
#: (entitled) is no claim.
CLAIMANTS_AFTER_RE = re.compile(r"\s*(?:(?:orang|peserta|pekerja|tenaga\s+kerja)\s+){0,2}"
                                r"(?:(?!berhak|bisa|dapat|akan|berpeluang)[^\s,.;]+\s+){0,4}?"
                                r"(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:mencairkan|mengklaim|"
                                r"mengajukan\s+klaim|menerima\s+(?:manfaat|santunan|klaim))\b",
                                re.IGNORECASE)

def people_received(c: Candidate) -> bool:
    """People who received a benefit ("aid" only in a paragraph about benefits) are claims."""
    m = RECEIVED_AFTER_RE.match(c.text, c.n.end)
    if m is None:
        return bool(c.prev is not None and c.prev.metric in ("claims", "benefits_paid")
                    and WITH_VALUE_RE.match(c.text, c.n.end))
    return m.group(1).lower() != "bantuan" or bool(_BENEFIT_WORDS_RE.search(c.context[0]))


#: Count rules on people paid, read first (decide_metric splices them in), in order.
CLAIM_RULES: tuple[Rule[str | None], ...] = (
    Rule("people_received", lambda c: c.unit == "count" and people_received(c), "claims",
         "Sebanyak 318 peserta telah menerima santunan dengan total nilai Rp12 miliar."),
    Rule("claimants", lambda c: c.unit == "count" and _people(c)
         and CLAIMANTS_AFTER_RE.match(c.right) is not None, "claims",
         "Sebanyak 2.100 peserta di Kota X mencairkan JHT: claim cases, no members."),
    Rule("paid_to_people", lambda c: PAID_TO_RE.search(c.before) and (
        _people(c) or _CHILDREN_RE.match(c.right)), "claims",
         "Membayarkan manfaat JKP kepada 1.120 peserta; menyalurkan beasiswa kepada 214 anak."),
    Rule("programme_people", programme_people, "claims",
         "Klaim terbayar untuk Jaminan Hari Tua (JHT) ada 9.100 orang: people paid."),
    Rule("people_paid_after_amount", lambda c: c.prev is not None
         and c.prev.metric == "benefits_paid" and _people(c) and FOR_PEOPLE_RE.fullmatch(c.left),
         "claims", "Jaminan Kematian sebesar Rp410 juta untuk 19 orang: the people paid."),
    Rule("paid_for_people", lambda c: _PAID_FOR_RE.search(c.before) and _people(c), "claims",
         "Pembayaran manfaat JHT tahun ini mencapai Rp41 miliar untuk 3.900 pekerja."),
)

