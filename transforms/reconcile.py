"""In-article checks: parts against their total, a rate against participants over workforce.

Mismatches become flags on the facts and notes on the extraction, never silent corrections.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from transforms.model import Fact

#: Relative tolerance for sums; a rate may differ by this many percentage points (seed 003
#: prints 40,89 for 135.163 / 330.493 = 40.90).
SUM_TOLERANCE = 0.005
RATE_TOLERANCE_POINTS = 1.5
_PART_SEGMENTS = ("wage_earner", "non_wage_earner", "construction", "migrant")
#: Totals and the segments that split them without overlap.
_PART_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("participants", _PART_SEGMENTS),
    ("workforce", ("formal", "informal")),
)


def _key(f: Fact) -> tuple[str, str, bool, str | None]:
    """Facts that can be compared: same area, same target status and same period."""
    return (f.area, f.area_type, f.is_target, f.as_of)


def reconcile(facts: list[Fact]) -> tuple[list[Fact], list[str]]:
    """Facts with mismatch flags added, and one note per mismatch."""
    flags: dict[int, set[str]] = defaultdict(set)
    notes: list[str] = []
    groups: dict[tuple[str, str, bool, str | None], list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        groups[_key(f)].append(i)
    for idx in groups.values():
        _check_parts(facts, idx, flags, notes)
        _check_rate(facts, idx, flags, notes)
    out = [
        dataclasses.replace(f, flags=tuple(sorted(set(f.flags) | flags[i]))) if flags[i] else f
        for i, f in enumerate(facts)
    ]
    return out, notes


def _check_parts(facts: list[Fact], idx: list[int], flags: dict[int, set[str]],
                 notes: list[str]) -> None:
    """Segment counts of participants must not exceed the stated total."""
    for metric, segments in _PART_RULES:
        totals = [i for i in idx if facts[i].metric == metric and facts[i].segment == "all"
                  and facts[i].unit == "count"]
        parts = [i for i in idx if facts[i].metric == metric and facts[i].segment in segments
                 and facts[i].unit == "count"]
        if len(totals) != 1 or not parts:
            continue
        total = facts[totals[0]].value
        summed = sum(facts[i].value for i in parts)
        if summed > total * (1 + SUM_TOLERANCE):
            for i in parts + totals:
                flags[i].add("parts_exceed_total")
            notes.append(f"{facts[totals[0]].area}: {metric} parts sum to {summed:.0f}, "
                         f"more than the total {total:.0f}")


def _check_rate(facts: list[Fact], idx: list[int], flags: dict[int, set[str]],
                notes: list[str]) -> None:
    """An all-segment coverage rate should be participants over workforce (or over employed)."""
    def one(metric: str, unit: str) -> int | None:
        found = [i for i in idx if facts[i].metric == metric and facts[i].segment == "all"
                 and facts[i].unit == unit]
        return found[0] if len(found) == 1 else None

    rate, part = one("coverage_rate", "percent"), one("participants", "count")
    if rate is None or part is None:
        return
    stated = facts[rate].value
    implied = []
    for denominator in ("workforce", "employed"):
        d = one(denominator, "count")
        if d is not None and facts[d].value > 0:
            implied.append(100 * facts[part].value / facts[d].value)
    if not implied or facts[rate].approximate:
        return
    if all(abs(stated - v) > RATE_TOLERANCE_POINTS for v in implied):
        flags[rate].add("rate_mismatch")
        notes.append(f"{facts[rate].area}: stated rate {stated:g} percent, participants over "
                     f"workforce gives {', '.join(f'{v:.1f}' for v in implied)}")


def restates(head: Fact, value: float, unit: str) -> bool:
    """True when a headline figure is a body figure stated again: one figure, one fact.

    LABELLING.md "One figure, one fact": the same value in the headline and the body is one
    fact, whatever metric each sentence suggests ("Target 7,2 Juta Pekerja" over the body's
    "potensi 7,2 juta pekerja" is the workforce, no target); a headline that rounds the body
    ("Capai 2,4 Juta" over 2.436.120) states another value and stays its own fact. (realdev's
    labels leave rounded headlines out too: a conflict with LABELLING.md and the team's sets,
    which label them; the written rule is followed.) The body figure may have been dropped as
    no fact: its restatement is none either.
    """
    return unit == head.unit and head.value > 0 and value == head.value


#: Offices named after the area they serve: "BPJS Ketenagakerjaan Cabang Jambi" and the
#: province of Jambi are one place for a figure stated under both names.
_OFFICE_TYPES = frozenset({"branch", "regional_office"})


def same_figure(first: Fact, later: Fact) -> bool:
    """True when a later fact of the article is the same figure as a first one (same area
    name, unit and value: the caller's key), stated again (LABELLING.md "One figure, one fact").

    - the same target flag, and the same area type or an office named after the area
      ("BPJS Ketenagakerjaan Jambi mencatat 1,8 juta pekerja", then "di Provinsi Jambi ...
      1,8 juta pekerja"); a city and a regency of one name stay apart;
    - a potential of workers restated as a "target" ("potensi 2,6 juta pekerja", then "baru
      45 persen dari target 2,6 juta pekerja"): the workforce is the fact, no participants
      target of the same count.
    """
    if first.area_type != later.area_type and not (
            {first.area_type, later.area_type} & _OFFICE_TYPES):
        return False
    if first.is_target == later.is_target:
        return True
    workforce, target = (first, later) if later.is_target else (later, first)
    return (first.unit == "count" and workforce.metric == "workforce"
            and target.metric == "participants")


#: A growth verb and its object before a percent: "meningkatkan kepesertaan hingga 8 persen".
_GROWTH_BY_RE = re.compile(r"\b(?:meningkatkan|menaikkan|menambah|mendongkrak)\b[^.;,]{0,50}?"
                           r"\b(?:hingga|sampai|sebesar|sekitar)\s*$", re.IGNORECASE)


def growth_restated(fact: Fact, growths: list[float]) -> bool:
    """True when a percent after a growth verb ("menargetkan bisa meningkatkan kepesertaan
    hingga 8 persen") has the value the article states as a growth elsewhere ("kita upayakan
    cakupan naik 8 persen menjadi 41 persen"): the lead restates the growth, no rate.
    "Meningkatkan cakupan hingga 41 persen" alone stays a rate: nothing says 41 is a growth."""
    if fact.unit != "percent" or not any(abs(g - fact.value) < 1e-9 for g in growths):
        return False
    at = fact.evidence.find(fact.value_text)
    return at > 0 and bool(_GROWTH_BY_RE.search(fact.evidence[max(0, at - 120) : at]))


#: Areas that hold several provinces, and the places inside one.
_WIDE_TYPES = frozenset({"national", "regional_office"})
_NARROW_TYPES = frozenset({"province", "regency", "city"})


def _significant_digits(value: float) -> int:
    digits = str(round(abs(value))).rstrip("0")
    return len(digits)


def wider_twin(wide: Fact, narrow: Fact) -> bool:
    """True when one exact count is given to an area of several provinces and to a place
    inside such an area: "Berdasarkan wilayah, Provinsi X menjadi yang terbanyak nasional,
    yakni 6,12 juta peserta" read for the nation, then "- Provinsi X: 6,12 juta orang". A
    whole cannot equal one of its parts (at three significant digits or more), so the figure
    is the narrower place's, stated twice; round figures ("1 juta", "50 persen") may repeat."""
    return (wide.unit == narrow.unit == "count" and wide.value == narrow.value
            and wide.is_target == narrow.is_target and wide.area_type in _WIDE_TYPES
            and narrow.area_type in _NARROW_TYPES and _significant_digits(wide.value) >= 3)
