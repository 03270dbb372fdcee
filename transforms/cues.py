"""The keyword tables of `rules.py` compiled for fast scanning, and the cue readers they share.

Segment terms, not-a-fact words and metric cues are scanned many times per sentence; here each
table becomes one alternation tried only where a word starts, with the rule's name as the group
name, so a scan says which rule matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms import rules
from transforms.gazetteer import candidates


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


def word_alternation(named: Iterable[tuple[str, str]]) -> re.Pattern[str]:
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


#: The ordered segment terms as one alternation: the leftmost term wins, the first rule on a tie,
#: which is the "term that leads the phrase" of LABELLING.md in one regex pass.
SEGMENT_RE = word_alternation((f"s{i}", p.pattern) for i, (p, _) in
                              enumerate(rules.SEGMENT_RULES))
SEGMENT_OF = {f"s{i}": segment for i, (_, segment) in enumerate(rules.SEGMENT_RULES)}
#: The rules on what stands right before or after a number, one alternation each.
BEFORE_RE = word_alternation((name, p.pattern) for name, p in rules.NOT_FACT_BEFORE)
AFTER_RE = re.compile("|".join(f"(?P<{name}>{p.pattern.removeprefix('^')})"
                               for name, p in rules.NOT_FACT_AFTER), re.IGNORECASE)
#: Which units each clause rule applies to: counts of vulnerable workers whose contributions
#: ("iuran") a regency pays are participants (seed 000), a budget in Rupiah is not a benefit.
CLAUSE_RULE_UNITS: dict[str, frozenset[str]] = {
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
#: The clause rules that apply to each unit, as one alternation per unit (group name = rule).
CLAUSE_RES = {
    unit: word_alternation((name, p.pattern) for name, p in rules.NOT_FACT_CLAUSE
                           if unit in CLAUSE_RULE_UNITS[name])
    for unit in ("count", "percent", "idr")
}
_CONNECTOR_RE = re.compile(r"^[\s,;:\-•]*(?:dan|serta|sedangkan|kemudian|lalu|adapun|untuk)?\s*|"
                           r"\s*(?:sebanyak|sejumlah|sebesar|mencapai|ada|tercatat|yakni|yaitu|"
                           r"sekitar|hampir|:)?\s*$", re.IGNORECASE)
_LEADING_BRACKET_RE = re.compile(r"^\s*\([^()]{1,15}\)")


def nearest_cue(window: str) -> str | None:
    """The metric of the cue nearest the end of the window, if any."""
    best: tuple[int, str] | None = None
    for pattern, metric in rules.LEFT_CUES:
        for m in pattern.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), metric)
    return best[1] if best else None


def first_segment(phrase: str) -> str | None:
    """The segment of the earliest segment term in a phrase (the first rule on a tie)."""
    for m in SEGMENT_RE.finditer(phrase):
        if m.group(0)[:1].isupper() and phrase[max(0, m.start() - 5) : m.start()] == "Kota ":
            continue  # "di Kota Santri" (Gresik), "Kota Nelayan": a town's nickname
        return SEGMENT_OF[m.lastgroup] if m.lastgroup else None
    return None


def continues(left: str) -> bool:
    """True when the words since the last figure only continue its list.

    "peserta penerima upah sebanyak 26,71 juta, bukan penerima upah 9,28 juta" (corpus 007):
    a conjunction and a segment name, nothing that names another metric.
    """
    # "3.100 kader surabaya hebat (KSH) dan 1.850 linmas": the bracketed short name belongs to
    # the figure before (a probe article, 2026-12-03)
    core = _CONNECTOR_RE.sub("", _LEADING_BRACKET_RE.sub("", left)).strip(" ,;:()")
    if not core:
        return True
    if len(core.split()) > 7 or nearest_cue(core) is not None:
        return False
    if core[:1].isupper() and len(core.split()) <= 4 and candidates(core):
        # "di Sulawesi Utara sebanyak 512.300 orang, Sulawesi Tengah 421.800 orang, dan
        # Gorontalo 166.500 orang": the list goes on place by place (a probe article, 2026-12-03)
        return True
    return bool(SEGMENT_RE.search(core))


#: A sentence that opens on a target and names no measure: "Targetnya tahun ini tembus 200
#: ribu." after "Peserta BPU kami saat ini ada 142 rb orang." (a probe article, 2026-12-03).
TARGET_LEAD_RE = re.compile(r"^\W*(?:target(?:nya)?|ditargetkan)\b(?![^.;]*\b(?:persen|%|peserta|"
                            r"pekerja|tenaga\s+kerja|orang|perusahaan|badan\s+usaha|desa)\b)",
                            re.IGNORECASE)
