"""Area mentions in sentences, and the area a figure describes (LABELLING.md "Area").

A figure takes the area its sentence names (a mention with a type word, "Kota Magelang", beats a
bare name), else the area the article last established. A bare name that the article also calls
a branch ("Cabang Kediri") is that branch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.area_aliases import (  # noqa: F401  (declared_aliases: callers import it here)
    _BRACKET_AFTER_RE,
    _OFFICE_TYPES,
    _alias_at,
    declared_aliases,
)
from transforms.area_mention import Mention, _is_name, _joined, _tokens
from transforms.area_situate import (
    _COMPARED_IN_RE,
    _COORDINATED_RE,
    _HOLDER_AFTER_RE,
    _is_address_of,
    _situate,
)
from transforms.area_words import (  # noqa: F401  (STOP_* are used by callers too)
    _BOTH_RE,
    _CAPITAL_ONLY_PREFIXES,
    _LOCAL_PREFIXES,
    _NATIONAL_WORDS,
    _NOT_A_PLACE_BEFORE,
    _NOT_NAMES,
    _ORG_WORDS,
    _PLACE_SECOND_WORDS,
    _PLACEHOLDERS,
    _PREFIX_WORDS,
    _PREFIXES_BY_FIRST,
    _TOKEN_RE,
    _TRIGGERS,
    SPOKEN_AT_RE,
    STOP_AFTER,
    STOP_BEFORE,
    VENUE_BEFORE_RE,
    ends_on_holder,
)
from transforms.gazetteer import (
    MAX_NAME_WORDS,
    NAME_PREFIXES,
    AreaRecord,
    branch,
    candidates,
    key_of,
    resolve_typed,
)


def _local_mention(sentence: str, toks: list[tuple[str, int, int]],
                   i: int) -> tuple[Mention, int] | None:
    """"Kecamatan Kroya", "Desa Karangkandri": a district or village and the token after it."""
    area_type = _LOCAL_PREFIXES.get(toks[i][0].lower())
    if area_type is None or i + 1 >= len(toks) or not _gap_ok(sentence, toks, i):
        return None
    if i > 0 and toks[i - 1][0].lower() in _NOT_A_PLACE_BEFORE:
        return None  # "Daftarkan 1.845 Perangkat Desa Jadi Peserta" (corpus 002 headline)
    if not _is_name(toks[i + 1][0]) or (candidates(toks[i + 1][0]) and \
            candidates(toks[i + 1][0])[0].area_type == "province"):
        return None
    two = i + 2 < len(toks) and toks[i + 2][0] in _PLACE_SECOND_WORDS and \
        _joined(sentence, toks, i + 1, i + 3)
    n = 2 if two else 1
    name = " ".join(t[0] for t in toks[i + 1 : i + 1 + n])
    end = toks[i + n][2]
    rec = AreaRecord(name, area_type, None, None)
    return Mention(rec, toks[i][1], end, sentence[toks[i][1] : end], True), i + 1 + n


#: Words before a name that open an institution's name (a run of capitalised words).
_INSTITUTIONS = frozenset({"bank", "hotel", "universitas", "politeknik", "institut", "harian",
                           "koran", "radio", "rsud", "rs", "stasiun", "bandara"})


#: Two words that open an institution named after its region ("Kejaksaan Tinggi Maluku",
#: "Bank Pembangunan Daerah Jambi"): the region names the institution, not a figure's area.
_INSTITUTION_PAIRS = frozenset({("kejaksaan", "tinggi"), ("kejaksaan", "negeri"),
                                ("pengadilan", "tinggi"), ("pengadilan", "negeri"),
                                ("pembangunan", "daerah")})


def _gap_ok(sentence: str, toks: list[tuple[str, int, int]], i: int) -> bool:
    """True when token i and i+1 are separated by spaces, optionally after a dot ("Kab. Demak")."""
    gap = sentence[toks[i][2] : toks[i + 1][1]]
    gap = gap[1:] if gap.startswith(".") else gap
    return bool(gap) and not gap.strip(" \u00a0")


def _bracketed_abbreviation(sentence: str, toks: list[tuple[str, int, int]], k: int) -> bool:
    """True when token k is an office abbreviation in brackets right after its type words."""
    if k < 1 or k + 1 >= len(toks) or toks[k][0] not in ("KCP", "KC", "KCU"):
        return False
    return (sentence[toks[k - 1][2] : toks[k][1]].strip() == "("
            and sentence[toks[k][2] : toks[k + 1][1]].strip() == ")")


def _longest_name(sentence: str, toks: list[tuple[str, int, int]], i: int,
                  want: str | None) -> tuple[int, list[AreaRecord]] | None:
    """The longest known spelling starting at token i (of type `want` if given)."""
    first = toks[i][0]
    if not first[:1].isupper() or (first.isupper() and len(first) > 4):
        return None  # an upper-case dateline ("SEMARANG,") is not an area of the figures
    key = first.lower()
    found: list[tuple[int, list[AreaRecord]]] = []
    n = 1
    while key in NAME_PREFIXES:
        recs = list(candidates(key))
        if want is not None:
            recs = [r for r in recs if r.area_type == want]
        if recs:
            found.append((n, recs))
        if n >= MAX_NAME_WORDS or i + n >= len(toks) or not _joined(sentence, toks, i + n - 1,
                                                                      i + n + 1):
            break
        key = key + " " + toks[i + n][0].lower()
        n += 1
    return found[-1] if found else None


def _after_org(toks: list[tuple[str, int, int]], i: int) -> bool:
    """True when organisation words ("BPJS Ketenagakerjaan", "BPJamsostek") end just before i."""
    for words in _ORG_WORDS:
        n = len(words)
        if i >= n and tuple(t[0].lower() for t in toks[i - n : i]) == words:
            return True
    return False


def _skip_org(toks: list[tuple[str, int, int]], j: int) -> int:
    """The index after organisation words ("BPJS Ketenagakerjaan") at j, or j."""
    for words in _ORG_WORDS:
        n = len(words)
        if tuple(t[0].lower() for t in toks[j : j + n]) == words:
            return j + n
    return j


def find_mentions(sentence: str, branches: Iterable[str] = (), *,
                  headline: bool = False,
                  aliases: dict[str, AreaRecord] | None = None) -> list[Mention]:
    """Every area or office a sentence names, in order; `branches` are the article's branches,
    `aliases` the names it declared for its offices (`declared_aliases`).

    A headline has no dateline: "Kades Cibodas: ..." (dev 010) names the village.
    """
    branch_keys = {key_of(b) for b in branches}
    alias_firsts = {k.split()[0] for k in aliases} if aliases else set()
    toks = _tokens(sentence)
    mentions: list[Mention] = []
    compared_end: int | None = None
    bracket_end = -1
    i = 0
    while i < len(toks):
        word = toks[i][0]
        found = _alias_at(sentence, toks, i, aliases) \
            if aliases and word.lower() in alias_firsts else None
        if found is None:
            if not word[0].isupper():
                if word not in _TRIGGERS and word.lower() not in _TRIGGERS:
                    i += 1  # a lower-case word that is no type word: no mention starts here
                    continue
            elif (lower := word.lower()) not in NAME_PREFIXES and lower not in _TRIGGERS and \
                    lower not in branch_keys:
                i += 1  # neither a type word nor the start of a known name: none starts here
                continue
            found = _mention_at(sentence, toks, i, branch_keys)
        if found is None:
            i += 1
            continue
        mention, next_i = found
        if mention is not None and compared_end is not None and \
                _COORDINATED_RE.fullmatch(sentence[compared_end : mention.start]):
            # "paling banyak di Banten dan Jawa Timur": the whole set compared, not one place
            compared_end, mention = mention.end, None
        elif mention is not None and (cue := _COMPARED_IN_RE.search(
                sentence, max(0, mention.start - 60), mention.start)) \
                and not ((_HOLDER_AFTER_RE.match(sentence, mention.end)
                          or ends_on_holder(sentence, mention.start, mention.end))
                         and not _named_in_clause(sentence, mentions, cue.start())):
            # "tertinggi di Kota Tarakan dengan 71 persen" names the holder; after a place the
            # clause already named ("Kabupaten Sleman mencatat cakupan tertinggi di DIY, yakni
            # 54,8 persen", a probe article, 2026-12-03) it is the set compared; "..., dan
            # terendah di Kabupaten X 17 persen" after a list still names the holder
            compared_end, mention = mention.end, None
        elif mention is not None:
            compared_end = None
            mention = _situate(sentence, mention, headline)
        if mention is not None and mention.start < bracket_end and (
                mentions[-1].record.area_type in _OFFICE_TYPES
                or mention.record == mentions[-1].record):
            # "Kanwil Sumbagteng (Sumbar, Riau dan Jambi)": the office's territory;
            # "Kutai Kartanegara (Kukar)": the name again
            mention = None
        if mention is not None and not _is_address_of(sentence, mentions, mention):
            mentions.append(mention)
            bracket = _BRACKET_AFTER_RE.match(sentence, mention.end)
            bracket_end = bracket.end() if bracket else -1
        i = next_i
    return mentions


#: Where a clause of a list starts: "..., dan terendah di Kabupaten X 17 persen".
_CLAUSE_START_RE = re.compile(r"[,;]\s*(?:(?:dan|serta|sedangkan|sementara)\s+)?|"
                              r"\b(?:dan|serta|sedangkan|sementara)\s+", re.IGNORECASE)


def _named_in_clause(sentence: str, mentions: list[Mention], cue: int) -> bool:
    """True when a place other than a speaker's stands in the clause before a comparison."""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(sentence, 0, cue)), default=0)
    return any(not m.speaker and m.start >= start for m in mentions)


#: Type words that may stand between "Cabang" and the town a branch is named by.
_BRANCH_TOWN_WORDS = frozenset({"Kota", "Kabupaten", "Kab"})


def _mention_at(sentence: str, toks: list[tuple[str, int, int]], i: int,
                branch_keys: set[str]) -> tuple[Mention | None, int] | None:
    """The mention starting at token i and the token after it, or None."""
    first = toks[i][0].lower()
    if first in ("kota", "kabupaten"):
        found = _both_mention(sentence, toks, i, branch_keys)
        if found is not None:
            return found
    local = _local_mention(sentence, toks, i)
    if local is not None:
        return local
    if first in _PREFIXES_BY_FIRST:
        found = _prefixed_mention(sentence, toks, i)
        if found is not None:
            return found
    return _bare_mention(sentence, toks, i, branch_keys)


def _both_mention(sentence: str, toks: list[tuple[str, int, int]], i: int,
                  branch_keys: set[str]) -> tuple[Mention, int] | None:
    """"kota dan kabupaten X": the name after the pair of type words."""
    lower = [t[0].lower() for t in toks[i : i + 3]]
    if len(lower) == 3 and _BOTH_RE.match(" ".join(lower)):
        hit = _longest_name(sentence, toks, i + 3, None) if i + 3 < len(toks) else None
        if hit:
            n, recs = hit
            name = recs[0].name
            rec = branch(name) if key_of(name) in branch_keys else next(
                (r for r in recs if r.area_type == "regency"), recs[0])
            end = toks[i + 3 + n - 1][2]
            return Mention(rec, toks[i][1], end, sentence[toks[i][1] : end], True), i + 3 + n
    return None


def _prefixed_mention(sentence: str, toks: list[tuple[str, int, int]],
                      i: int) -> tuple[Mention, int] | None:
    """A name after its type word ("Kabupaten Demak", "Kantor Cabang Kediri")."""
    for words, area_type in _PREFIXES_BY_FIRST.get(toks[i][0].lower(), ()):
        n = len(words)
        if tuple(w.lower() for w in (t[0] for t in toks[i : i + n])) != words:
            continue
        if words in _CAPITAL_ONLY_PREFIXES and not toks[i][0][:1].isupper():
            continue
        if area_type == "branch" and _bracketed_abbreviation(sentence, toks, i + n):
            n += 1  # "Kantor Cabang Perintis (KCP) Wonosari" (a probe article, 2026-12-03)
        elif i + n >= len(toks) or not _gap_ok(sentence, toks, i + n - 1):
            continue
        j = _skip_org(toks, i + n)
        if area_type == "branch" and j + 1 < len(toks) and toks[j][0] in _BRANCH_TOWN_WORDS \
                and _gap_ok(sentence, toks, j):
            j += 1  # "Cabang Kota Kendari": the branch of the city, named by it
        if j >= len(toks):
            continue
        want = None if area_type == "branch" else area_type
        hit = _longest_name(sentence, toks, j, want)
        if hit is None and area_type == "branch" and _is_name(toks[j][0]):
            # "Cabang Purwokerto" (corpus 006): a branch named after a town that is no regency.
            hit = (1, [])
        if hit is None:
            continue
        m, recs = hit
        if area_type == "branch":
            if j + m < len(toks) and toks[j + m][0] == "Kota" and _joined(sentence, toks,
                                                                          j + m - 1, j + m + 1):
                m += 1  # "Cabang Pekanbaru Kota", "Cabang Bogor Kota": the office, not the city
            rec = resolve_typed(" ".join(t[0] for t in toks[j : j + m]), "branch")
            if rec is None:
                continue
        else:
            rec = recs[0]
        end = toks[j + m - 1][2]
        return Mention(rec, toks[i][1], end, sentence[toks[i][1] : end], True), j + m
    return None


_SUPERLATIVES = frozenset({"terbanyak", "tertinggi", "terbesar", "terendah", "terkecil",
                           "tersedikit", "terbaik", "terluas"})


def _after_superlative(toks: list[tuple[str, int, int]], i: int) -> bool:
    """True when a superlative or a rank ("terbanyak", "paling tinggi", "tertinggi secara",
    "peringkat ke-30 secara") stands just before token i."""
    words = [t[0].lower() for t in toks[max(0, i - 3) : i]]
    if words and words[-1] == "secara":
        words.pop()
    # "menduduki peringkat ke-30 secara nasional": a rank among the provinces
    return bool(words) and (words[-1] in _SUPERLATIVES or "peringkat" in words
                            or (len(words) >= 2 and words[-2] == "paling"))


def _bare_mention(sentence: str, toks: list[tuple[str, int, int]], i: int,
                  branch_keys: set[str]) -> tuple[Mention | None, int] | None:
    """A bare name, a placeholder ("pemkab") or a national word at token i."""
    word = toks[i][0]
    if word.lower() in _PLACEHOLDERS and (i + 1 >= len(toks) or not _is_name(toks[i + 1][0])
                                          or not _gap_ok(sentence, toks, i)):
        rec = AreaRecord("", _PLACEHOLDERS[word.lower()], None, None)
        return Mention(rec, toks[i][1], toks[i][2], word, True), i + 1
    if word.lower() in _NATIONAL_WORDS and word.islower():
        if i > 0 and toks[i - 1][0].lower() == "target":
            return None, i + 1  # "target nasional" quoted for a region is the region's target
        if _after_superlative(toks, i):
            # "provinsi dengan peserta terbanyak nasional, yakni ...": the set compared
            return None, i + 1
        rec = candidates("nasional")[0]
        return Mention(rec, toks[i][1], toks[i][2], word, False), i + 1
    if i > 1 and toks[i - 2][0].lower() == "ibu" and toks[i - 1][0].lower() == "kota":
        # "ibu kota Sulawesi Tengah" (dev 020) is the capital city, not the province.
        hit = _longest_name(sentence, toks, i, None)
        return (None, i + (hit[0] if hit else 1)) if hit else None
    if i > 0 and (toks[i - 1][0].lower() in STOP_BEFORE or (
            i > 1 and (toks[i - 2][0].lower(), toks[i - 1][0].lower()) in _INSTITUTION_PAIRS)):
        hit = _longest_name(sentence, toks, i, None)
        if hit is None:
            return None
        j = i + hit[0]
        # "Bank Riau Kepri", "Universitas Negeri Gorontalo Limboto": an institution's name runs
        # on over every capitalised word after it.
        while toks[i - 1][0].lower() in _INSTITUTIONS and j < len(toks) and \
                _is_name(toks[j][0]) and _joined(sentence, toks, j - 1, j + 1):
            j += 1
        return None, j
    hit = _longest_name(sentence, toks, i, None)
    if hit is None:
        if key_of(word) in branch_keys and _is_name(word):
            # "lalu Tanjung 64.208 peserta" after "Cabang Tanjung" (dev 004): a branch whose name
            # is no regency or city.
            return Mention(branch(word), toks[i][1], toks[i][2], word, False), i + 1
        return None
    n, recs = hit
    after = toks[i + n][0].lower() if i + n < len(toks) else ""
    if after in STOP_AFTER and _joined(sentence, toks, i, i + n + 1):
        return None, i + n + 1
    name_key = key_of(" ".join(t[0] for t in toks[i : i + n]))
    # "BPJamsostek Kediri" names the office when the article has a "Cabang Kediri" (seed 003);
    # a bare "Pati" stays the regency even then (corpus 031).
    of_office = _after_org(toks, i)
    is_branch = of_office and (name_key in branch_keys or key_of(recs[0].name) in branch_keys)
    rec = branch(recs[0].name) if is_branch else recs[0]
    end = toks[i + n - 1][2]
    return Mention(rec, toks[i][1], end, sentence[toks[i][1] : end], False), i + n
