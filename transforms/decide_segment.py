"""Decision 4, the segment: which group of workers a figure describes (LABELLING.md "Segments").

The first rule that matches decides: a restated figure keeps the segment of the one it
restates; an amount paid keeps the segment of the cases counted; an employer unit implies its
segment; otherwise the term that leads the figure's phrase (the ordered terms of
`rules.SEGMENT_RULES`), then the segment of the figure before in the same list. `REVISE` holds
the rules that refine a decided segment.
"""

from __future__ import annotations

import re

from transforms import rules
from transforms.candidate import Candidate
from transforms.cues import SEGMENT_OF, SEGMENT_RE, TARGET_LEAD_RE, first_segment, nearest_cue
from transforms.decide_metric import metric_of
from transforms.engine import Rule, always, check_table, decide, revise
from transforms.lexicon import CLAUSE_END_RE, SENTENCE_BREAK_RE
from transforms.metric_context import growth_from_to, previous_sentence
from transforms.metric_rates import UNIT_SHARE_RE
from transforms.metric_shapes import COVERED_NEXT_RE, UNITS_NUMBERING_RE
from transforms.workforce_shares import sector_share, whole_of_share

_BRACKET_RE = re.compile(r"[():“”\"]")
#: Workers counted with the villages they serve: "dari 212 desa dan 1.930 pekerja", "seluruh
#: desa yang berjumlah 98 beserta perangkatnya sebanyak 1.102 orang" (issue 13, real news).
_VILLAGE_WORKERS_RE = re.compile(r"\bdesa\b[^.;]{0,50}\b(?:dan|beserta)\s+(?:perangkat\w*\s+"
                                 r"(?:sebanyak\s+)?)?$", re.IGNORECASE)
_FARM_LABOUR_RE = re.compile(r"\s*(?:orang\s+)?(?:buruh|petani|nelayan|pekebun|penggarap|"
                             r"pedagang\s+kecil|kuli)\b", re.IGNORECASE)
_PUBLIC_FUNDS_RE = re.compile(r"\b(?:Dana\s+Desa|ADD|APBDes|APBD|DBHCHT|APBKal|dibiayai\s+"
                              r"pemerintah|ditanggung\s+(?:pemerintah|pemkab|pemkot|pemprov|desa))\b",
                              re.IGNORECASE)

#: Where one item of a breakdown ends: "terdiri dari 41.000 pekerja berstatus penerima upah dan
#: 9.800 tenaga kerja jasa konstruksi" (issue 13 B4).
_ITEM_END_RE = re.compile(r"[,;()]|\.(?!\d)|\b(?:dan|serta|atau|sedangkan|sementara|namun)\b",
                          re.IGNORECASE)


_ITEM_JOIN_RE = re.compile(r"(?:,|\bdan|\bserta)\s*$", re.IGNORECASE)


def _breakdown_item(c: Candidate) -> str | None:
    """In a breakdown, or after an item "N1 term1 dan N2 term2", the segment named right after
    the figure (the item's own words, not the item before)."""
    own = first_segment(_ITEM_END_RE.split(c.right, maxsplit=1)[0])
    if own is None:
        return None
    if rules.PARTS_OF.search(c.before):
        return own
    item_before = c.prev is not None and _ITEM_JOIN_RE.search(c.left)
    return own if item_before and first_segment(c.left) else None


#: "tenaga kerja formal maupun informal", "pekerja formal-informal": every worker (issue 13).
_BOTH_SECTORS_RE = re.compile(r"\bformal\s*(?:dan|maupun|serta|atau|-|/|&)\s*"
                              r"(?:in|non)\s*-?formal\b|"
                              # "baik pekerja informal maupun formal" (issue 13)
                              r"\b(?:in|non)-?formal\s*(?:dan|maupun|serta|/|&)\s*formal\b|"
                              # "pekerja non-ASN, TNI, dan Polri": every worker but the state's
                              r"\bnon[-\s]?(?:ASN|PNS)\s*,\s*TNI\s*,?\s*(?:dan|serta|maupun)\s+"
                              r"Polri\b", re.IGNORECASE)
#: "dari total 2,4 juta pekerja formal dan informal": both sectors named after the figure.
#: "1,8 juta orang terdiri dari sektor formal dan informal" too (issue 13).
_BOTH_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:(?:pekerja|tenaga\s+kerja)\s+|(?:yang\s+)?"
                            r"(?:terdiri\s+(?:dari|atas)|meliputi)\s+)(?:di\s+)?(?:sektor\s+)?"
                            + "(?:" + _BOTH_SECTORS_RE.pattern + ")", re.IGNORECASE)
#: "1,2 juta pekerja baik dari sektor penerima upah, bukan penerima upah dan jasa konstruksi":
#: every kind of worker named, so every worker (issue 13).
_ALL_KINDS_RE = re.compile(r"\bbaik\s+(?:dari\s+|di\s+)?(?:sektor\s+|segmen\s+|pekerja\s+)?"
                           r"([^.;\d]{0,100}?\b(?:dan|maupun|serta)\b[^.;\d]{0,40})",
                           re.IGNORECASE)


def _all_kinds(text: str) -> bool:
    """An enumeration "baik X, Y dan Z" naming at least two segments."""
    m = _ALL_KINDS_RE.search(text)
    return m is not None and len({SEGMENT_OF[t.lastgroup] for t in SEGMENT_RE.finditer(m.group(1))
                                  if t.lastgroup}) >= 2


def _every_kind(c: Candidate) -> bool:
    """The figure's workers are "baik" every kind named after it, or the whole after them."""
    right = c.right[:160]
    if _all_kinds(right) and len(right[: right.lower().find("baik")].split()) <= 3:
        return True
    # the enumeration may start in the figure's own phrase ("1,2 juta pekerja baik dari ...")
    return c.prev is not None and c.prev.segment == "all" and \
        _all_kinds(c.before[-(len(c.left) + 20):])


#: "Jika digabungkan dengan tenaga kerja informal ..., kepesertaan hanya 12 persen" (issue 13).
_COMBINED_RE = re.compile(r"\b(?:jika|bila|kalau|apabila)\s+digabung(?:kan)?\b", re.IGNORECASE)
#: "baru 3% atau 21.400 orang pekerja BPU yang terdaftar": the rate restated as its group.
_RATE_AS_GROUP_RE = re.compile(r"\s*(?:persen|%)?\s*atau\s+(?:sekitar\s+|sebanyak\s+)?[\d.,]+"
                               r"\s*(?:juta|ribu)?\s*(?:orang\s+)?((?:pekerja|peserta|tenaga\s+"
                               r"kerja)\s+(?:(?!\bdari\b)[^,.;\d]){0,40})", re.IGNORECASE)
_PHRASE_BREAK_RE = re.compile(r"[,;“”\"]")


def _glossed_term(c: Candidate) -> str | None:
    """A term glossed in brackets before the figure: the leading one wins ("sektor informal atau
    bukan penerima upah (BPU) baru 41.300", "Bukan Penerima Upah (informal) mencapai 51.200")."""
    phrase = _PHRASE_BREAK_RE.split(c.left)[-1]
    if "(" not in phrase or ")" not in phrase:
        return None
    after = CLAUSE_END_RE.split(_BRACKET_RE.split(c.right, maxsplit=1)[0], maxsplit=1)[0]
    return first_segment(phrase + " " + after)


def segment_of(c: Candidate) -> str:
    """The candidate's segment (decided once, revised by `REVISE`)."""
    if "segment" not in c.memo:
        d = decide(SEGMENT, c)
        segment, revised = revise(REVISE, c, d.outcome)
        c.memo["segment"] = segment
        c.memo["segment_rules"] = [d.name, *revised]
    return c.memo["segment"]


def _employer_unit(c: Candidate) -> str | None:
    if metric_of(c) != "employers":
        return None
    if UNITS_NUMBERING_RE.search(c.near):
        return "village_apparatus"  # "seluruh desa yang berjumlah 287" (issue 13 A5)
    right = c.right
    if c.unit == "percent":  # "baru 38% saja desa se provinsi itu yang ..." (issue 13)
        m = UNIT_SHARE_RE.match(c.text, c.n.end)
        right = c.text[m.end() : m.end() + 40] if m else right
    return next((s for p, s in rules.EMPLOYER_UNIT_SEGMENTS if p.match(right)), None)


#: "26 ribu kasus dan untuk kepesertaan non-ASN ...": the words after open another group.
_NEXT_GROUP_RE = re.compile(r"\b(?:dan|serta|sedangkan)\s+(?:untuk|bagi|pada)\b", re.IGNORECASE)


def _term(c: Candidate) -> str | None:
    after = CLAUSE_END_RE.split(_BRACKET_RE.split(c.right, maxsplit=1)[0], maxsplit=1)[0]
    after = _NEXT_GROUP_RE.split(after, maxsplit=1)[0]
    return first_segment(c.clause_left + " " + after) or first_segment(c.left)


#: Kinds of workers, not of companies: "pekerja penerima upah atau formal yang tersebar di 6.100
#: pemberi kerja" counts every employer (issue 13).
_WAGE_SEGMENTS = ("wage_earner", "non_wage_earner", "formal", "informal")


def _rate_as_group(c: Candidate) -> str | None:
    """The segment a rate takes from the group it is restated as, after "atau"."""
    m = _RATE_AS_GROUP_RE.match(c.text, c.n.end) if c.unit == "percent" else None
    return first_segment(m.group(1)) if m else None


def _employers_of_wage_segment(c: Candidate) -> bool:
    """Employers counted beside a wage segment's participants (or named with it)."""
    if metric_of(c) != "employers":
        return False
    term = _term(c)
    # "300 an tenaga kerja asing dari 2.100 perusahaan": the companies of a group of workers
    return term in _WAGE_SEGMENTS or (term is None and c.prev is not None
                                      and c.prev.segment in (*_WAGE_SEGMENTS, "other",
                                                             "vulnerable"))


SEGMENT: tuple[Rule[str], ...] = (
    Rule("sector_share", lambda c: metric_of(c) in ("workforce", "employed") and sector_share(c),
         lambda c: sector_share(c)[1], "Sebanyak 64 persen angkatan kerja di provinsi itu "
         "bekerja di sektor informal: the sector the share is of."),
    Rule("whole_of_sector_share", lambda c: metric_of(c) == "workforce" and whole_of_share(c),
         "all", "35% dari 88 juta potensi pekerja di sektor formal: the whole is every sector."),
    Rule("linked", lambda c: c.linked is not None and not (
        c.linked.segment == "all" and first_segment(c.head)), lambda c: c.linked.segment,
         "Peserta BPU 17 persen atau 3.062.280 pekerja: the restatement keeps the segment."),
    Rule("benefits_for_claims", lambda c: metric_of(c) == "benefits_paid" and c.prev is not None
         and c.prev.metric == "claims" and not (_NEXT_GROUP_RE.search(c.left)
                                                and first_segment(c.left)),
         lambda c: c.prev.segment,
         "JKK 850 kasus pekerja konstruksi dengan nilai Rp12 miliar (dev 018)."),
    Rule("employer_unit", _employer_unit, _employer_unit,
         "86 kalurahan telah mendaftarkan pamong (corpus 008): village apparatus."),
    Rule("village_workers", lambda c: metric_of(c) in ("participants", "workforce")
         and _VILLAGE_WORKERS_RE.search(c.clause_left), "village_apparatus",
         "Di Kabupaten A, dari 120 desa dan 980 pekerja, seluruhnya sudah terdaftar."),
    Rule("employers_of_a_wage_segment", _employers_of_wage_segment, "all",
         "Peserta PU 81.000 orang dengan jumlah perusahaan sebanyak 5.800: employers are not "
         "split by the wage segment of their workers."),
    Rule("same_measure_later", lambda c: metric_of(c) is not None and c.prev is not None
         and c.memo["metric_rules"][0] in ("became_later", "same_measure_later",
                                           "compared_with_earlier"),
         lambda c: c.prev.segment, "BPU ada 9.400 orang, namun kini menurun menjadi 8.100 orang."),
    Rule("growth_from_to", lambda c: metric_of(c) is not None
         and c.memo["metric_rules"][0].startswith("growth_from_to"), growth_from_to,
         "Kepesertaan pekerja formal tumbuh 12,4 persen. Tadinya 14.100 menjadi 15.850."),
    Rule("same_count_other_time", lambda c: metric_of(c) is not None
         and c.memo["metric_rules"][0] == "same_count_other_time",
         lambda c: c.where.state.last_count[1],
         "Peserta BPU akhir tahun ini 3 juta. Sementara di akhir tahun lalu terdapat 2,6 juta."),
    Rule("breakdown_item", _breakdown_item, _breakdown_item,
         "Peserta itu terdiri dari 41.000 pekerja berstatus penerima upah dan 9.800 tenaga "
         "kerja jasa konstruksi: each item's words after its figure, not the total's."),
    Rule("both_sectors", lambda c: _BOTH_SECTORS_RE.search(c.clause_left + " " + c.head)
         or _BOTH_AFTER_RE.match(c.right),
         "all", "Sebanyak 41 persen tenaga kerja formal maupun informal di provinsi itu telah "
         "terlindungi: both sectors, every worker."),
    Rule("every_kind", _every_kind, "all",
         "1,2 juta pekerja baik dari sektor penerima upah, bukan penerima upah dan jasa "
         "konstruksi, dari semesta 3 juta pekerja: both figures are of every worker."),
    Rule("sectors_combined", lambda c: _COMBINED_RE.search(c.before)
         and not _COMBINED_RE.search(c.clause_left), "all",
         "Jika digabungkan dengan tenaga kerja informal sebanyak 9 juta orang, kepesertaan hanya "
         "12 persen: every worker."),
    Rule("rate_as_group", _rate_as_group, _rate_as_group,
         "Cakupan baru 3% atau 21.400 orang pekerja BPU yang terdaftar: the BPU's rate."),
    Rule("glossed_term", _glossed_term, _glossed_term,
         "Peserta dari sektor informal atau bukan penerima upah (BPU) baru 41.300 orang: the "
         "leading term, not its gloss in brackets."),
    Rule("term_in_phrase", _term, _term,
         "Melindungi guru ngaji, marbot masjid, dan pengurus tempat ibadah sebanyak 2.350 orang "
         "(corpus 008)."),
    Rule("previous_figure", lambda c: c.prev is not None and len(c.left.split()) <= 8
         and not SENTENCE_BREAK_RE.search(c.left), lambda c: c.prev.segment,
         "Rp2,5 miliar untuk 59 kasus (corpus 015): only a word links them."),
    Rule("all", always, "all", "Peserta aktif mencapai 170.607 orang (seed 000)."),
)
check_table(SEGMENT, "segment")


def _referred_group(cs: tuple[Candidate, str]) -> bool:
    c, segment = cs
    back = c.back
    return segment == "all" and back is not None and back[0] == metric_of(c) and (
        _refers_back(c) or bool(TARGET_LEAD_RE.match(c.text)))


def _refers_back(c: Candidate) -> bool:
    """The sentence refers to a group named before it, not to the one it names itself
    ("jumlah peserta aktif terbanyak, jumlahnya mencapai ...": its own, issue 13)."""
    m = rules.REFERS_BACK.search(c.text)
    if m is None:
        return False
    own = m.group(0).lower() == "jumlahnya" and nearest_cue(c.text[: m.start()]) == metric_of(c)
    return not own


def _farm_labour(cs: tuple[Candidate, str]) -> bool:
    c, segment = cs
    return segment in ("other", "all") and metric_of(c) == "participants" and \
        c.unit == "count" and bool(_FARM_LABOUR_RE.match(c.right)) and c.has(_PUBLIC_FUNDS_RE)


def _group_before(cs: tuple[Candidate, str]) -> str | None:
    """The covered part of the group the sentence before counted ("Yang sudah menjadi peserta
    baru 21 ribu" after a BPU count, issue 13 E2)."""
    c, segment = cs
    if segment != "all" or c.where is None or not COVERED_NEXT_RE.match(c.text):
        return None
    last = c.where.state.last_count
    return last[1] if last and last[1] != "all" else None


#: A sentence with no figure that sets a segment as its topic: "Adapun untuk segmen BPU,
#: tantangannya masih besar." (issue 13).
_TOPIC_RE = re.compile(r"^\W*(?:(?:sementara|sedangkan|adapun|lalu|kemudian)(?:\s+itu)?\W+)?"
                       r"(?:untuk|bagi)\s+(?:sektor|segmen|kategori|kelompok)\s+[^\d]{0,200}$",
                       re.IGNORECASE)


def _topic_before(cs: tuple[Candidate, str]) -> str | None:
    """The segment the sentence right before set as its topic, for a figure that names none
    ("Dari target 40 ribu pekerja, saat ini baru 12 ribu yang terlindungi")."""
    c, segment = cs
    if segment != "all" or c.unit == "idr" or first_segment(c.text):
        return None
    last = previous_sentence(c.context[0], c.text)
    return first_segment(last) if _TOPIC_RE.match(last) else None


#: "realisasi kepesertaan dari sektor itu tercatat 180 persen": the sector just named (issue 13).
_THAT_SECTOR_RE = re.compile(r"\b(?:sektor|segmen|kelompok)\s+(?:itu|tersebut|ini)\b",
                             re.IGNORECASE)


def _that_sector(cs: tuple[Candidate, str]) -> str | None:
    """The segment of the last count before, for a figure of "sektor itu"."""
    c, segment = cs
    if segment != "all" or c.where is None or not _THAT_SECTOR_RE.search(c.clause_left):
        return None
    last = c.where.state.last_count
    return last[1] if last and last[1] != "all" else None


#: Rules that refine a decided segment (applied in order; each that fires is traced).
REVISE: tuple[Rule[str], ...] = (
    Rule("group_referred_back", _referred_group,
         lambda cs: first_segment(cs[0].context[1]) or cs[0].back[1],
         "Tahun ini tercatat 4.800 orang dari kelompok tersebut (corpus 015): the group the "
         "sentence before named."),
    Rule("covered_part_of_group_before", _group_before, _group_before,
         "Pekerja BPU di kota itu 30 ribu orang. Yang sudah menjadi peserta baru 6 ribu."),
    Rule("change_of_growth_before", lambda cs: cs[1] == "all"
         and "change_of_growth_before" in cs[0].memo.get("metric_rules", ())
         and first_segment(cs[0].context[1]) is not None,
         lambda cs: first_segment(cs[0].context[1]),
         "Kepesertaan pekerja informal tumbuh 108 persen. Dari 2.700 orang menjadi 6.050 orang: "
         "the group the growth was of."),
    Rule("that_sector", _that_sector, _that_sector,
         "281.400 merupakan pekerja jasa konstruksi. Realisasi dari sektor itu tercatat 176 "
         "persen: the sector just named."),
    Rule("topic_of_sentence_before", _topic_before, _topic_before,
         "Untuk sektor pekerja BPU, masih ada tantangan. Dari target 40 ribu pekerja, saat ini "
         "baru 12 ribu yang terlindungi."),
    Rule("farm_labour_public_funds", _farm_labour, "vulnerable",
         "Lewat Dana Desa mendaftarkan 90 buruh tani dan petani penggarap: the vulnerable-worker "
         "programme."),
)
