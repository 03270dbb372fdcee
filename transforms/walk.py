"""What an article establishes as it is read, sentence by sentence: the state the rules consult.

The area and the period it last stated, the list under way (a header's metric, a list of branch
offices, a list of rates), the last count and each count by value (for "Dari jumlah itu"), the
office last named, the labour-statistics period. `advance` carries a sentence's findings over
to the sentences after it (LABELLING.md "Area", seed 001).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass

from transforms import rules
from transforms.area_choice import establishing
from transforms.areas import Mention
from transforms.candidate import denominator_before
from transforms.cues import SEGMENT_RE, TARGET_LEAD_RE, nearest_cue
from transforms.dates import parse_date, publication_date
from transforms.decide_area import NATIONAL_MENTION
from transforms.gazetteer import branch
from transforms.lexicon import HAS_NUMBER_RE, STATISTICS_RE
from transforms.model import Article, Fact
from transforms.numbers import find_numbers
from transforms.periods import scan_periods
from transforms.sentences import Sentence

_LINE_RE = re.compile(r"[^\n]+")
_TABLE_ROW_RE = re.compile(r"\S\s*\|\s*\S")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s")
#: A line that is a label and a value: "Penerima upah: 141.300 orang".
_LABEL_ROW_RE = re.compile(r"^[^.:;,]{1,40}:\s*\S")
_BRANCHES_RE = re.compile(r"\b(?:cabang|KC|KCP)\b", re.IGNORECASE)
#: The name leading a list item or table row: "- Tembilahan: 38.600-an", "Cabang Dumai | 98.410".
_ROW_LABEL_RE = re.compile(r"^\s*(?:[-•*–]\s*|\d{1,2}[.)]\s*)?(?:(?:Kantor\s+)?Cabang\s+|KCP?\s+)?"
                           r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*[:|]")
#: Column headers of a table: no branch is named "Segmen" or "Kategori".
_HEADER_LABEL_RE = re.compile(r"(?:segmen|kategori|uraian|jenis|program|keterangan|nomor|no|"
                              r"total|jumlah|kepesertaan|peserta|cabang|wilayah)\b", re.IGNORECASE)
_BREAKDOWN_INTRO_RE = re.compile(r"\b(?:rincian\w*|perincian\w*|berikut\w*|antara\s+lain|"
                                 r"masing-masing|yaitu|yakni)\b", re.IGNORECASE)
_COUNT_METRICS = frozenset({"participants", "employers", "claims", "workforce", "employed"})
_PERIOD_HINT_RE = re.compile(r"\d|saat\s+ini|\bkini\b|sekarang|tercatat|tahun|terkini|hari\s+ini|"
                             r"\b(?:lalu|kemarin)\b", re.IGNORECASE)
NUMBER, TABLE, ROW = 1, 2, 4


def dated_period(kind: str | None) -> bool:
    """True for a period stated with a date (month, year, quarter), not "now" or relative."""
    return kind not in (None, "now", "recorded", "relative")


@functools.lru_cache(maxsize=4096)
def kind(text: str) -> int:
    """What a line is, tested once: it has a number, it is a table row, a row of any list."""
    k = NUMBER if HAS_NUMBER_RE.search(text) else 0
    if _TABLE_ROW_RE.search(text):
        k |= TABLE | ROW
    elif _LIST_ITEM_RE.match(text) or _LABEL_ROW_RE.match(text):
        k |= ROW
    return k


#: A digit that is neither a year nor the day of a date: the sentence states a figure.
#: The day of a date is no figure ("31 Desember 2025"); a regulation's number before its year
#: ("Nomor 42 Tahun 2019") is not a day.
_FIGURE_DIGIT_RE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)"
                              r"(?!\d{1,2}\s+(?!Tahun\b)[A-Z][a-z]+\s+(?:19|20)\d\d)\d")
#: "Sepanjang 2024, klaim yang dibayar:": the whole year, a flow's period, not a point in it.
_WHOLE_YEAR_RE = re.compile(r"\b(?:sepanjang|selama|sejak|periode)\b", re.IGNORECASE)
#: "... untuk meningkatkan capaian di tahun 2025": the year of a goal, not of a figure.
GOAL_BEFORE_RE = re.compile(r"\b(?:upaya|agar|supaya|untuk\s+(?:\w+\s+)?(?:meningkatkan|mencapai|"
                            r"menambah|memperluas)|target\w*|menargetkan|harapan|diharapkan)\b"
                            r"[^.]{0,60}$", re.IGNORECASE)


COMPARED_FROM_RE = re.compile(
    r"\b(?:dari\s+posisi|dibandingkan(?:\s+dengan)?|dibanding|ketimbang)\s+(?:periode\s+)?"
    r"(?:bulan\s+|akhir\s+|tahun\s+)?$", re.IGNORECASE)


@dataclass(slots=True)
class State:
    """What the article has established so far."""

    area: Mention | None = None
    period: str | None = None
    #: The last regency, city and province named, for a bare "Pemkab" (corpus 015).
    by_type: dict[str, Mention] = dataclasses.field(default_factory=dict)
    #: Metric and segment of the last count found, for "Dari jumlah itu, ..." (corpus 016).
    last_count: tuple[str, str] | None = None
    #: Metric and segment of each count value found, for "Dari 667.892 ini, ..." (seed 003).
    by_value: dict[float, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: The metric a list header announces ("Berikut rincian data kepesertaan ...:", corpus 047).
    list_cue: tuple[str, str] | None = None
    #: The list under way gives coverage rates ("Rinciannya:" after a rate).
    list_rates: bool = False
    #: The metric of the last fact found.
    last_metric: str | None = None
    #: The list under way is one of branch offices: each item's leading name is a branch.
    branch_list: bool = False
    #: The BPJS office last named (a speaker's included), for "di wilayah kami".
    office: Mention | None = None
    #: The period of the labour statistics (BPS) last cited, for workforce/employed figures.
    labour_period: str | None = None
    #: Districts and villages the headline names: the article is about them.
    title_places: frozenset[str] = frozenset()
    #: Paragraph in which a coverage rate was last found (a bare "40 persen" after it is one).
    coverage_paragraph: int = -1
    #: The dated period the sentence just before stated without a figure of its own ("Hingga
    #: 31 Desember 2025, cakupan terus meningkat."): a "saat ini" right after it means then.
    intro_period: str | None = None
    #: The two periods a change was last stated between ("di tahun 2023 mencapai 42 persen,
    #: sementara per Juni 2024 turun menjadi 38 persen"), for a later "dari A turun menjadi B"
    #: that names none.
    change: tuple[str, str] | None = None

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


def chrome_blocks(text: str) -> set[int]:
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


def publication(article: Article, given: dt.date | None, lines: list[str],
                today: dt.date | None = None) -> tuple[dt.date | None, str]:
    """The publication date and where it came from: caller, page, text or weekday (a weekday
    with no year named is read up to `today`, the day the page was fetched or read)."""
    if given is not None:
        return given, "given"
    if article.published is not None:
        return article.published, "page"
    for hint in article.date_hints:
        d = parse_date(hint)
        if d is not None:
            return d, "page"
    return publication_date(lines, today=today)


@functools.lru_cache(maxsize=4096)
def scanned(text: str, pub: dt.date | None) -> tuple[tuple[int, int, str | None, str], ...]:
    """Every period a sentence states, scanned once; sentences with no hint are skipped."""
    if not _PERIOD_HINT_RE.search(text):
        return ()
    return tuple(scan_periods(text, pub))


def sentence_period(text: str, pub: dt.date | None) -> tuple[str | None, str | None]:
    """The sentence's period by rule priority (find_period), from the one scan."""
    found = scanned(text, pub)
    if not found:
        return None, None
    best = min(found, key=lambda p: (p[0], p[1]))
    return best[2], best[3]


def contexts(sentences: list[Sentence]) -> dict[int, tuple[str, str]]:
    """Per paragraph: (its text, the text of the paragraph before it), joined once each."""
    paragraphs: dict[int, list[str]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s.text)
    out: dict[int, tuple[str, str]] = {}
    before = ""
    for k in sorted(paragraphs):
        here = " ".join(paragraphs[k])
        out[k] = (here, before)
        before = here
    return out


def establishes(mentions: list[Mention]) -> Mention | None:
    """The area a sentence establishes; one naming several regencies, cities or provinces
    establishes none ("Kota Surakarta, Sukoharjo dan Karanganyar", corpus 001)."""
    distinct = {(m.record.name, m.record.area_type) for m in mentions
                if m.record.area_type in ("regency", "city", "province")}
    return establishing(mentions) if len(distinct) < 2 else None


def branch_item(text: str) -> list[Mention] | None:
    """The branch a row of a list of branches leads with ("- Rengat: 61.233 peserta aktif")."""
    m = _ROW_LABEL_RE.match(text)
    if m is None or SEGMENT_RE.search(m.group(1)) or _HEADER_LABEL_RE.match(m.group(1)):
        # "Segmen | Peserta aktif", "Penerima Upah (PU) | 22.140" in a table a branch's
        # breakdown introduces: a header and segments, no branch names (a probe, 2026-12-03)
        return None
    return [Mention(branch(m.group(1)), m.start(1), m.end(1), m.group(1), True)]


def referred(text: str, state: State) -> tuple[str, str] | None:
    """The total a sentence refers back to ("Dari jumlah itu", "Dari 667.892 ini"), else the
    metric a list header announced, else None."""
    m = rules.REFERS_BACK.search(text)
    if m is None:
        if state.list_cue is None and TARGET_LEAD_RE.match(text):
            return state.last_count  # "Targetnya tahun ini tembus 200 ribu": of that count
        return state.list_cue
    numbers = find_numbers(m.group(0))
    if numbers:
        return state.by_value.get(numbers[0].value)
    return state.last_count


#: "kabupaten baru seperti X masih terkendala": a place given as an example.
_EXAMPLE_BEFORE_RE = re.compile(
    r"\b(?:seperti|misalnya|contohnya|antara\s+lain)\s+(?:(?:Kabupaten|Kota|Kab\.)\s+)?$",
    re.IGNORECASE)


#: "Jumlah peserta terbesar berasal dari Kota X mencapai 60 persen": the part's origin.
_ORIGIN_BEFORE_RE = re.compile(r"\bberasal\s+dari\s+(?:(?:Kabupaten|Kota|Provinsi)\s+)?$",
                               re.IGNORECASE)


def _carry_area(state: State, mentions: list[Mention], facts: list[Fact], text: str = "") -> None:
    """The area the sentence leaves established for the sentences after it."""
    if not facts:
        # "Kabupaten baru seperti X masih terkendala pendataan": an example, with no figure of
        # its own, does not move the article to it.
        mentions = [m for m in mentions if not _EXAMPLE_BEFORE_RE.search(text[: m.start])]
    # A district or village named in passing dates nothing after it (corpus 035: "warga
    # Tambakrejo"), unless the headline is about it ("Kades Cibodas: ...", dev 010).
    carried = [m for m in mentions if not m.speaker and (
        m.record.area_type not in ("district", "village") or m.record.name in state.title_places)]
    est = establishes(carried)
    own = [m for m in carried if m.record.name in state.title_places]
    if own:
        est = own[-1]  # "Desa Cibodas, Kecamatan Pasirjambu, Kabupaten Bandung": the village
    if est is None and state.area is None:
        est = establishes(mentions)
    office = state.area
    if not facts and est is not None and office is not None and \
            office.record.area_type == "branch" and office.record.parent == est.record.name:
        # "dukungan Pemerintah Kota Batam" in passing, in an article about a branch of that
        # city: the branch's figures stay the branch's
        est = office
    if facts:
        # A sentence listing figures of several areas ("Jambi paling banyak dengan
        # 2,14 juta, lalu Bengkulu 1,07 juta") leaves the area before it established.
        many = len({(f.area, f.area_type) for f in facts}) > 1
        anchor = facts[0] if many else facts[-1]
        known = [*mentions, *([state.office] if state.office else [])]
        est = next((m for m in reversed(known) if m.record.name == anchor.area
                    and m.record.area_type == anchor.area_type), est)
        if many and state.area is not None:
            est = state.area
        if est is not None and state.area is not None and any(
                m.record == est.record and _ORIGIN_BEFORE_RE.search(text[: m.start])
                for m in mentions):
            est = state.area  # "peserta terbesar berasal dari Kota X, 60 persen": a part's origin
        if {"area:national_source", "area:national_scale"} & set(anchor.rules):
            est = NATIONAL_MENTION  # "Jumlah ini terdiri atas ..." after the ministry's total
    if est is not None:
        state.area = est
    for m in mentions:
        if m.record.area_type in ("regency", "city", "province"):
            state.by_type[m.record.area_type] = m
        if m.record.area_type in ("branch", "regional_office"):
            state.office = dataclasses.replace(m, speaker=False)


def _carry_list(state: State, s: Sentence, facts: list[Fact]) -> None:
    """The list a header or table opens, kept while its rows go on."""
    line = kind(s.text)
    if s.text.rstrip().endswith(":") or (line & TABLE and not facts and not line & NUMBER):
        # "Berikut rincian data kepesertaan ...:" and a table header "Segmen | Peserta aktif"
        # A header row with no cue ("Uraian | Jumlah | Keterangan") keeps the intro's cue.
        cue = nearest_cue(s.text)
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
    elif not line & ROW:
        state.list_cue = None
        state.branch_list = False
        state.list_rates = False
    elif state.list_cue is None and facts and facts[0].unit == "count":
        # "1. Peserta aktif: 90.100 orang / 2. Penerima upah: 70.400 orang" after an intro that
        # names no metric: the items after the first share its metric.
        state.list_cue = (facts[0].metric, "all")


def _carry_counts(state: State, s: Sentence, facts: list[Fact]) -> None:
    """The counts a later "Dari jumlah itu" may break down, and the metric last found."""
    # "28 persen dari 130 ribu pekerja": a denominator is no total a later "Dari jumlah itu"
    # breaks down.
    counts = [f for f in facts if f.unit == "count"
              and not denominator_before(s.text, f.value_start - s.start)]
    if counts:
        state.last_count = (counts[-1].metric, counts[-1].segment)
    for f in counts:
        state.by_value.setdefault(f.value, (f.metric, f.segment))
    if any(f.metric == "coverage_rate" for f in facts):
        state.coverage_paragraph = s.paragraph
    if facts:
        state.last_metric = facts[-1].metric


def _carry_period(state: State, s: Sentence, pub: dt.date | None, facts: list[Fact]) -> None:
    """The period the sentence states, for the sentences after it."""
    if kind(s.text) & TABLE:
        return  # a row's note ("iuran APBD 2024") dates nothing after it
    if not facts and _FIGURE_DIGIT_RE.search(s.text):
        return  # "iuran Rp5 triliun pada tahun 2024": the year of a figure that is no fact
    period, k = sentence_period(s.text, pub)
    found = scanned(s.text, pub)
    at = min(found, key=lambda p: (p[0], p[1]))[1] if found else 0
    if found and (COMPARED_FROM_RE.search(s.text, 0, at) or GOAL_BEFORE_RE.search(s.text, 0, at)):
        # "naik dari posisi Desember 2024 yang hanya 41 persen": an earlier point; "upaya
        # bersama untuk meningkatkan capaian di tahun 2025": a goal's year
        return
    if STATISTICS_RE.search(s.text):
        # "data BPS Agustus 2024" (dev 002, corpus 034) dates the labour statistics that follow,
        # not BPJS Ketenagakerjaan's own figures.
        if dated_period(k) and period is not None:
            state.labour_period = period
        return
    if k in (None, "relative") or (k == "recorded" and state.period is not None):
        return  # "naik dibanding tahun lalu yang hanya 25 persen" dates only its own sentence
    if period is None and state.period is not None:
        return  # an unknowable "saat ini" (no publication date) does not erase a stated period
    if not facts and k == "year" and period is not None and state.period is not None and \
            len(state.period) == 7 and state.period[:4] == period and \
            not _WHOLE_YEAR_RE.search(s.text) and (
                pub is None or state.period != f"{pub.year:04d}-{pub.month:02d}"):
        # "Peningkatan ... pada 2021 tidak lepas dari ..." after "hingga Agustus 2021": the
        # year, said again without a figure, keeps the month already stated (a "kini" read
        # as the publication month gives way: "kini terlindungi ... melalui APBD 2024", corpus)
        return
    dated = k not in (None, "now", "recorded")
    if k is not None and not (dated and rules.TARGET_CUES.search(s.text)):
        # "meski belum sesuai dengan target, ... saat ini" (seed 002) still says "now"; a year in
        # a target sentence ("Jadi tahun 2025 ini ... menargetkan", seed 004) is the target's.
        state.period = period


#: The words of a change between two stated periods.
_CHANGE_WORD_RE = re.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|menjadi)\b",
                             re.IGNORECASE)


def _carry_change(state: State, s: Sentence, pub: dt.date | None) -> None:
    """The two periods the sentence states a change between, if it does."""
    dated = [p for p in scanned(s.text, pub) if dated_period(p[3]) and p[2] is not None]
    if len(dated) >= 2 and dated[0][2] != dated[-1][2] and dated[0][2] < dated[-1][2] and \
            _CHANGE_WORD_RE.search(s.text, dated[0][1]) and \
            not rules.TARGET_CUES.search(s.text):
        state.change = (dated[0][2], dated[-1][2])
    elif state.change is not None and any(p[2] not in state.change for p in dated):
        state.change = None  # a period of its own: the change stated before is left behind


def advance(state: State, s: Sentence, mentions: list[Mention], pub: dt.date | None,
            facts: list[Fact]) -> None:
    """Carry the sentence's area, list, counts and period over to the sentences after it."""
    _carry_area(state, mentions, facts, s.text)
    _carry_list(state, s, facts)
    _carry_counts(state, s, facts)
    _carry_period(state, s, pub, facts)
    if kind(s.text) & NUMBER:
        _carry_change(state, s, pub)
    period, k = ((None, None) if _FIGURE_DIGIT_RE.search(s.text)
                 else sentence_period(s.text, pub))
    intro = k in ("month", "month_day") and s.paragraph and period is not None
    state.intro_period = period if intro and not rules.TARGET_CUES.search(s.text) else None
