"""Decision 6, the area: which place a figure describes (LABELLING.md "Area").

The first rule that matches decides: the places of a list that share one figure ("A dan B
masing-masing 42 persen", "Kota A, Kabupaten B dan C memiliki tingkat kepesertaan di bawah 45
persen": each gets the fact); a name listed after a branch's figure is the next branch;
a place the headline is about; the place `areas.choose` finds for the figure in its sentence
(locative > type word > bare name); the area the article has established; any place later in
the sentence; the area a later sentence establishes; otherwise BPJS Ketenagakerjaan's own
national total. `offered` says which of the sentence's places are candidates at all.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

from transforms.area_choice import choose
from transforms.areas import Mention
from transforms.candidate import Candidate, in_sentence
from transforms.cues import SEGMENT_RE
from transforms.engine import Rule, always, check_table
from transforms.gazetteer import NATIONAL, AreaRecord, branch, resolve

#: A figure with no area anywhere in its article is national: BPJS Ketenagakerjaan's own
#: totals ("BPJS Ketenagakerjaan catat 41,56 juta peserta aktif", corpus 007).
NATIONAL_MENTION = Mention(resolve(NATIONAL) or AreaRecord(NATIONAL, "national", None, None),
                           0, 0, NATIONAL, False)
_OWN_AREA_RE = re.compile(
    r"\bwilayah\s+(?:kerja(?:nya)?|kami|setempat)\b|\bwilayahnya\b|\bcabang\s+kami\b",
    re.IGNORECASE)
#: Words that make a list of regencies an office's territory.
_SCOPE_RE = re.compile(r"\b(?:wilayah\s+kerja\w*|meliputi|membawahi|mencakup)\b", re.IGNORECASE)
_LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)", re.IGNORECASE)
#: A name leading the next figure of a list: ", lalu Tanjung 64.208", " dan Poso 62.000".
_NAMED_ITEM_RE = re.compile(
    r"[\s,;]*(?:(?:dan|serta|lalu|kemudian|sedangkan|disusul)\s+)?(?:(?:Kantor\s+)?Cabang\s+|"
    r"KCP?\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*(?:dengan|sebanyak|sejumlah|:)?\s*$")


#: A national source named in a sentence with no place: the ministry's or the national
#: director's figures are the country's ("Data Kemnaker mencatat 41 juta pekerja terdaftar").
_NATIONAL_SOURCE_RE = re.compile(
    r"\b(?:Kemnaker|Kemenaker|Kementerian\s+Ketenagakerjaan|Menteri\s+Ketenagakerjaan|Menaker|"
    r"Direktur\s+Utama\s+BPJS|Dirut\s+BPJS)", re.IGNORECASE)


def _national_source(c: Candidate) -> bool:
    """The sentence names no place a figure may take and cites a national source."""
    return not any(not m.speaker for m in c.where.mentions) and \
        in_sentence(_NATIONAL_SOURCE_RE, c.text)


_PROGRAMME_RE = re.compile(r"(?:Jaminan|Program|JHT|JKK|JKM|JKP|JP|JK)\b")


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


def offered(text: str, mentions: list[Mention], state: Any, position: int) -> list[Mention]:
    """The sentence's places a figure may take (the walker keeps the result for later figures).

    "jumlah peserta aktif di wilayah kerjanya" (corpus 004): the speaker's office; "di wilayah
    kami" in an interview (dev 002): the office that speaks. "wilayah kerja Cabang Cirebon yang
    meliputi Kota Cirebon, Kabupaten Cirebon, Kuningan dan Indramayu mencapai 389.000 orang":
    the office's combined figure.
    """
    if in_sentence(_OWN_AREA_RE, text):
        mentions = [dataclasses.replace(m, speaker=False) for m in mentions]
        if not mentions and state.office is not None:
            mentions = [state.office]
    offices = [m for m in mentions if m.record.area_type in ("branch", "regional_office")]
    if offices and in_sentence(_SCOPE_RE, text) and _territory_before(text, mentions, position):
        mentions = offices
    return mentions


def _choice(c: Candidate, key: str) -> Mention | None:
    """`areas.choose` over the title's places or all, cached per candidate."""
    memo = c.memo.setdefault("area_choice", {})
    if key not in memo:
        w = c.where
        own = [m for m in w.mentions if m.record.name in w.state.title_places]
        if key == "own":
            memo[key] = choose(own, c.n.start, c.text) if own else None
        elif key == "near":
            memo[key] = None if own else choose(w.mentions, c.n.start, c.text)
        else:
            memo[key] = choose(w.mentions, c.n.start, c.text, anywhere=True)
    return memo[key]


def _next_branch(c: Candidate) -> Mention | None:
    """"Kantor Cabang Palu 210.500 peserta, Luwuk 88.300 peserta": the next name is a branch."""
    if "next_branch" not in c.memo:
        facts, prev, found = c.where.facts, c.prev, None
        if facts and facts[-1].area_type == "branch" and prev is not None:
            item = _NAMED_ITEM_RE.match(c.text, prev.phrase_end, c.n.start)
            # "terdiri dari PU 480.100, BPU 99.800 dan Jakon 33.500": segments, not branches
            # "..., Jaminan Kecelakaan Kerja sebanyak 1.043 kasus": a programme, not a branch
            if item is not None and not SEGMENT_RE.fullmatch(item.group(1)) \
                    and not _PROGRAMME_RE.match(item.group(1)):
                found = Mention(branch(item.group(1)), item.start(1), item.end(1),
                                item.group(1), True)
        c.memo["next_branch"] = found
    return c.memo["next_branch"]


_RESPECTIVELY_RE = re.compile(r"\bmasing-masing\b", re.IGNORECASE)
_FIGURE_RE = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s*(?:juta|ribu))?")


_FIGURE_JOIN_RE = re.compile(
    r"(?:\s*(?:persen|%|orang|peserta|pekerja|perusahaan|tenaga\s+kerja))*"
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)", re.IGNORECASE)


def _figure_list(clause: str, offset: int) -> list[int]:
    """Where the figures of a coordinated list start ("31 persen dan 28 persen"), no further."""
    found = list(_FIGURE_RE.finditer(clause))
    out = [found[0].start() + offset] if found else []
    for prev, cur in itertools.pairwise(found):
        if not _FIGURE_JOIN_RE.fullmatch(clause, prev.end(), cur.start()):
            break
        out.append(cur.start() + offset)
    return out


def _runs(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """The sentence's places grouped into coordinated lists ("A, B dan C")."""
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and _LIST_JOIN_RE.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


#: Between a list of places and "masing-masing": "..., yang cakupannya", "capaiannya".
_BEFORE_CUE_RE = re.compile(r"[^\d.;:,]{0,40}")


def _respective_runs(c: Candidate) -> tuple[list[Mention], list[int]]:
    """The list of places before "masing-masing" and where the figures after it start."""
    cue = next((m for m in reversed(list(_RESPECTIVELY_RE.finditer(c.text, 0, c.n.start)))),
               None)
    if cue is None:
        return [], []
    clause = re.split(r"[.;]\s", c.text[cue.end():], maxsplit=1)[0]
    figures = _figure_list(clause, cue.end())
    places = [m for m in c.where.mentions if m.end <= cue.start() and not m.speaker
              and not m.placeholder and m.rank >= 0]
    runs = [r for r in _runs(c.text, places) if len(r) >= 2 and (
        len(r) == len(figures)
        or (len(figures) == 1 and _BEFORE_CUE_RE.fullmatch(c.text, r[-1].end, cue.start())))]
    return (runs[-1] if runs else []), figures


def _respectively(c: Candidate) -> Mention | None:
    """"Kabupaten A dan Kabupaten B masing-masing 31 persen dan 28 persen": in order."""
    if "respectively" not in c.memo:
        run, figures = _respective_runs(c)
        found = None
        if run and c.n.start in figures:
            found = run[0] if len(figures) == 1 else run[figures.index(c.n.start)]
        c.memo["respectively"] = found
        c.memo["shared_by"] = run[1:] if found is not None and len(figures) == 1 else []
    return c.memo["respectively"]


_PAIR_GAP_RE = re.compile(r"\s*(?:\([^()\d]{1,12}\)\s*)?(?:sebesar|sebanyak|mencapai|:)?\s*")
_PAIR_JOIN_RE = re.compile(r"\s+dan\s+")
_LEADS_FIGURE_RE = re.compile(r"\s*(?:sebesar|sebanyak|mencapai|:)?\s*\d")


def _pair_shares(c: Candidate) -> Mention | None:
    """"Kota A 89 persen, Kabupaten B 71 persen, C dan D 68 persen": in a list of places each
    leading its figure, two places joined by "dan" before one figure both have it."""
    if "pair_shares" not in c.memo:
        found = None
        before = [m for m in c.where.mentions if m.end <= c.n.start and not m.speaker
                  and not m.placeholder and m.rank >= 0]
        if len(before) >= 3 and _PAIR_GAP_RE.fullmatch(c.text, before[-1].end, c.n.start) \
                and _PAIR_JOIN_RE.fullmatch(c.text, before[-2].end, before[-1].start) \
                and any(_LEADS_FIGURE_RE.match(c.text, m.end) for m in before[:-2]):
            found = before[-2]
            c.memo["shared_by"] = [before[-1]]
        c.memo["pair_shares"] = found
    return c.memo["pair_shares"]


#: Between a list of places and the one rate they share: "... tercatat memiliki tingkat
#: kepesertaan di bawah " (no figure, no clause break, no other place).
_LIST_TO_RATE_RE = re.compile(r"[^\d;:,\"“”()]{1,90}")
#: ... nor a share they make up together ("bersama-sama menyumbang 60 persen peserta").
_LIST_BREAK_RE = re.compile(
    r"\b(?:sedangkan|sementara|namun|masing-masing|dibanding\w*|bersama\S*|gabungan|total|"
    r"menyumbang\w*|berkontribusi|kontribusi|mendominasi|porsi)\b", re.IGNORECASE)
#: "selisih antara Kota A dan B", "dari Kabupaten A dan B": a pair compared or summed.
_LIST_OPENS_RE = re.compile(r"\b(?:antara|dari|dibanding\w*|gabungan|total)\s+$", re.IGNORECASE)
_LIST_LEVELS = ({"regency", "city"}, {"province"}, {"branch"})


def _one_level(run: list[Mention]) -> bool:
    """Two or more distinct places of one level (regencies and cities, provinces, branches)."""
    names = {(m.record.name, m.record.area_type) for m in run}
    return len(run) >= 2 and len(names) == len(run) and \
        any({m.record.area_type for m in run} <= level for level in _LIST_LEVELS)


def _run_before(c: Candidate) -> list[Mention]:
    """"Kota A, Kabupaten B dan C tercatat memiliki tingkat kepesertaan di bawah 45 persen"."""
    before = [m for m in c.where.mentions if m.end <= c.n.start and not m.speaker
              and not m.placeholder and m.rank >= 0]
    runs = _runs(c.text, before) if len(before) >= 2 else []
    run = runs[-1] if runs else []
    if _one_level(run) and _LIST_TO_RATE_RE.fullmatch(c.text, run[-1].end, c.n.start) \
            and not _LIST_BREAK_RE.search(c.text, run[-1].end, c.n.start) \
            and not _LIST_OPENS_RE.search(c.text, max(0, run[0].start - 20), run[0].start):
        return run
    return []


#: From a rate to the list of places that have it: "di atas 80 persen dicapai", "di bawah 50
#: persen tercatat di", "di bawah 45 persen, yakni".
_RATE_TO_LIST_RE = re.compile(
    r"[^\d;:\"“”()]{0,30}?(?:\s*,)?\s*\b(?:dicapai(?:\s+oleh)?|diraih(?:\s+oleh)?|"
    r"(?:tercatat\s+|terdapat\s+)?di|yakni|yaitu|adalah|meliputi)\s+", re.IGNORECASE)
_LIST_ENDS_RE = re.compile(r"\s*(?:[.;]|$)")


def _run_after(c: Candidate) -> list[Mention]:
    """"Cakupan di atas 80 persen dicapai Kabupaten A dan B.": the list closes the sentence
    and no place stands before the rate."""
    if any(m.end <= c.n.start and not m.speaker and not m.placeholder and m.rank >= 0
           for m in c.where.mentions):
        return []
    after = [m for m in c.where.mentions if m.start >= c.n.end and not m.speaker
             and not m.placeholder and m.rank >= 0]
    runs = _runs(c.text, after) if len(after) >= 2 else []
    run = runs[0] if len(runs) == 1 else []
    if _one_level(run) and _RATE_TO_LIST_RE.fullmatch(c.text, c.n.end, run[0].start) \
            and not _LIST_BREAK_RE.search(c.text, c.n.end, run[0].start) \
            and _LIST_ENDS_RE.match(c.text, run[-1].end):
        return run
    return []


def _list_shares_rate(c: Candidate) -> Mention | None:
    """"Kota A, Kabupaten B dan C tercatat memiliki tingkat kepesertaan di bawah 45 persen",
    "cakupan di atas 80 persen dicapai Kabupaten A dan B": the coverage rate of each place of
    the list (a rate is no sum, so each place has it; a share of all participants the places
    make up together is one figure)."""
    if "list_shares" not in c.memo:
        found = None
        if c.unit == "percent" and c.memo.get("metric") == "coverage_rate" and \
                len(_figure_list(c.text[c.n.start :], c.n.start)) == 1:
            run = _run_before(c) or _run_after(c)
            if run:
                found = run[0]
                c.memo["shared_by"] = run[1:]
        c.memo["list_shares"] = found
    return c.memo["list_shares"]


#: The rules whose figure every place of a list has: the fact is repeated for `shared_by`.
SHARING_RULES = frozenset({"respectively", "pair_shares_figure", "list_shares_rate"})


def shared_by(c: Candidate) -> list[Mention]:
    """The other places of "A dan B masing-masing 42 persen": each has the same figure."""
    return list(c.memo.get("shared_by", ()))


#: More workers than any province has (the largest counts some 25 million workers): a count
#: of people this large is the country's, whoever quotes it ("target melindungi 60 juta pekerja").
NATIONAL_SCALE = 30_000_000


def _national_scale(c: Candidate) -> bool:
    """A count of workers or participants larger than any region's, in a sentence naming no
    place of its own."""
    # "Cabang X sebanyak 40 juta peserta" names its place: an absurd figure validation catches
    return c.unit == "count" and c.n.value >= NATIONAL_SCALE and \
        c.memo.get("metric") in ("participants", "workforce") and \
        not any(not m.speaker and not m.placeholder for m in c.where.mentions)


AREA: tuple[Rule[Mention], ...] = (
    Rule("national_scale", _national_scale, NATIONAL_MENTION,
         "Kami menargetkan melindungi 60 juta pekerja (said by a regional office)."),
    Rule("respectively", _respectively, _respectively,
         "Kabupaten A dan Kabupaten B masing-masing 31 persen dan 28 persen."),
    Rule("pair_shares_figure", _pair_shares, _pair_shares,
         "Kota A 89 persen, Kabupaten B 71 persen, C dan D 68 persen."),
    Rule("list_shares_rate", _list_shares_rate, _list_shares_rate,
         "Kota A, Kabupaten B dan C memiliki tingkat kepesertaan di bawah 45 persen."),
    Rule("branch_list_next", _next_branch, _next_branch,
         "Kantor Cabang Palu 210.500 peserta, Luwuk 88.300 peserta dan Poso 62.000 peserta."),
    Rule("headline_place", lambda c: _choice(c, "own"), lambda c: _choice(c, "own"),
         "Kades Cibodas: ... (dev 010): the village the headline is about."),
    Rule("place_in_sentence", lambda c: _choice(c, "near"), lambda c: _choice(c, "near"),
         "Peserta aktif di Kabupaten Demak mencapai 170.607 orang (seed 000)."),
    Rule("national_source", _national_source, NATIONAL_MENTION,
         "Data Kemnaker mencatat 41 juta pekerja terdaftar (a province-headlined article)."),
    Rule("article_area", lambda c: c.where.state.area is not None, lambda c: c.where.state.area,
         "Saat ini baru 40 persen, after a paragraph about Demak (seed 000)."),
    Rule("place_later_in_sentence", lambda c: _choice(c, "any"), lambda c: _choice(c, "any"),
         "Sebanyak 12.546 pekerja rentan, ..., di Kabupaten OKI."),
    Rule("place_in_later_sentence", lambda c: c.where.lookahead is not None,
         lambda c: c.where.lookahead, "A figure in the lead, its regency named a sentence later."),
    Rule("national", always, NATIONAL_MENTION,
         "BPJS Ketenagakerjaan catat 41,56 juta peserta aktif (corpus 007)."),
)
check_table(AREA, "area")
