"""The words the rules share, spelt once: number words, hedges, clause breaks, insurance names.

Every table and module that needs one of these imports it from here, so a new spelling (a hedge,
a conjunction that ends a clause, a health-insurance acronym) is added in one place. Month names
live with the date parsers (`transforms/dates.py`, `transforms/rules.py` "date").
"""

from __future__ import annotations

import re

# -- number words (transforms/numbers.py) ---------------------------------------------------------

#: Number words (value, or None for words that only combine).
UNIT_WORDS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}
SE_WORDS: dict[str, float] = {
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1e3, "sejuta": 1e6,
    "semiliar": 1e9, "setriliun": 1e12,
}
#: Vague quantities ("ribuan pekerja"): the value is the order of magnitude, always approximate.
VAGUE_WORDS: dict[str, float] = {
    "puluhan": 10, "ratusan": 100, "ribuan": 1e3, "jutaan": 1e6, "miliaran": 1e9,
}
MULTIPLIERS: dict[str, float] = {"belas": -1, "puluh": 10, "ratus": 100}
BIG: dict[str, float] = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12}
#: A sentence with a digit or a number word may hold a figure (the rest are skipped).
HAS_NUMBER_RE = re.compile(
    r"\d|\b(?:se(?:puluh|belas|ratus|ribu|juta)|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan|setengah)\b",
    re.IGNORECASE,
)
#: Number words after "kepada" that make a payment one to many people.
MANY_WORDS = (r"(?:\d|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|se(?:puluh|belas|ratus|"
              r"ribu)|puluhan|ratusan|ribuan)\b)")

# -- hedges (LABELLING.md "approximate") ----------------------------------------------------------

#: Hedges before a number: the value is approximate.
HEDGES_BEFORE: tuple[str, ...] = (
    "kurang lebih", "lebih kurang", "lebih dari", "tidak kurang dari", "tak kurang dari",
    "kurang dari", "tidak sampai", "tak sampai", "belum sampai", "di atas", "di bawah",
    "sekitar", "sekira", "kira-kira", "hampir", "nyaris", "mendekati", "setidaknya",
    "sedikitnya", "paling sedikit", "minimal", "lebih", "±", "+/-",
)
#: Hedges after a number: "1,3 juta lebih", "2.000-an", "3 ribuan".
HEDGES_AFTER: tuple[str, ...] = ("lebih", "-an", "an")
HEDGE_BEFORE_RE = re.compile(
    r"(?:" + "|".join(re.escape(h) for h in HEDGES_BEFORE) + r")\s*$", re.IGNORECASE
)

# -- clauses --------------------------------------------------------------------------------------

#: Characters after which the clause holding a number starts.
CLAUSE_BREAKS = ",;(“”\""
#: Where a clause about the figure ends: "di bawah 30 persen karena ... yang belum terdaftar"
#: (corpus 013) gives a reason, and the gap in it is not the figure's.
CLAUSE_END_RE = re.compile(r"[,;]|\.(?!\d)|\b(?:karena|sebab|sehingga|akibat|mengingat|namun|"
                           r"tetapi|sedangkan|sementara)\b", re.IGNORECASE)
#: A contrastive conjunction opens a clause about another group: in "jumlah pekerja di Jepara
#: sekitar 620 ribu orang, sedangkan yang sudah terlindungi 214.500" the workers are no
#: participants (a probe article written for cakupan, 2026-12-03).
OTHER_CLAUSE = r"(?:,\s*|\s)(?:sedangkan|sementara\s+itu|sementara|namun|tetapi|adapun)\b"
SENTENCE_BREAK_RE = re.compile(r"[.;!?]\s")

# -- insurers -------------------------------------------------------------------------------------

#: Health insurance named in a sentence: "Sementara untuk BPJS Kesehatan, pemkot menanggung
#: iuran 38.600 warga miskin" (dev 015); none of its numbers are ours unless ours is named.
HEALTH_IN_SENTENCE_RE = re.compile(r"\b(?:BPJS\s+Kesehatan|JKN|KIS|UHC|jaminan\s+kesehatan)\b",
                                   re.IGNORECASE)
#: Health insurance counted over an article, for relevance (a health story is off topic).
HEALTH_IN_ARTICLE_RE = re.compile(
    r"\bBPJS\s*Kesehatan\b|\bJKN\b|\bKIS\b|\bJaminan\s+Kesehatan\s+Nasional\b|\bUHC\b",
    re.IGNORECASE,
)
#: Health-insurance words in the clause around a number (corpus 023: "UHC 99,2 persen").
#: "UHC Jamsostek", "Universal Health Coverage (UHC) Jamsostek" name our coverage (issue 13).
HEALTH_IN_CLAUSE = (r"\b(?:JKN|KIS|UHC(?!\)?\s+(?:Jamsostek|Ketenagakerjaan|BPJAMSOSTEK))|"
                    r"BPJS\s+Kesehatan|jaminan\s+kesehatan|PBI|layanan\s+kesehatan|"
                    r"Universal\s+Health(?!\s+Coverage\s*(?:\(UHC\)\s*)?(?:Jamsostek|"
                    r"Ketenagakerjaan|BPJAMSOSTEK)))\b")
#: Our insurer named in a sentence (a sentence naming both may hold our figures).
OURS_IN_SENTENCE_RE = re.compile(r"\b(?:BPJS\s+Ketenagakerjaan|BPJamsostek|Jamsostek|BPJS\s+TK|"
                                 r"ketenagakerjaan)\b", re.IGNORECASE)
#: Our insurer named in an article, for relevance.
OURS_IN_ARTICLE_RE = re.compile(
    r"\bBPJS\s*(?:Ketenagakerjaan|TK|Naker)\b|\bBP\s*Jamsostek\b|\bBPJamsostek\b|\bJamsostek\b|"
    r"\bjaminan\s+sosial\s+ketenagakerjaan\b|\bJamsosnaker\b",
    re.IGNORECASE,
)
#: Labour statistics, which date and describe the workforce, not coverage.
STATISTICS_RE = re.compile(r"\b(?:BPS|Badan\s+Pusat\s+Statistik|Sakernas)\b")
