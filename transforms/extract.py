"""Article → facts: the rule tables of `rules.py` applied sentence by sentence.

Each number of a sentence is a candidate; rules drop what is not a coverage figure, then decide
unit, metric, segment, target, period and area. The article carries state from sentence to
sentence: the area and the period it last established (LABELLING.md "Area", seed 001).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from transforms import budget, rules
from transforms.areas import Mention, choose, establishing, find_mentions
from transforms.dates import parse_date, publication_date
from transforms.gazetteer import NATIONAL, AreaRecord, branch, candidates, resolve
from transforms.model import Article, Extraction, Fact
from transforms.numbers import Number, find_numbers
from transforms.periods import find_target_year, says_next_year, scan_periods
from transforms.reconcile import reconcile
from transforms.relevance import relevance
from transforms.sentences import Sentence, normalise_space, split_sentences

_HAS_NUMBER_RE = re.compile(
    r"\d|\b(?:se(?:puluh|belas|ratus|ribu|juta)|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan|setengah)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAKS = ",;(“”\""
_RIGHT_HEAD_RE = re.compile(
    r"^[^,;.:()“”\"]*?(?=[,;.:()“”\"]|\b(?:dan|serta|atau|yang|dari|untuk|dengan|sedangkan|"
    r"sementara|di|pada|hingga|sampai|per|kata|ujar|jelas|tutur|menjadi|ke|mencapai|sebanyak|"
    r"sebesar|sejumlah|naik|turun|meningkat|bisa|akan|sudah|telah|baru|masih|pada)\b|$)",
    re.IGNORECASE,
)
_LINE_RE = re.compile(r"[^\n]+")
_RUPIAH_AFTER_RE = re.compile(r"^\s*rupiah\b", re.IGNORECASE)
_ONE_OF_RE = re.compile(r"\bsalah\s*$", re.IGNORECASE)
_STATISTICS_RE = re.compile(r"\b(?:BPS|Badan\s+Pusat\s+Statistik|Sakernas)\b")
_LABOUR_METRICS = frozenset({"workforce", "employed", "unemployed"})


def dated_period(kind: str | None) -> bool:
    """True for a period stated with a date (month, year, quarter), not "now" or relative."""
    return kind not in (None, "now", "recorded", "relative")
_OWN_AREA_RE = re.compile(r"\bwilayah\s+(?:kerja(?:nya)?|kami)\b|\bwilayahnya\b|\bcabang\s+kami\b",
                          re.IGNORECASE)
#: A sentence about health insurance only ("Sementara untuk BPJS Kesehatan, pemkot menanggung
#: iuran 38.600 warga miskin", dev 015): none of its numbers are ours.
_HEALTH_RE = re.compile(r"\b(?:BPJS\s+Kesehatan|JKN|KIS|UHC|jaminan\s+kesehatan)\b",
                        re.IGNORECASE)
_OURS_RE = re.compile(r"\b(?:BPJS\s+Ketenagakerjaan|BPJamsostek|Jamsostek|BPJS\s+TK|"
                      r"ketenagakerjaan)\b", re.IGNORECASE)
_DENOMINATOR_RE = re.compile(r"(?:persen|%)\s+dari\s+(?:sekitar\s+|kurang\s+lebih\s+|total\s+|"
                             r"jumlah\s+)*$", re.IGNORECASE)
_PAID_SEGMENT_RE = re.compile(r"\b(?:bukan\s+)?penerima\s+upah\b|\bB?PU\b", re.IGNORECASE)
_SENTENCE_BREAK_RE = re.compile(r"[.;!?]\s")
_WORD_RE = re.compile(r"\S+")
_PUNCT_RE = re.compile(r"[,;.]")
_BRACKET_RE = re.compile(r"[():“”\"]")
_CONNECTED_RE = re.compile(
    r"(?:\b(?:sebanyak|sejumlah|mencapai|sebesar|ada|tercatat|yakni|yaitu|sekitar|"
    r"hampir|lebih\s+dari|kurang\s+lebih|kini|sekarang|berjumlah|tembus|menembus|baru|"
    # "menargetkan peserta aktif naik menjadi 275 ribu" (a probe article, 2026-12-03)
    r"menjadi)|:|±)"
    r"\s*$|"
    # "menargetkan peserta aktif 530 ribu" (dev 002): the cue right before the figure
    r"\b(?:peserta|pekerja)(?:\s+[a-z]+)?\s*$", re.IGNORECASE)
_AREA_LED_RE = re.compile(r"\s*(?:paling\s+(?:banyak|sedikit)\s+)?(?:dengan|:)?\s*",
                          re.IGNORECASE)
_LIST_GOES_ON_RE = re.compile(r"\s*(?:$|[,;.]|dan\b|serta\b|lalu\b)", re.IGNORECASE)
#: People a benefit was paid to are claims: "membayarkan manfaat JKP kepada 1.120 peserta";
#: passive too, "santunan ... sebesar Rp2 miliar sudah diserahkan kepada 80 ahli waris".
_PAID_TO_RE = re.compile(
    r"(?:\b(?:membayar(?:kan)?|menyalurkan|mencairkan)\s+(?:manfaat|santunan|klaim|jaminan|"
    r"beasiswa)\b|"
    r"\b(?:manfaat|santunan|klaim|beasiswa)\b[^.;]{0,80}\b(?:dibayarkan|disalurkan|dicairkan|"
    r"diserahkan|diberikan)\b)[^.;]{0,60}\bkepada\s+(?:sekitar\s+|sebanyak\s+|total\s+)?$",
    re.IGNORECASE)
#: "16 persen dari penduduk bekerja" (dev 018): a rate over workers, so a coverage rate.
#: A sentence that opens on a target and names no measure: "Targetnya tahun ini tembus 200
#: ribu." after "Peserta BPU kami saat ini ada 142 rb orang." (a probe article, 2026-12-03).
_TARGET_LEAD_RE = re.compile(r"^\W*(?:target(?:nya)?|ditargetkan)\b(?![^.;]*\b(?:persen|%|peserta|"
                             r"pekerja|tenaga\s+kerja|orang|perusahaan|badan\s+usaha|desa)\b)",
                             re.IGNORECASE)
#: "dari sekitar 2,6 juta pekerja di NTB, yang sudah terlindungi baru 553 ribu": the whole comes
#: first, and the registration words belong to the part after the comma (a probe, 2026-12-03).
_FROM_WHOLE_RE = re.compile(r"\b[Dd]ari\s+(?:sekitar|total|kurang\s+lebih|hampir|lebih\s+dari)?"
                            r"\s*$")
_PART_CLAUSE_RE = re.compile(r"^[^,.;]{0,60},\s*(?:yang|baru|sebanyak|sudah)\b", re.IGNORECASE)
#: Units added, a flow ("bertambah sebanyak N" is dropped earlier, as growth).
_ADDED_RE = re.compile(r"\b(?:menambah|menambahkan)\s+(?:sebanyak|sekitar|lebih\s+dari)?\s*$",
                       re.IGNORECASE)
#: "Dari jumlah tersebut, ...": a part of the total just given.
_OF_WHICH_RE = re.compile(r"\bdari\s+(?:jumlah|angka|total)\s+(?:tersebut|itu|ini)\b",
                          re.IGNORECASE)
_LEADING_BRACKET_RE = re.compile(r"^\s*\([^()]{1,15}\)")
_CHILDREN_RE = re.compile(r"^\s*anak\b", re.IGNORECASE)
_OF_WORKERS_RE = re.compile(r"^\s*dari\s+(?:total\s+|jumlah\s+|seluruh\s+)?(?:penduduk|pekerja|"
                            r"tenaga\s+kerja|angkatan\s+kerja)", re.IGNORECASE)
_TABLE_ROW_RE = re.compile(r"\S\s*\|\s*\S")
#: A name leading the next figure of a list: ", lalu Tanjung 64.208", " dan Poso 62.000".
_NAMED_ITEM_RE = re.compile(
    r"[\s,;]*(?:(?:dan|serta|lalu|kemudian|sedangkan|disusul)\s+)?(?:(?:Kantor\s+)?Cabang\s+|"
    r"KCP?\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*(?:dengan|sebanyak|sejumlah|:)?\s*$")
_BRANCHES_RE = re.compile(r"\b(?:cabang|KC|KCP)\b", re.IGNORECASE)
#: The name leading a list item or table row: "- Tembilahan: 38.600-an", "Cabang Dumai | 98.410".
_ROW_LABEL_RE = re.compile(r"^\s*(?:[-•*–]\s*|\d{1,2}[.)]\s*)?(?:(?:Kantor\s+)?Cabang\s+|KCP?\s+)?"
                           r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*[:|]")
#: Column headers of a table: no branch is named "Segmen" or "Kategori".
_HEADER_LABEL_RE = re.compile(r"(?:segmen|kategori|uraian|jenis|program|keterangan|nomor|no|"
                              r"total|jumlah|kepesertaan|peserta|cabang|wilayah)\b", re.IGNORECASE)
#: A line that is a label and a value: "Penerima upah: 141.300 orang".
_LABEL_ROW_RE = re.compile(r"^[^.:;,]{1,40}:\s*\S")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s")
#: A benefit handed to one family ("Suminah ... menerima santunan Rp42 juta", corpus 035) is no
#: total paid; totals say "total", "sebanyak ... kasus".
_PAYOUT_TO_ONE_RE = re.compile(r"\b(?:menerima|diterima|diserahkan\s+kepada|ahli\s+waris|"
                               r"menyerahkan|penyerahan|simbolis)\b", re.IGNORECASE)
_CEREMONY_RE = re.compile(r"\b(?:menyerahkan|penyerahan|diserahkan|simbolis)\b", re.IGNORECASE)
_AGGREGATE_RE = re.compile(r"\b(?:total|seluruh|sebanyak|kasus|klaim|mencapai|sepanjang)\b",
                           re.IGNORECASE)
#: An amount paid to a number of people is a total ("Rp1,2 miliar dibayarkan kepada 41 ahli
#: waris"), unless handed over at a ceremony.
_PAID_TO_MANY_RE = re.compile(r"\b(?:dibayarkan|disalurkan|dicairkan)\s+kepada\s+"
                              r"(?:sekitar\s+|sebanyak\s+)?(?:\d|(?:dua|tiga|empat|lima|enam|"
                              r"tujuh|delapan|sembilan|se(?:puluh|belas|ratus|ribu)|puluhan|"
                              r"ratusan|ribuan)\b)", re.IGNORECASE)
#: Growing a registered group toward a number: "menambah menjadi", "ditambah hingga".
_GROW_TO_RE = re.compile(r"\b(?:menambah|ditambah|meningkatkan|ditingkatkan|memperluas)\b"
                         r"(?:[^,.;]{0,30}\b(?:menjadi|hingga|sampai|ke)|\s+(?:sebanyak|sekitar)?)"
                         r"\s*$", re.IGNORECASE)
_COORDINATED_END_RE = re.compile(r"^[^\d,.;]{0,40}\b(?:dan|serta)\s*$", re.IGNORECASE)
_NEXT_ITEM_REGISTERED_RE = re.compile(
    r"[\d.,]+\s+[^\d.;,]{0,40}?\b(?:yang\s+)?(?:kini\s+|sudah\s+|telah\s+|juga\s+)*"
    r"(?:terdaftar|terlindungi|dilindungi|didaftarkan|menjadi\s+peserta)\b", re.IGNORECASE)
_AFFECTED_RE = re.compile(r"[^,.;]{0,40}?\b(?:terdampak|terkena|korban|mengalami|mengikuti|"
                          r"dirumahkan|mogok|berunjuk|demo|kehilangan)\b", re.IGNORECASE)
_BUDGETED_RE = re.compile(r"\b(?:anggaran|dianggarkan|usulan|diusulkan|mengusulkan|"
                          r"dialokasikan|alokasi)\b", re.IGNORECASE)
#: "Kami menargetkan 50 persen pada 2026" in an article that has given a coverage rate: a
#: bare target percent is the coverage target.
_TARGET_PERCENT_RE = re.compile(r"\b(?:menargetkan|ditargetkan|target(?:nya|kan)?|sasaran(?:nya)?)"
                                r"\s+(?:[a-z]+\s+){0,2}$")
_PLACEMENT_RE = re.compile(r"\s*(?:P3MI|perusahaan\s+penempatan|agen\s+penempatan)\b",
                           re.IGNORECASE)
_FARM_LABOUR_RE = re.compile(r"\s*(?:orang\s+)?(?:buruh|petani|nelayan|pekebun|penggarap|"
                             r"pedagang\s+kecil|kuli)\b", re.IGNORECASE)
_PUBLIC_FUNDS_RE = re.compile(r"\b(?:Dana\s+Desa|ADD|APBDes|APBD|DBHCHT|APBKal|dibiayai\s+"
                              r"pemerintah|ditanggung\s+(?:pemerintah|pemkab|pemkot|pemprov|desa))\b",
                              re.IGNORECASE)
#: A ranking that goes on with a place, not a segment: "disusul Kota Balikpapan 71,5 persen".
_PLACE_FOLLOWS_RE = re.compile(r"\b(?:disusul|diikuti)\s+(?:oleh\s+)?(?:[A-Z][a-z]|Kab\.)")
#: Words right before an earlier value a figure rose or fell from: "58.300 orang, naik dari
#: 41.200 orang pada akhir 2023", "187.340 orang, turun dibandingkan Desember 2023 yang mencapai
#: 195.120" (probe articles, 2026-12-03).
_ROSE_FROM = (r"\b(?:naik|turun|meningkat|bertambah|berkurang|tumbuh)\s+(?:dari|"
              r"(?:dibandingkan|dibanding)\b[^;.]{0,40}?\byang\s+(?:mencapai|sebanyak|sebesar|"
              r"sejumlah|tercatat|hanya|baru))\s*$")
_ROSE_FROM_RE = re.compile(_ROSE_FROM, re.IGNORECASE)
#: The same measure again: "dari X pada 2023 menjadi Y", or the value it rose from.
_BECOMES_RE = re.compile(r"^[^,;.]{0,30}\b(?:menjadi|jadi)\s*$|^[^;.]{0,20}" + _ROSE_FROM,
                         re.IGNORECASE)
#: Words that make a list of regencies an office's territory.
_SCOPE_RE = re.compile(r"\b(?:wilayah\s+kerja\w*|meliputi|membawahi|mencakup)\b", re.IGNORECASE)
_BREAKDOWN_INTRO_RE = re.compile(r"\b(?:rincian\w*|perincian\w*|berikut\w*|antara\s+lain|"
                                 r"masing-masing|yaitu|yakni)\b", re.IGNORECASE)
_COUNT_METRICS = frozenset({"participants", "employers", "claims", "workforce", "employed"})
_LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)", re.IGNORECASE)
_CASES_AFTER_RE = re.compile(r"\s*(?:kasus|klaim)\b", re.IGNORECASE)
_YEAR_LIKE_RE = re.compile(r"^(?:19|20)\d\d$")
#: "pekerja informal di Jatim mencapai 13,1 juta orang" (corpus 014): workers counted, no cover.
_WORKERS_ARE_RE = re.compile(
    r"\b(?:pekerja|tenaga\s+kerja|angkatan\s+kerja)\b[^,]{0,40}\b(?:mencapai|sebanyak|sejumlah|"
    r"ada|tercatat|sekitar|diperkirakan|berjumlah)(?:\s+(?:sekitar|lebih\s+dari|hampir|"
    r"kurang\s+lebih))?\s*$", re.IGNORECASE)
#: "Ada 12.734 badan usaha." (dev 002): a stock of employers stated as such.
#: "dari (total|seluruh|jumlah) N desa": all the units, the denominator of those registered.
_OF_ALL_RE = re.compile(r"(?<!lebih\s)(?<!kurang\s)\bdari\s+(?:total|seluruh|jumlah)?\s*$",
                        re.IGNORECASE)
#: ... but companies a count of people comes from are employers ("dari 1.900 perusahaan").
_EMPLOYER_UNIT_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|BU|unit\s+usaha|pemberi\s+kerja)\b",
                               re.IGNORECASE)
_STOCK_RE = re.compile(r"^\W*(?:ada|tercatat|terdapat|sebanyak|jumlah\w*)\W*$", re.IGNORECASE)
_SANCTION_RE = re.compile(r"\b(?:teguran|sanksi|ditegur|tidak\s+patuh|belum\s+mendaftar\w*)\b",
                          re.IGNORECASE)
_WORKER_NOUN_RE = re.compile(
    r"^\s*(?:tenaga\s+kerja|angkatan\s+kerja|pekerja|karyawan|buruh|pegawai|TK)\b", re.IGNORECASE
)
#: Which units each clause rule applies to: counts of vulnerable workers whose contributions
#: ("iuran") a regency pays are participants (seed 000), a budget in Rupiah is not a benefit.
_CLAUSE_RULE_UNITS: dict[str, frozenset[str]] = {
    "gap": frozenset({"count", "percent", "idr"}),
    "arrears": frozenset({"count", "percent", "idr"}),
    "health": frozenset({"count", "percent", "idr"}),
    "compliance": frozenset({"percent"}),
    "contribution": frozenset({"percent", "idr"}),
    "investment": frozenset({"percent", "idr"}),
    "vacancy": frozenset({"count"}),
    "budget": frozenset({"idr"}),
    "wage": frozenset({"idr"}),
    "layoff": frozenset({"count"}),
    "growth": frozenset({"percent"}),
    "labour_statistic": frozenset({"percent"}),
    "discount": frozenset({"percent", "idr"}),
    "entitlement": frozenset({"idr"}),
}
#: The ordered segment terms as one alternation: the leftmost term wins, the first rule on a tie,
#: which is the "term that leads the phrase" of LABELLING.md in one regex pass.
def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern at its top level (outside groups and character sets)."""
    out, depth, start, i, in_set = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _word_alternation(named: Iterable[tuple[str, str]]) -> re.Pattern[str]:
    """Named patterns as one alternation that is tried only where a word starts.

    Every alternative must itself start at a word boundary (r"\\b"), so the shared guard changes
    no match; it saves trying dozens of alternatives inside every word (the scan per sentence is
    2 to 3 times faster).
    """
    named = list(named)
    for name, pattern in named:
        if not all(b.startswith(r"\b") for b in _top_level_branches(pattern)):
            raise ValueError(f"rule {name!r} does not start at a word boundary")
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in named)
    return re.compile(r"(?<![^\W\d_])(?=\w)(?:" + body + ")", re.IGNORECASE)


_SEGMENT_RE = _word_alternation((f"s{i}", p.pattern) for i, (p, _) in
                                enumerate(rules.SEGMENT_RULES))
_SEGMENT_OF = {f"s{i}": segment for i, (_, segment) in enumerate(rules.SEGMENT_RULES)}
#: The rules on what stands right before or after a number, one alternation each.
_BEFORE_RE = _word_alternation((name, p.pattern) for name, p in rules.NOT_FACT_BEFORE)
_AFTER_RE = re.compile("|".join(f"(?P<{name}>{p.pattern.removeprefix('^')})"
                                for name, p in rules.NOT_FACT_AFTER), re.IGNORECASE)
_HEALTH_ONLY, _SANCTIONED, _WAGE_RATES = 1, 2, 4


_NUMBER, _TABLE, _ROW = 1, 2, 4


@functools.lru_cache(maxsize=4096)
def _kind(text: str) -> int:
    """What a line is, tested once: it has a number, it is a table row, a row of any list."""
    kind = _NUMBER if _HAS_NUMBER_RE.search(text) else 0
    if _TABLE_ROW_RE.search(text):
        kind |= _TABLE | _ROW
    elif _LIST_ITEM_RE.match(text) or _LABEL_ROW_RE.match(text):
        kind |= _ROW
    return kind


@functools.lru_cache(maxsize=1024)
def _sentence_flags(text: str) -> int:
    """Per-sentence facts the number rules ask about, computed once per sentence."""
    flags = 0
    if _HEALTH_RE.search(text) and not _OURS_RE.search(text):
        flags |= _HEALTH_ONLY
    if _SANCTION_RE.search(text):
        flags |= _SANCTIONED
    if rules.WAGE_RATE.search(text):
        flags |= _WAGE_RATES
    return flags


#: The clause rules that apply to each unit, as one alternation per unit (group name = rule).
_CLAUSE_RES = {
    unit: _word_alternation((name, p.pattern) for name, p in rules.NOT_FACT_CLAUSE
                            if unit in _CLAUSE_RULE_UNITS[name])
    for unit in ("count", "percent", "idr")
}
#: Where a clause about the figure ends: "di bawah 30 persen karena ... yang belum terdaftar"
#: (corpus 013) gives a reason, and the gap in it is not the figure's.
_CLAUSE_END_RE = re.compile(r"[,;]|\.(?!\d)|\b(?:karena|sebab|sehingga|akibat|mengingat|namun|"
                            r"tetapi|sedangkan|sementara)\b", re.IGNORECASE)
_CONNECTOR_RE = re.compile(r"^[\s,;:\-•]*(?:dan|serta|sedangkan|kemudian|lalu|adapun|untuk)?\s*|"
                           r"\s*(?:sebanyak|sejumlah|sebesar|mencapai|ada|tercatat|yakni|yaitu|"
                           r"sekitar|hampir|:)?\s*$", re.IGNORECASE)


#: A figure with no area anywhere in its article is national: BPJS Ketenagakerjaan's own
#: totals ("BPJS Ketenagakerjaan catat 41,56 juta peserta aktif", corpus 007).
_NATIONAL = Mention(resolve(NATIONAL) or AreaRecord(NATIONAL, "national", None, None), 0, 0,
                    NATIONAL, False)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the rules made of one number (kept for the numbers after it in the sentence)."""

    number: Number
    metric: str
    segment: str
    unit: str
    is_target: bool
    approximate: bool
    #: End of the phrase the number heads (the number and the nouns after it).
    phrase_end: int


@dataclass(slots=True)
class _State:
    """What the article has established so far."""

    area: Mention | None = None
    period: str | None = None
    #: The last regency, city and province named, for a bare "Pemkab" (corpus 015).
    by_type: dict[str, Mention] = dataclasses.field(default_factory=dict)
    #: Metric and segment of the last count found, for "Dari jumlah itu, ..." (corpus 016).
    last_count: tuple[str, str] | None = None
    #: Metric and segment of each count value found, for "Dari 667.892 ini, ..." (seed 003).
    by_value: dict[float, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: The metric a list header announces ("Berikut rincian data kepesertaan ...:", corpus 047)
    #: for the list items under it.
    list_cue: tuple[str, str] | None = None
    #: The list under way gives coverage rates ("Rinciannya:" after a rate).
    list_rates: bool = False
    #: The metric of the last fact found.
    last_metric: str | None = None
    #: The list under way is one of branch offices ("Berikut rekap lima kantor cabang di Riau:",
    #: a table headed "Cabang | Peserta"): each item's leading name is a branch.
    branch_list: bool = False
    #: The BPJS office last named (a speaker's included), for "di wilayah kami".
    office: Mention | None = None
    #: The period of the labour statistics (BPS) last cited, for workforce/employed figures.
    labour_period: str | None = None
    #: Districts and villages the headline names: the article is about them.
    title_places: frozenset[str] = frozenset()
    #: Paragraph in which a coverage rate was last found (a bare "40 persen" after it is one).
    coverage_paragraph: int = -1

    def resolve(self, mentions: list[Mention]) -> list[Mention]:
        """The sentence's mentions with bare "Pemkab"/"Pemkot"/"Pemprov" made concrete."""
        out: list[Mention] = []
        for m in mentions:
            if m.placeholder:
                # "Di Kabupaten Demak, pemkab ...": the sentence's own regency first
                own = [o for o in out if o.record.area_type == m.record.area_type]
                known = own[-1] if own else self.by_type.get(m.record.area_type)
                if known is None:
                    continue
                m = dataclasses.replace(m, record=known.record)
            out.append(m)
        return out


def _chrome_blocks(text: str) -> set[int]:
    """Indices of the lines that are links ("Baca Juga:") or site chrome ("Terkini" lists)."""
    chrome: set[int] = set()
    after_start = False
    for i, line in enumerate(_LINE_RE.finditer(text)):
        body = line.group(0)
        if after_start or rules.CHROME_START.match(body):
            after_start = True
            chrome.add(i)
        elif rules.CHROME_LINE.match(body):
            chrome.add(i)
    return chrome


def _publication(article: Article, given: dt.date | None,
                 lines: list[str]) -> tuple[dt.date | None, str]:
    """The publication date and where it came from: caller, page, text or weekday."""
    if given is not None:
        return given, "given"
    if article.published is not None:
        return article.published, "page"
    for hint in article.date_hints:
        d = parse_date(hint)
        if d is not None:
            return d, "page"
    return publication_date(lines)


def extract(article: Article, *, published: dt.date | None = None,
            deadline: float | None = None) -> Extraction:
    """The coverage facts of one article, with relevance and the publication date used.

    `deadline` (a `time.monotonic()` instant) bounds the time spent on a page: past it,
    `transforms.budget.OverBudget` is raised between sentences (issue 17).
    """
    text = article.text
    chrome = _chrome_blocks(text)
    sentences = [s for s in split_sentences(text) if s.block not in chrome]
    lines = [s.text for s in sentences]
    pub, source = _publication(article, published, lines)
    body = "\n".join(s.text for s in sentences if s.paragraph > 0)
    relevant, reason = relevance(article.title, body)
    if not relevant:
        return Extraction(False, reason, pub, source, ())
    facts = _facts(sentences, pub, deadline)
    facts, notes = reconcile(facts)
    return Extraction(True, reason, pub, source, tuple(facts), tuple(notes))


def _facts(sentences: list[Sentence], pub: dt.date | None,
           deadline: float | None = None) -> list[Fact]:
    """Every fact of the article's sentences, duplicates merged (the first mention wins)."""
    mentions = [find_mentions(s.text, headline=s.paragraph == 0) for s in sentences]
    branches = {m.record.name for ms in mentions for m in ms if m.record.area_type == "branch"}
    if branches:
        # A second look only where a branch's name is spelt ("BPJamsostek Kediri").
        named = re.compile("|".join(re.escape(b) for b in sorted(branches)))
        mentions = [find_mentions(s.text, branches, headline=s.paragraph == 0)
                    if named.search(s.text) else ms
                    for s, ms in zip(sentences, mentions, strict=True)]
    paragraphs: dict[int, list[str]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s.text)
    state = _State()
    if sentences and sentences[0].paragraph == 0:
        state.title_places = frozenset(m.record.name for m in mentions[0]
                                       if m.record.area_type in ("district", "village"))
    # The area each later sentence would establish, for a figure nothing has placed yet: one
    # backward pass instead of a scan of the rest of the article per sentence.
    ahead: list[Mention | None] = [None] * (len(sentences) + 1)
    for i in range(len(sentences) - 1, -1, -1):
        ahead[i] = _establishes(mentions[i]) or ahead[i + 1]
    found: list[Fact] = []
    for i, s in enumerate(sentences):
        budget.check(deadline, i, len(sentences))
        here = state.resolve(mentions[i])
        if state.branch_list:
            here = _branch_item(s.text) or here
        facts: list[Fact] = []
        if _kind(s.text) & _NUMBER:
            context = (_context(paragraphs, s.paragraph)[0], sentences[i - 1].text if i else "")
            lookahead = ahead[i + 1]
            facts = _sentence_facts(s, here, state, pub, context, lookahead)
            found.extend(facts)
        _advance(state, s, here, pub, facts)
    return _merge(found)


_PERIOD_HINT_RE = re.compile(r"\d|saat\s+ini|\bkini\b|sekarang|tercatat|tahun|terkini|hari\s+ini",
                             re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _scanned(text: str, pub: dt.date | None) -> tuple[tuple[int, int, str | None, str], ...]:
    """Every period a sentence states, scanned once; sentences with no hint are skipped."""
    if not _PERIOD_HINT_RE.search(text):
        return ()
    return tuple(scan_periods(text, pub))


def _period(text: str, pub: dt.date | None) -> tuple[str | None, str | None]:
    """The sentence's period by rule priority (find_period), from the one scan."""
    found = _scanned(text, pub)
    if not found:
        return None, None
    best = min(found, key=lambda p: (p[0], p[1]))
    return best[2], best[3]


def _periods(text: str, pub: dt.date | None) -> tuple[tuple[int, str | None, str], ...]:
    """The sentence's periods in order of position (find_periods), from the one scan."""
    return tuple(p[1:] for p in _scanned(text, pub))


def _period_at(periods: tuple[tuple[int, str | None, str], ...], position: int,
               carried: str | None, end: int = -1,
               prev_end: int = -1) -> tuple[str | None, str | None]:
    """The period a figure at `position` takes: the nearest stated before it, else after it.

    "hingga akhir Juni 2024 sudah 38,6 persen, dari jumlah pekerja yang kini sekitar 620 ribu
    orang" (corpus 009): June for the rate, the publication month for the workforce. A bare
    "tercatat" keeps the period carried from before.
    """
    stated = [p for p in periods if p[2] != "recorded"]
    before = [p for p in stated if p[0] < position]
    chosen = before[-1] if before else (stated[0] if stated else None)
    if before and prev_end >= 0 and before[-1][0] <= prev_end + 16:
        # "naik dari 41 persen pada 2023 menjadi 47 persen pada akhir 2024": the period right
        # after the figure before is that figure's; one right after this figure is its own.
        # So in "kini mencapai 58.300 orang, naik dari 41.200 orang pada akhir 2023" (a probe
        # article, 2026-12-03), where the period before belongs to the figure before.
        soon = [p for p in stated if end <= p[0] <= end + 16]
        if soon:
            chosen = soon[0]
    if chosen is not None:
        return chosen[1], chosen[2]
    if periods:
        return (carried, "recorded") if carried is not None else (periods[0][1], periods[0][2])
    return None, None


@functools.lru_cache(maxsize=1024)
def _next_year_in(paragraph: str) -> bool:
    """says_next_year, cached per paragraph."""
    return says_next_year(paragraph)


def _context(paragraphs: dict[int, list[str]], index: int) -> tuple[str, str]:
    """(this paragraph, the paragraph before it) as text, for cues outside the sentence."""
    keys = sorted(k for k in paragraphs if k <= index)
    here = " ".join(paragraphs.get(index, ()))
    before = " ".join(paragraphs[keys[-2]]) if len(keys) >= 2 else ""
    return here, before


def _advance(state: _State, s: Sentence, mentions: list[Mention], pub: dt.date | None,
             facts: list[Fact]) -> None:
    """Carry the sentence's area and period over to the sentences after it."""
    # A district or village named in passing dates nothing after it (corpus 035: "warga
    # Tambakrejo"), unless the headline is about it ("Kades Cibodas: ...", dev 010).
    carried = [m for m in mentions if not m.speaker and (
        m.record.area_type not in ("district", "village") or m.record.name in state.title_places)]
    est = _establishes(carried)
    own = [m for m in carried if m.record.name in state.title_places]
    if own:
        est = own[-1]  # "Desa Cibodas, Kecamatan Pasirjambu, Kabupaten Bandung": the village
    if est is None and state.area is None:
        est = _establishes(mentions)
    if facts:
        # A sentence listing figures of several areas ("Sumatera Selatan paling banyak dengan
        # 1,31 juta, lalu Lampung 1,02 juta") leaves the area before it established: the next
        # "Rata-rata baru 31 persen" is the region's.
        many = len({(f.area, f.area_type) for f in facts}) > 1
        anchor = facts[0] if many else facts[-1]
        known = [*mentions, *([state.office] if state.office else [])]
        est = next((m for m in reversed(known) if m.record.name == anchor.area
                    and m.record.area_type == anchor.area_type), est)
        if many and state.area is not None:
            est = state.area
    if est is not None:
        state.area = est
    for m in mentions:
        if m.record.area_type in ("regency", "city", "province"):
            state.by_type[m.record.area_type] = m
        if m.record.area_type in ("branch", "regional_office"):
            state.office = dataclasses.replace(m, speaker=False)
    line = _kind(s.text)
    if s.text.rstrip().endswith(":") or (line & _TABLE and not facts and not line & _NUMBER):
        # "Berikut rincian data kepesertaan ...:" and a table header "Segmen | Peserta aktif"
        # A header row with no cue ("Uraian | Jumlah | Keterangan") keeps the intro's cue.
        cue = _nearest_cue(s.text)
        intro = s.text.rstrip().endswith(":")
        keep = state.list_cue if not intro else None
        if intro and cue is None and _BREAKDOWN_INTRO_RE.search(s.text):
            # "Rinciannya:" after a total: the items break that total down
            keep = (state.last_metric, "all") if state.last_metric in _COUNT_METRICS else None
        state.list_cue = (cue, "all") if cue else keep
        state.branch_list = bool(_BRANCHES_RE.search(s.text)) or (state.branch_list and not intro)
        if intro:
            # "Berikut cakupan per kabupaten:", or "Rinciannya:" after a rate: the items are rates
            state.list_rates = bool(rules.COVERAGE_CUES.search(s.text)) or (
                cue is None and state.last_metric == "coverage_rate"
                and bool(_BREAKDOWN_INTRO_RE.search(s.text)))
    elif not line & _ROW:
        state.list_cue = None
        state.branch_list = False
        state.list_rates = False
    elif state.list_cue is None and facts and facts[0].unit == "count":
        # "1. Peserta aktif: 90.100 orang / 2. Penerima upah: 70.400 orang" after an intro that
        # names no metric: the items after the first share its metric.
        state.list_cue = (facts[0].metric, "all")
    # "28 persen dari 130 ribu pekerja": a denominator is no total a later "Dari jumlah itu"
    # breaks down.
    counts = [f for f in facts if f.unit == "count" and not _DENOMINATOR_RE.search(
        s.text[max(0, f.value_start - s.start - 80) : f.value_start - s.start])]
    if counts:
        state.last_count = (counts[-1].metric, counts[-1].segment)
    for f in counts:
        state.by_value.setdefault(f.value, (f.metric, f.segment))
    if any(f.metric == "coverage_rate" for f in facts):
        state.coverage_paragraph = s.paragraph
    if facts:
        state.last_metric = facts[-1].metric
    if line & _TABLE:
        return  # a row's note ("iuran APBD 2024") dates nothing after it
    period, kind = _period(s.text, pub)
    if _STATISTICS_RE.search(s.text):
        # "data BPS Agustus 2024" (dev 002, corpus 034) dates the labour statistics that follow,
        # not BPJS Ketenagakerjaan's own figures.
        if dated_period(kind) and period is not None:
            state.labour_period = period
        return
    if kind in (None, "relative") or (kind == "recorded" and state.period is not None):
        return  # "naik dibanding tahun lalu yang hanya 25 persen" dates only its own sentence
    if period is None and state.period is not None:
        return  # an unknowable "saat ini" (no publication date) does not erase a stated period
    dated = kind not in (None, "now", "recorded")
    if kind is not None and not (dated and rules.TARGET_CUES.search(s.text)):
        # "meski belum sesuai dengan target, ... saat ini" (seed 002) still says "now"; a year in
        # a target sentence ("Jadi tahun 2025 ini ... menargetkan", seed 004) is the target's.
        state.period = period


def _branch_item(text: str) -> list[Mention] | None:
    """The branch a row of a list of branches leads with ("- Rengat: 61.233 peserta aktif")."""
    m = _ROW_LABEL_RE.match(text)
    if m is None or _SEGMENT_RE.search(m.group(1)) or _HEADER_LABEL_RE.match(m.group(1)):
        # "Segmen | Peserta aktif", "Penerima Upah (PU) | 22.140" in a table a branch's
        # breakdown introduces: a header and segments, no branch names (a probe, 2026-12-03)
        return None
    return [Mention(branch(m.group(1)), m.start(1), m.end(1), m.group(1), True)]


def _territory_before(text: str, mentions: list[Mention], position: int) -> bool:
    """True when the places nearest before a figure are a list of several regencies or cities
    ("Kota Cirebon, Kabupaten Cirebon, Kuningan dan Indramayu"), with no figure among them."""
    places = [m for m in mentions if m.end <= position
              and m.record.area_type in ("regency", "city")]
    run = places[-1:]
    for m in reversed(places[:-1]):
        if not _LIST_JOIN_RE.fullmatch(text, m.end, run[0].start):
            break
        run.insert(0, m)
    return len({(m.record.name, m.record.area_type) for m in run}) >= 2


def _establishes(mentions: list[Mention]) -> Mention | None:
    """The area a sentence establishes; one naming several regencies, cities or provinces
    establishes none.

    "Kota Surakarta, Sukoharjo dan Karanganyar" (corpus 001) lists a branch's territory; "di
    Jawa Barat dan Jawa Tengah" in a national story names where something is most common.
    """
    distinct = {(m.record.name, m.record.area_type) for m in mentions
                if m.record.area_type in ("regency", "city", "province")}
    return establishing(mentions) if len(distinct) < 2 else None


def _sentence_facts(s: Sentence, mentions: list[Mention], state: _State, pub: dt.date | None,
                    context: tuple[str, str], lookahead: Mention | None) -> list[Fact]:
    """The facts of one sentence."""
    text = s.text
    numbers = find_numbers(text)
    readings: list[_Reading] = []
    facts: list[Fact] = []
    periods = _periods(text, pub)
    table_row = bool(_kind(text) & _TABLE)
    referred = _referred(text, state)  # the state does not change within the sentence
    for k, n in enumerate(numbers):
        # Numbers that are no figure (a year, a date) do not cut the phrase before the next one:
        # "jumlah peserta aktif ... hingga Oktober 2024 mencapai 312.458 pekerja" (corpus 001).
        prev = readings[-1] if readings else None
        phrase_start = prev.phrase_end if prev else 0
        nxt = _next_figure(text, numbers, k)
        back = referred
        if back is None and n.unit is None and _led_by_area(text, mentions, n):
            # "Sumatera Selatan paling banyak dengan 1,31 juta, lalu Lampung 1,02 juta": the
            # areas of a list share the metric of the figure before them.
            back = ((prev.metric, "all") if prev is not None and prev.unit == "count"
                    else state.last_count)
        covered = state.coverage_paragraph == s.paragraph or state.list_rates or (
            state.coverage_paragraph >= 0 and bool(_TARGET_PERCENT_RE.search(text, 0, n.start)))
        reading = _read(text, n, prev, phrase_start, nxt, context, back, covered)
        if reading is None:
            continue
        readings.append(reading)
        if _OWN_AREA_RE.search(text):
            # "jumlah peserta aktif di wilayah kerjanya" (corpus 004): the speaker's office;
            # "di wilayah kami" in an interview (dev 002): the office that speaks.
            mentions = [dataclasses.replace(m, speaker=False) for m in mentions]
            if not mentions and state.office is not None:
                mentions = [state.office]
        offices = [m for m in mentions if m.record.area_type in ("branch", "regional_office")]
        if offices and _SCOPE_RE.search(text) and _territory_before(text, mentions, n.start):
            # "wilayah kerja Cabang Cirebon yang meliputi Kota Cirebon, Kabupaten Cirebon,
            # Kuningan dan Indramayu mencapai 389.000 orang": the office's combined figure
            mentions = offices
        own = [m for m in mentions if m.record.name in state.title_places]
        mention = (choose(own or mentions, n.start, text) or state.area
                   or choose(mentions, n.start, text, anywhere=True) or lookahead or _NATIONAL)
        if facts and facts[-1].area_type == "branch" and prev is not None:
            # "Kantor Cabang Palu 210.500 peserta, Luwuk 88.300 peserta dan Poso 62.000 peserta":
            # the names listed after a branch's figure are branches too
            item = _NAMED_ITEM_RE.match(text, prev.phrase_end, n.start)
            if item is not None and not _SEGMENT_RE.fullmatch(item.group(1)):
                # "terdiri dari PU 480.100, BPU 99.800 dan Jakon 33.500": segments, not branches
                mention = Mention(branch(item.group(1)), item.start(1), item.end(1),
                                  item.group(1), True)

        carried = state.period
        if reading.metric in _LABOUR_METRICS and state.labour_period is not None:
            carried = state.labour_period
        # A table row's later cells are notes ("18.500 orang | iuran APBD 2024"): their years
        # date no figure of the row.
        here_periods = tuple(p for p in periods if p[0] < n.start) if table_row else periods
        period, period_kind = _period_at(here_periods, n.start, carried, n.end,
                                         prev.number.end if prev is not None else -1)
        if reading.is_target:
            target_year, as_of = find_target_year(text, pub), None
        elif period_kind is not None:
            target_year, as_of = None, period
        elif pub is not None and _next_year_in(context[0]):
            # Seed 000: "sebelumnya ... 10 ribu orang. Insya Allah tahun depan ... 22 ribu":
            # a figure set against next year's target describes the publication year.
            target_year, as_of = None, str(pub.year)
        else:
            target_year, as_of = None, carried
        rec = mention.record
        facts.append(Fact(
            area=rec.name, area_type=rec.area_type, metric=reading.metric,
            segment=reading.segment, value=n.value, unit=reading.unit,
            is_target=reading.is_target, target_year=target_year, as_of=as_of,
            approximate=reading.approximate, evidence=s.evidence, start=s.start, end=s.end,
            value_start=s.start + n.start, value_end=s.start + n.end, value_text=n.text,
            area_mention=normalise_space(mention.text), area_code=rec.code,
        ))
    return facts


def _led_by_area(text: str, mentions: list[Mention], n: Number) -> bool:
    """True when an area's name stands right before the number ("lalu Lampung 1,02 juta")."""
    return bool(_LIST_GOES_ON_RE.match(text, n.end)) and any(
        m.end <= n.start and _AREA_LED_RE.fullmatch(text[m.end : n.start]) for m in mentions)


def _referred(text: str, state: _State) -> tuple[str, str] | None:
    """The total a sentence refers back to ("Dari jumlah itu", "Dari 667.892 ini"), else the
    metric a list header announced, else None."""
    m = rules.REFERS_BACK.search(text)
    if m is None:
        if state.list_cue is None and _TARGET_LEAD_RE.match(text):
            return state.last_count  # "Targetnya tahun ini tembus 200 ribu": of that count
        return state.list_cue
    numbers = find_numbers(m.group(0))
    if numbers:
        return state.by_value.get(numbers[0].value)
    return state.last_count


def _next_figure(text: str, numbers: list[Number], k: int) -> int:
    """Where the words after number k end: at the next number that may be a figure.

    "3.200 kader posyandu di 18 kecamatan dan 107 kelurahan telah terdaftar" (corpus 033): the
    counts of districts are no figures, so "telah terdaftar" still speaks of the 3.200.
    """
    for n in numbers[k + 1 :]:
        if n.unit is None and _YEAR_LIKE_RE.match(n.text):
            continue  # "96 paket proyek yang dibiayai APBD 2024 telah terdaftar": a year
        after = text[n.end : n.end + 40]
        if not any(p.match(after) for name, p in rules.NOT_FACT_AFTER
                   if name in ("area_count", "office")):
            return n.start
    return len(text)


def _right_head(right: str) -> str:
    """The nouns right after a number, up to a clause break or a linking word."""
    m = _RIGHT_HEAD_RE.match(right)
    if not m:
        return ""
    words = list(_WORD_RE.finditer(m.group(0)))
    return m.group(0)[: words[4].end()] if len(words) > 5 else m.group(0)


def _not_fact(text: str, n: Number, unit: str, clause: str, right: str) -> str | None:
    """Why a number is not a coverage figure, or None when it may be one."""
    if _sentence_flags(text) & _HEALTH_ONLY:
        return "health"
    if unit == "percent" and _sentence_flags(text) & _WAGE_RATES:
        return "contribution"  # "peserta membayar 2 persen dari upah, pemberi kerja 3,7 persen"
    if unit == "count" and _sentence_flags(text) & _SANCTIONED:
        return "sanction"  # "1.250 perusahaan ... menerima surat teguran karena belum" (dev 003)
    before = text[max(0, n.start - 40) : n.start]
    m = _BEFORE_RE.search(before)
    if m:
        if not (m.lastgroup == "growth" and rules.TARGET_CUES.search(text[: n.start])):
            # "menargetkan tambahan 40 ribu peserta baru" (corpus 027) is a target, no growth.
            return m.lastgroup
        for name, pattern in rules.NOT_FACT_BEFORE:
            if name != "growth" and pattern.search(before):
                return name
    m = _AFTER_RE.match(right)
    if m:
        return m.lastgroup
    if unit == "idr" and rules.LIMIT_BEFORE.search(before):
        return "limit"
    if n.unit is None and n.value < 120 and rules.AGE_IN_BRACKETS[0].search(before) and \
            rules.AGE_IN_BRACKETS[1].match(right):
        return "age"
    m = _CLAUSE_RES[unit].search(clause)
    if m and not (m.lastgroup == "layoff" and (_PAID_TO_RE.search(text[: n.start])
                                               or _CASES_AFTER_RE.match(right))):
        # "membayarkan manfaat JKP kepada 1.120 peserta yang terkena PHK", "850 kasus klaim JKP
        # bagi korban PHK": claims, not layoffs
        return m.lastgroup
    if unit == "percent" and rules.REALISATION.search(clause):
        return "realisation"
    if unit == "idr" and re.search(r"\biuran\w*", text[: n.start], re.IGNORECASE) and \
            not rules.BENEFIT_CUES.search(clause):
        return "contribution"  # "anggaran untuk membayar iuran ..., total Rp14,2 miliar" (027)
    if unit == "count" and (n.vague or _YEAR_LIKE_RE.match(n.text) or n.value != int(n.value)):
        return "not a count"
    if n.in_words and _ONE_OF_RE.search(text[max(0, n.start - 8) : n.start]):
        return "one of"  # "Salah satu guru TPQ" (corpus 045)
    if unit == "idr" and _PAYOUT_TO_ONE_RE.search(clause) and not (
            _AGGREGATE_RE.search(clause) or _PAID_TO_MANY_RE.search(text)):
        return "one payout"
    return None


def _read(text: str, n: Number, prev: _Reading | None, phrase_start: int, nxt: int,
          context: tuple[str, str], back: tuple[str, str] | None = None,
          covered: bool = False) -> _Reading | None:
    """Unit, metric, segment, target and hedge of one number, or None when it is no fact."""
    left = text[phrase_start : n.start]
    left_full = text[: n.start]
    cut = max(left_full.rfind(c) for c in _CLAUSE_BREAKS) + 1
    clause_left = text[max(cut, phrase_start) : n.start]
    right = text[n.end : nxt]
    right_clause = _CLAUSE_END_RE.split(text[n.end :], maxsplit=1)[0]
    head = _right_head(right)
    unit = n.unit or ("idr" if _RUPIAH_AFTER_RE.match(right) else "count")
    if _not_fact(text, n, unit, clause_left + " " + right_clause, right):
        return None
    linked = prev if prev is not None and rules.OR_LINK.search(left) else None
    continues = prev if prev is not None and _continues(left) else None
    # "45,1 juta orang, dengan 29,4 juta di antaranya pekerja penerima upah": a part of the total
    parts_of = prev if prev is not None and prev.unit == "count" and (
        rules.PARTS_OF.search(left) or (unit == "idr" and prev.metric == "claims")
        or (unit == "count" and rules.IS_PART.match(right))
        # "dari 30.100 orang pada 2023 menjadi 33.900 orang": the same measure, later
        or (unit == "count" and _BECOMES_RE.search(left))) else None
    if _DENOMINATOR_RE.search(left_full[-80:]):
        back = None  # "20 persen dari kurang lebih 190 ribu pekerja" (dev 020) is a denominator
    metric = _metric(n, unit, linked, continues, left, clause_left, right, text, context,
                     covered, back, parts_of)
    if metric == "workforce" and _PAID_SEGMENT_RE.search(clause_left + " " + head):
        # "Pekerja bukan penerima upah sekitar 6.300 orang" (dev 019): PU and BPU are kinds of
        # participants, not of workers.
        metric = "participants"
    if metric is None:
        return None
    if metric in ("claims", "benefits_paid") and _CEREMONY_RE.search(text) and \
            not _AGGREGATE_RE.search(text):
        return None  # "menyerahkan santunan kematian kepada 2 ahli waris" (dev 020): a ceremony
    segment = _segment(metric, linked, clause_left, left, right, prev)
    if segment == "all" and back is not None and back[0] == metric and (
            rules.REFERS_BACK.search(text) or _TARGET_LEAD_RE.match(text)):
        # "Tahun ini tercatat 4.800 orang dari kelompok tersebut" (corpus 015): the group the
        # sentence before named.
        segment = _first_segment(context[1]) or back[1]
    if segment in ("other", "all") and metric == "participants" and unit == "count" and \
            _FARM_LABOUR_RE.match(right) and _PUBLIC_FUNDS_RE.search(text):
        # "lewat Dana Desa mendaftarkan 90 buruh tani dan petani penggarap": farm and casual
        # labour whose contributions public money pays are the vulnerable-worker programme
        segment = "vulnerable"
    is_target = _target(n, linked, continues, left, text, right)
    if not is_target and _ADDED_RE.search(clause_left):
        # "berhasil menambah 1.200 perusahaan baru": a flow, not a stock; as a target ("akan
        # menambah 2.000 pekerja rentan") it is labelled (a probe article, 2026-12-03)
        return None
    approximate = n.approximate or bool(
        linked and linked.number.approximate and not linked.number.is_range
        and _hedge_before(text, linked.number))
    return _Reading(n, metric, segment, unit, is_target, approximate, n.end + len(head))


def _hedge_before(text: str, n: Number) -> bool:
    """True when a hedge stands right before the number ("sekitar 17 persen atau ...")."""
    from transforms.numbers import _HEDGE_BEFORE_RE

    return bool(_HEDGE_BEFORE_RE.search(text[max(0, n.start - 24) : n.start]))


def _continues(left: str) -> bool:
    """True when the words since the last figure only continue its list.

    "peserta penerima upah sebanyak 26,71 juta, bukan penerima upah 9,28 juta" (corpus 007):
    a conjunction and a segment name, nothing that names another metric.
    """
    # "3.100 kader surabaya hebat (KSH) dan 1.850 linmas": the bracketed short name belongs to
    # the figure before (a probe article, 2026-12-03)
    core = _CONNECTOR_RE.sub("", _LEADING_BRACKET_RE.sub("", left)).strip(" ,;:()")
    if not core:
        return True
    if len(core.split()) > 7 or _nearest_cue(core) is not None:
        return False
    if core[:1].isupper() and len(core.split()) <= 4 and candidates(core):
        # "di Sulawesi Utara sebanyak 512.300 orang, Sulawesi Tengah 421.800 orang, dan
        # Gorontalo 166.500 orang": the list goes on place by place (a probe article, 2026-12-03)
        return True
    return bool(_SEGMENT_RE.search(core))


def _metric(n: Number, unit: str, linked: _Reading | None, continues: _Reading | None,
            left: str, clause_left: str, right: str, text: str,
            context: tuple[str, str], covered: bool = False,
            back: tuple[str, str] | None = None,
            parts_of: _Reading | None = None) -> str | None:
    """The metric of a number by the ordered rules, or None when none applies."""
    if unit == "idr":
        # "membayarkan klaim sebanyak 38.211 kasus dengan total nilai Rp386,7 miliar" (corpus 001)
        if rules.BENEFIT_CUES.search(text[: n.start] + right):
            return "benefits_paid"
        # "JP: 9.870 kasus, Rp12,6 miliar" (dev 003): the amount paid for the cases before it
        return "benefits_paid" if parts_of is not None and parts_of.metric == "claims" else None
    if unit == "percent":
        if rules.WORKFORCE_SHARE_AFTER.match(right) and not rules.PARTICIPANT_AFTER.match(right):
            # "sekitar 59 persen pekerja kita informal": a share of the workforce; "40 persen
            # angkatan kerja formal sudah terdaftar" (seed 003) is coverage
            return None
        if linked is not None and linked.unit == "count" and linked.metric == "participants":
            return "coverage_rate"
        if back is not None and back[0] == "participants" and _OF_WHICH_RE.search(left) \
                and not rules.PARTICIPANT_AFTER.match(right) and " dari " not in right:
            # "peserta aktif ... 512.800 orang. Dari jumlah tersebut, sekitar 78 persen merupakan
            # pekerja manufaktur": a share of those participants (a probe article, 2026-12-03);
            # of a workforce total it would be a rate
            return "participants"
        if rules.SHARE_CUES.search(left) or rules.SHARE_AFTER.match(right):
            if _PLACE_FOLLOWS_RE.search(left) and rules.COVERAGE_CUES.search(text):
                # "cakupan tertinggi ada di Kota Bontang dengan 78,2 persen, disusul Kota
                # Balikpapan 71,5 persen": the next place's rate (a probe article, 2026-12-03)
                return "coverage_rate"
            return "participants"
        if continues is not None and continues.unit == "percent":
            return continues.metric
        # Seed 000: "Saat ini kita dengan Pemkab Demak baru 40 persen." follows "... Universal
        # Jamsostek Coverage."; the 55 and 95 percent after it in the paragraph are rates too.
        if rules.COVERAGE_CUES.search(text):
            return "coverage_rate"
        if _STATISTICS_RE.search(text) and not (rules.REFERS_BACK.search(text)
                                                or _OF_WORKERS_RE.match(right)):
            return None  # "data BPS ... 64 persen di antaranya pekerja informal": a labour share
        if (covered or rules.COVERAGE_CUES.search(context[1])) and \
                not rules.OTHER_TOPIC.search(text):
            return "coverage_rate"
        return None
    if _PAID_TO_RE.search(text[: n.start]) and (rules.PERSON_NOUN.match(right)
                                                 or _CHILDREN_RE.match(right)):
        # "membayarkan manfaat JKP kepada 1.120 peserta" (people paid = cases); "menyalurkan
        # beasiswa kepada 214 anak peserta" (a probe article, 2026-12-03)
        return "claims"
    for pattern, metric in rules.METRIC_AFTER:
        if pattern.match(right):
            if metric == "employers" and _PLACEMENT_RE.match(right):
                # "bekerja sama dengan 56 perusahaan penempatan": the agencies that register
                # migrant workers are their employers
                return metric
            if rules.REGISTERING_UNITS.match(right) and ((
                    _OF_ALL_RE.search(clause_left) and not _EMPLOYER_UNIT_RE.match(right)) or (
                    not rules.REGISTERED.search(
                        text[: n.start] + " " + _PUNCT_RE.split(right, maxsplit=1)[0]) and
                    not (metric == "employers" and _STOCK_RE.match(clause_left)
                         and len(_PUNCT_RE.split(right, maxsplit=1)[0].split()) <= 3))):
                # "baru 120 desa yang mendaftarkan perangkatnya dari total 421 desa": the 421
                # are all the villages, registered or not
                return None
            return metric
    if linked is not None:
        if linked.unit == "percent" and linked.metric == "coverage_rate":
            return "participants"
        if linked.unit == "count":
            return linked.metric
    whole = parts_of or continues
    if whole is not None and whole.unit == "count" and whole.metric in ("workforce", "employed") \
            and rules.IS_PART.match(right) and rules.PARTICIPANT_AFTER.match(right):
        # "298.000 orang, namun baru 88.100 di antaranya yang terlindungi": the covered part of
        # the workers (probe sentences written for cakupan, 2026-12-03)
        return "participants"
    if continues is not None and continues.unit == "count":
        return continues.metric
    if parts_of is not None:
        # "71.420 orang, terdiri dari 48.115 penerima upah dan ..." (dev 012)
        return parts_of.metric
    whole_first = bool(_FROM_WHOLE_RE.search(clause_left) and _PART_CLAUSE_RE.match(right))
    if (rules.PARTICIPANT_AFTER.match(right) and not whole_first) or (
            _COORDINATED_END_RE.search(right) and
            _NEXT_ITEM_REGISTERED_RE.match(text, n.end + len(right))):
        # "13 perangkat desa dan 25 kader posyandu yang kini terdaftar": both are registered
        return "participants"
    for window in (clause_left, left):
        cue = _nearest_cue(window)
        if cue is not None:
            if rules.PERSON_NOUN.match(right) or _CONNECTED_RE.search(window):
                return cue
            return None
    if back is not None and (rules.PERSON_NOUN.match(right) or rules.IS_PART.match(right)
                             or not right.strip(" .") or right.lstrip()[:1] in (",", ";")
                             or right.lstrip().startswith("dan ")):
        return back[0]
    if _WORKER_NOUN_RE.match(right) or _WORKERS_ARE_RE.search(clause_left):
        if _GROW_TO_RE.search(clause_left) and rules.TARGET_CUES.search(clause_left):
            return "participants"  # "tahun depan ingin menambah menjadi 300 pekerja rentan"
        if _BUDGETED_RE.search(text[: n.start]):
            return None  # "anggaran yang diusulkan Rp2 miliar untuk 10.000 pekerja": a plan
        if _AFFECTED_RE.match(right):
            return None  # "4.500 pekerja terdampak banjir": a group an event befell
        return "workforce"
    if _PAID_SEGMENT_RE.search(clause_left[-60:]) and rules.PERSON_NOUN.match(right):
        # "Untuk pekerja penerima upah sudah 187.400 orang, sementara bukan penerima upah baru
        # 96.250 orang": PU and BPU are kinds of participants, even with no cue word (a probe
        # article written for cakupan, 2026-12-03)
        return "participants"
    return None


@functools.lru_cache(maxsize=8192)
def _spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Where a cue pattern matches in a sentence, found once for all the sentence's numbers."""
    return tuple(m.span() for m in pattern.finditer(text))


def _nearest_cue(window: str) -> str | None:
    """The metric of the cue nearest the end of the window, if any."""
    best: tuple[int, str] | None = None
    for pattern, metric in rules.LEFT_CUES:
        for m in pattern.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), metric)
    return best[1] if best else None


def _first_segment(phrase: str) -> str | None:
    """The segment of the earliest segment term in a phrase (the first rule on a tie)."""
    for m in _SEGMENT_RE.finditer(phrase):
        if m.group(0)[:1].isupper() and phrase[max(0, m.start() - 5) : m.start()] == "Kota ":
            continue  # "di Kota Santri" (Gresik), "Kota Nelayan": a town's nickname
        return _SEGMENT_OF[m.lastgroup] if m.lastgroup else None
    return None


def _segment(metric: str, linked: _Reading | None, clause_left: str, left: str, right: str,
             prev: _Reading | None) -> str:
    """The segment named by the term that leads the phrase holding the number.

    The phrase is the clause before the number and the words after it up to a break; failing
    that, the words since the last figure ("melindungi guru ngaji, marbot masjid, dan pengurus
    tempat ibadah sebanyak 2.350 orang", corpus 008), then the last figure's own segment when
    only a word links them ("Rp2,5 miliar untuk 59 kasus", corpus 015).
    """
    if linked is not None:
        return linked.segment
    if metric == "benefits_paid" and prev is not None and prev.metric == "claims":
        return prev.segment  # the amount paid for the cases just counted (dev 018)
    if metric == "employers":
        for pattern, segment in rules.EMPLOYER_UNIT_SEGMENTS:
            if pattern.match(right):
                return segment
    after = _CLAUSE_END_RE.split(_BRACKET_RE.split(right, maxsplit=1)[0], maxsplit=1)[0]
    found = _first_segment(clause_left + " " + after) or _first_segment(left)
    if found:
        return found
    if prev is not None and len(left.split()) <= 8 and not _SENTENCE_BREAK_RE.search(left):
        return prev.segment
    return "all"


def _target(n: Number, linked: _Reading | None, continues: _Reading | None, left: str,
            text: str, right: str) -> bool:
    """True when the figure is a target: the last target/current cue before it decides."""
    if linked is not None:
        return linked.is_target
    if rules.BASELINE_BEFORE.search(left) and rules.BASELINE_AFTER.match(right):
        return False
    if _ROSE_FROM_RE.search(left):
        # "menargetkan 20.000 pekerja rentan terlindungi pada 2025, naik dari 12.500 tahun lalu":
        # the figure risen from is what was (a probe article, 2026-12-03)
        return False
    if rules.TARGET_AFTER.match(right):
        return True
    targets, currents = _spans(rules.TARGET_CUES, text), _spans(rules.CURRENT_CUES, text)
    for lo in (n.start - len(left), 0):
        last_target = max((e for s, e in targets if s >= lo and e <= n.start), default=-1)
        last_current = max((e for s, e in currents if s >= lo and e <= n.start), default=-1)
        if last_target > last_current:
            return True
        if last_current > last_target:
            return False
        if continues is not None:
            return continues.is_target
    return False


def _dated_like_body(t: Fact, body: list[Fact]) -> Fact:
    """A headline figure with no period takes the period of the body figure it rounds."""
    if t.is_target or t.as_of is not None:
        return t
    for b in body:
        if b.metric == t.metric and b.unit == t.unit and not b.is_target and \
                abs(b.value - t.value) <= 0.05 * max(b.value, t.value):
            return dataclasses.replace(t, as_of=b.as_of)
    return t


def _merge(facts: list[Fact]) -> list[Fact]:
    """One fact per figure: a repeat fills only what the first mention left unknown.

    The headline restates the body, so body facts come first and a headline figure is kept only
    when the body does not state the same value; a rounded headline figure ("312 ribu" over the
    body's 312.458, corpus 001) is a restatement with a different value: its own fact.
    """
    title = [f for f in facts if f.start == 0]
    body = [f for f in facts if f.start != 0]
    title = [t for t in title if not any(
        t.unit == b.unit and t.is_target == b.is_target and t.value == b.value for b in body)]
    title = [_dated_like_body(t, body) for t in title]
    kept: dict[tuple[str, str, str, float, bool], int] = {}
    out: list[Fact] = []
    for f in body + title:
        key = (f.area.casefold(), f.area_type, f.unit, round(f.value, 6), f.is_target)
        if key not in kept:
            kept[key] = len(out)
            out.append(f)
            continue
        first = out[kept[key]]
        changes = {}
        if first.target_year is None and f.target_year is not None:
            changes["target_year"] = f.target_year
        if first.as_of is None and f.as_of is not None and not first.is_target:
            changes["as_of"] = f.as_of
        if changes:
            out[kept[key]] = dataclasses.replace(first, **changes)
    return out
