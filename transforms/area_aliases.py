"""Names an article gives an office of its own: "Cabang Sinjai (Pesisir Timur)", then "di
Pesisir Timur" is the branch (issue 13)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.area_mention import Mention, _joined
from transforms.area_words import _NOT_NAMES, _ORG_WORDS, _PREFIXES_BY_FIRST
from transforms.gazetteer import AreaRecord, key_of, resolve

#: A name in brackets right after an office's: "Kantor Cabang Sinjai (Pesisir Timur)". The
#: article calls the office by that name from then on.
_DECLARED_ALIAS_RE = re.compile(
    r"\s*\(\s*([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})\s*\)")
_OFFICE_TYPES = ("branch", "regional_office")
#: ... or the name between the organisation and the office's in brackets: "BPJamsostek Pesisir
#: Timur (Kantor Cabang Sinjai)".
_NAME_BEFORE_BRACKET_RE = re.compile(
    r"\b(?:BPJS\s+Ketenagakerjaan|BPJamsostek|BP\s+Jamsostek|BPJS\s*TK)\s+"
    r"([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})\s*\(\s*$")
#: The brackets after an office's name: its abbreviation, alias or territory.
_BRACKET_AFTER_RE = re.compile(r"\s*\([^()]{1,80}\)")
_ORG_BEFORE_RE = re.compile(
    r"\b(?:BPJS\s+Ketenagakerjaan|BPJamsostek|BP\s+Jamsostek|BPJS\s*TK)\s+$", re.IGNORECASE)


#: Bracketed words that are no name of an office: a dateline's outlet or day, a company form,
#: a title.
_NOT_ALIAS_WORDS = frozenset({
    "antara", "persero", "tbk", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", *(w.lower() for w in _NOT_NAMES)})


def declared_aliases(sentence: str, mentions: Iterable[Mention]) -> dict[str, AreaRecord]:
    """Names an article gives an office in brackets after its own ("Cabang Sinjai (Pesisir
    Timur) mencatat ..."; later "peserta di Pesisir Timur" are the branch's), by lookup key.

    Only a name that means no known area by itself: in "Cabang Buol (Sulteng)" Sulteng stays
    the province, "Wilayah Sumatera Bagian Tengah (Sumbagteng)" is the office's known name.
    """
    found: dict[str, AreaRecord] = {}
    for m in mentions:
        if m.record.area_type in _OFFICE_TYPES and \
                (named := _NAME_BEFORE_BRACKET_RE.search(sentence, max(0, m.start - 80), m.start)):
            alias = named.group(1)  # "BPJamsostek Pesisir Timur (Cabang Sinjai)"
        elif m.record.area_type in _OFFICE_TYPES or \
                _ORG_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start):
            # "BPJamsostek Sinjai (Pesisir Timur)" names the office too
            bracket = _DECLARED_ALIAS_RE.match(sentence, m.end)
            if bracket is None:
                continue
            alias = bracket.group(1)
        else:
            continue
        words = tuple(w.lower() for w in alias.split())
        if resolve(alias) is not None or words[0] in _PREFIXES_BY_FIRST or \
                any(o[0] in words for o in _ORG_WORDS) or _NOT_ALIAS_WORDS & set(words) or \
                not any(not w.isupper() for w in alias.split()):
            continue  # a known name, the organisation, or an abbreviation ("(KCP)")
        found[key_of(alias)] = m.record
    return found


def _alias_at(sentence: str, toks: list[tuple[str, int, int]], i: int,
              aliases: dict[str, AreaRecord]) -> tuple[Mention, int] | None:
    """A name the article declared for an office, starting at token i."""
    if not toks[i][0][:1].isupper():
        return None  # the alias is a name: "di antara" is no "(Antara)"
    for n in range(4, 0, -1):
        if i + n > len(toks) or not _joined(sentence, toks, i, i + n):
            continue
        rec = aliases.get(" ".join(t[0].lower() for t in toks[i : i + n]))
        if rec is not None:
            end = toks[i + n - 1][2]
            return Mention(rec, toks[i][1], end, sentence[toks[i][1] : end], True), i + n
    return None
