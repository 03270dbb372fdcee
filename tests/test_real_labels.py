"""The real-news sets kept in this repository are well formed: every label can be scored and
checked against its text.

The same checks as `../shared/realdev/check.py`, on tests/golden/realdev2 (the r2a and the r2b
articles) and tests/golden/realdev3: ids match, vocabularies, keys, and every evidence string is
in its article; no address is in two sets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks.evaluate import GOLD_KEYS
from transforms import model

GOLDEN = Path(__file__).parent / "golden"
#: The sets and the pattern of their article ids.
SETS: dict[str, re.Pattern[str]] = {"realdev2": re.compile(r"r2[ab]\d{3}"),
                                    "realdev3": re.compile(r"r3\d{3}")}
#: The vocabularies of the fact (LABELLING.md's fields), as the product spells them.
AREA_TYPES = set(model.AREA_TYPES)
METRICS = set(model.METRICS)
SEGMENTS = set(model.SEGMENTS)
UNITS = set(model.UNITS)
TOP_KEYS = {"id", "url", "title", "published", "relevant", "facts", "notes"}
#: The keys of a gold fact: those the evaluation reads, plus the area's accepted spellings.
FACT_KEYS = {*GOLD_KEYS, "area_aliases"}
#: The issue's floor for this helper's share of the set: 30 articles, 5 of them off-topic traps.
MIN_ARTICLES = 30
MIN_TRAPS = 5

IDS = [(name, p.stem) for name in SETS for p in sorted((GOLDEN / name / "gold").glob("*.json"))]


def load(doc_id: str, name: str = "realdev2") -> tuple[dict[str, Any], str]:
    """(gold, article text) of one labelled article of a set."""
    folder = GOLDEN / name
    gold = json.loads((folder / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return gold, (folder / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")


def fact_problems(fact: dict[str, Any], text: str) -> list[str]:
    """Everything wrong with one gold fact (empty when it is well formed)."""
    problems = []
    if set(fact) != FACT_KEYS:
        problems.append(f"keys differ by {sorted(set(fact) ^ FACT_KEYS)}")
    for key, vocabulary in (
        ("area_type", AREA_TYPES),
        ("metric", METRICS),
        ("segment", SEGMENTS),
        ("unit", UNITS),
    ):
        if fact.get(key) not in vocabulary:
            problems.append(f"{key} {fact.get(key)!r}")
    value = fact.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        problems.append(f"value {value!r}")
    metric, unit = fact.get("metric"), fact.get("unit")
    if metric == "coverage_rate" and unit != "percent":
        problems.append("coverage_rate not in percent")
    if (metric == "benefits_paid") != (unit == "idr"):
        problems.append(f"{metric} in {unit}")
    if not isinstance(fact.get("is_target"), bool) or not isinstance(fact.get("approximate"), bool):
        problems.append("is_target/approximate not bool")
    year = fact.get("target_year")
    if year is not None and not (
        isinstance(year, int) and 2000 < year < 2100 and fact["is_target"]
    ):
        problems.append(f"target_year {year!r}")
    as_of = fact.get("as_of")
    if as_of is not None and (fact.get("is_target") or not re.fullmatch(r"\d{4}(-\d{2})?", as_of)):
        problems.append(f"as_of {as_of!r}")
    if fact.get("area") not in (fact.get("area_aliases") or []):
        problems.append("area not among its aliases")
    evidence = fact.get("evidence") or ""
    if not evidence or evidence not in text:
        problems.append(f"evidence not in the article: {evidence[:60]!r}")
    return problems


@pytest.mark.parametrize("name", SETS)
def test_every_article_has_a_gold_file_and_back(name: str) -> None:
    texts = sorted(p.stem for p in (GOLDEN / name / "articles").glob("*.txt"))
    ids = [i for n, i in IDS if n == name]
    assert texts == ids and ids
    assert not [i for i in ids if not SETS[name].fullmatch(i)]


def test_the_set_is_large_enough_and_has_traps() -> None:
    r2a = [i for _, i in IDS if i.startswith("r2a")]
    traps = [i for i in r2a if not load(i)[0]["relevant"]]
    assert len(r2a) >= MIN_ARTICLES and len(traps) >= MIN_TRAPS, (len(r2a), len(traps))


def test_addresses_are_unique_and_not_in_realdev() -> None:
    urls = [load(i, n)[0]["url"] for n, i in IDS]
    assert len(urls) == len(set(urls))
    realdev = GOLDEN.parents[1].parent / "shared" / "realdev" / "gold"
    if realdev.is_dir():
        seen = {json.loads(p.read_text(encoding="utf-8"))["url"] for p in realdev.glob("*.json")}
        assert not seen & set(urls)


@pytest.mark.parametrize(("name", "doc_id"), IDS)
def test_label_is_well_formed(name: str, doc_id: str) -> None:
    gold, text = load(doc_id, name)
    lines = text.split("\n")
    assert TOP_KEYS - {"notes"} <= set(gold) <= TOP_KEYS
    assert gold["id"] == doc_id
    assert gold["url"].startswith(("http://", "https://"))
    assert lines[0] == gold["title"] and len(lines) > 2 and lines[1] == ""
    assert "\\" not in text, "backslash in the article text (a JSON escape leak?)"
    published = gold["published"]
    assert published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
    assert isinstance(gold["relevant"], bool) and isinstance(gold.get("notes", ""), str)
    if gold["relevant"]:
        assert gold["facts"], "relevant article without facts"
    else:
        assert gold["facts"] == [] and gold.get("notes"), "a trap has no facts and says why"
    problems = {i: p for i, f in enumerate(gold["facts"]) if (p := fact_problems(f, text))}
    assert not problems, problems


def test_fact_check_catches_a_bad_fact() -> None:
    bad = {
        "area": "Riau",
        "area_aliases": ["Sumbagut"],
        "area_type": "planet",
        "metric": "coverage_rate",
        "segment": "all",
        "value": True,
        "unit": "count",
        "is_target": False,
        "target_year": 2025,
        "as_of": "May 2025",
        "approximate": False,
        "evidence": "not in the text",
    }
    problems = " ".join(fact_problems(bad, "the article"))
    for word in ("area_type", "value", "percent", "target_year", "as_of", "aliases", "evidence"):
        assert word in problems, word
