"""Which of a sentence's area mentions a figure describes, and which one a sentence leaves
established for the sentences after it (LABELLING.md "Area"; split from `areas.py`, which
finds the mentions)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.areas import Mention, find_mentions

_BREAK_RE = re.compile(r"[;:“”\"]|,(?!\d)")
_FIGURE_THEN_LOCATIVE_RE = re.compile(
    r"\S+(?:\s+(?:juta|ribu|miliar|triliun|persen|%))?(?:\s+[a-z]+){0,3}\s+di\s+")
_FIGURE_THEN_NATION_RE = re.compile(
    r"\S+(?:\s+(?:juta|ribu|miliar|triliun|persen|%))?"
    r"(?:\s+(?!dari\b|terhadap\b|atas\b)[a-z]+){0,3}(?:\s+|\s+se-)")
#: Only a holder word between a place and its figure: "Kabupaten A sebesar 51 persen".
_HOLDER_GAP_RE = re.compile(r"\s*(?:sebesar|sebanyak|sejumlah|mencapai|yakni|yaitu|:)?\s*")
_CLAUSE_BREAK_RE = re.compile(r"[;“”\"]|,(?!\d)|\b(?:sedangkan|sementara|lalu|kemudian)\b")


def choose(mentions: list[Mention], position: int, sentence: str = "", *,
           anywhere: bool = False) -> Mention | None:
    """The mention a figure at `position` describes: the strongest kind, nearest before it, else
    the first after it in the same clause (`anywhere`: after it in the sentence, for a figure the
    article has not placed yet, "Sebanyak 12.546 pekerja rentan, ..., di Kabupaten OKI")."""
    # A place in the figure's own clause beats a stronger one across a break: "tertinggi di
    # Kota Tarakan 71 persen, sedangkan terendah Kabupaten Nunukan 44 persen".
    # "4,6 juta peserta di Jawa Tengah dan 1,3 juta peserta di DIY": a locative right after the
    # figure's own words is its place.
    # "yaitu Kabupaten A sebesar 51 persen, Kabupaten B sebesar 50 persen dan C 49 persen
    # dan terendah di D 17 persen": a place that leads the figure, joined only by a holder
    # word, is the figure's, whatever a stronger place earlier in the sentence ("Di Provinsi
    # X terdapat ...") or a locative after it says.
    holder = next((m for m in reversed(mentions) if m.end <= position), None)
    if holder is not None and not holder.speaker and not holder.placeholder and \
            holder.rank >= 0 and _HOLDER_GAP_RE.fullmatch(sentence, holder.end, position):
        return holder
    after = next((m for m in mentions if m.locative and not m.speaker and not m.placeholder
                  and m.start > position
                  and _FIGURE_THEN_LOCATIVE_RE.fullmatch(sentence, position, m.start)), None)
    if after is not None:
        return after
    # "dari total 41,5 juta peserta secara nasional": the country's own figure (but "19 persen
    # dari peserta nasional" is a place's share of it)
    nation = next((m for m in mentions if m.record.area_type == "national" and not m.speaker
                   and m.start > position
                   and _FIGURE_THEN_NATION_RE.fullmatch(sentence, position, m.start)), None)
    if nation is not None:
        return nation
    chosen = _strongest(mentions, position, sentence, anywhere)
    if chosen is None:
        return None
    # Only a break after the chosen place matters: scan from just before it (linear pages).
    # "Kabupaten X, Provinsi Y mencapai ...": the comma of an address is no clause break.
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(
        sentence, max(0, chosen.end - 16, _address_end(mentions, chosen, sentence)), position)]
    # "wilayah A kini 300 ribu dari 2 juta, sedangkan B, ada 3 juta tenaga kerja": the place
    # of the figure's own clause may stand a comma before it, still after the chosen one
    # (but not the province of the chosen place: "Bupati X, Provinsi Y (Y) mengatakan ...").
    for brk in reversed(breaks):
        if brk < chosen.end:
            break
        own = [m for m in mentions if m.start >= brk and m.end <= position
               and m.rank >= 0 and not m.placeholder
               and (brk == breaks[-1] or m.record.name != chosen.record.parent)]
        if own:
            return max(own, key=lambda m: (m.rank, m.start))
    return _address_head(mentions, chosen, sentence)


#: Administrative levels, smallest first, for addresses written "Desa X, Kecamatan Y, Kabupaten Z".
_LEVEL = {"village": 0, "district": 1, "regency": 2, "city": 2, "province": 3}
_ADDRESS_JOIN_RE = re.compile(r"\s*,\s*")


def _address_end(mentions: list[Mention], chosen: Mention, sentence: str) -> int:
    """Where the address `chosen` starts ends: "Kabupaten X, Provinsi Y" ends after Y."""
    i = next((k for k, m in enumerate(mentions) if m is chosen), len(mentions))
    end = chosen.end
    while i + 1 < len(mentions):
        cur, nxt = mentions[i], mentions[i + 1]
        if _LEVEL.get(nxt.record.area_type, -1) <= _LEVEL.get(cur.record.area_type, 9) or \
                not _ADDRESS_JOIN_RE.fullmatch(sentence, cur.end, nxt.start):
            break
        i, end = i + 1, nxt.end
    return end


def _address_head(mentions: list[Mention], chosen: Mention, sentence: str) -> Mention:
    """The most specific place of the address `chosen` ends: in "Pemerintah Desa Sumbersari,
    Kecamatan Sumbersari, Kabupaten Jember, mendaftarkan ..." the village registers, the
    district and regency only locate it (a probe article, 2026-12-03)."""
    i = next((k for k, m in enumerate(mentions) if m is chosen), None)
    if i is None:
        return chosen
    while i > 0:
        before, cur = mentions[i - 1], mentions[i]
        if _LEVEL.get(before.record.area_type, 9) >= _LEVEL.get(cur.record.area_type, -1) or \
                not _ADDRESS_JOIN_RE.fullmatch(sentence, before.end, cur.start):
            break
        i -= 1
    return mentions[i]


def _strongest(mentions: list[Mention], position: int, sentence: str,
               anywhere: bool) -> Mention | None:
    """The strongest kind of mention nearest before the figure, else the first after it."""
    # A speaker's office ("Kepala BPJS Ketenagakerjaan Cabang Selong menyampaikan", dev 016)
    # places a figure only when nothing else in the article does.
    # "Kota A memiliki cakupan tertinggi 61 persen dan Kabupaten B terendah 19 persen": a place
    # after the figure that leads a figure of its own is that figure's, whatever its kind, when
    # a place stands before this one.
    placed = any(m.end <= position and m.rank >= 0 and not m.placeholder
                 and m.record.area_type not in _OFFICES for m in mentions)
    for rank in (2, 1, 0, -1) if anywhere else (2, 1, 0):
        pool = [m for m in mentions if m.rank == rank and not m.placeholder]
        before = [m for m in pool if m.end <= position]
        if before:
            return before[-1]
        after = [m for m in pool if m.start >= position
                 and (anywhere or not _BREAK_RE.search(sentence[position : m.start]))
                 and not (placed and _OWN_FIGURE_AFTER_RE.match(sentence, m.end))]
        if after:
            return after[0]
    return None


_OFFICES = frozenset({"branch", "regional_office", "national"})
#: The words after a place run on to a figure of their own ("Kabupaten B terendah 19 persen").
_OWN_FIGURE_AFTER_RE = re.compile(r"[^\d.;:,]{0,48}?\d")


def establishing(mentions: list[Mention]) -> Mention | None:
    """The mention a sentence leaves established for the sentences after it."""
    best: Mention | None = None
    for m in mentions:
        if m.placeholder or m.rank < 0:
            continue
        if best is None or m.rank >= best.rank:
            best = m  # the strongest kind, the last of it
    return best


def article_branches(sentences: Iterable[str]) -> set[str]:
    """Names of the branches an article names with a type word ("Cabang Kediri")."""
    names: set[str] = set()
    for s in sentences:
        if "abang" not in s and "KCP" not in s and "KC " not in s:
            continue
        for m in find_mentions(s):
            if m.record.area_type == "branch":
                names.add(m.record.name)
    return names
