"""The five seed articles give exactly their hand-labelled facts, field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.extract import extract
from transforms.text import article_from_text

SEEDS = Path(__file__).resolve().parent / "golden" / "seeds"
FIELDS = ("area", "area_type", "metric", "segment", "value", "unit", "is_target", "target_year",
          "as_of", "approximate")


def _row(fact: dict) -> tuple:
    """A fact reduced to the fields the gold labels fix, value as float."""
    return tuple(float(fact[k]) if k == "value" else fact[k] for k in FIELDS)


def _show(rows: list[tuple]) -> str:
    """Rows as readable lines for a failure message."""
    return "\n".join("  " + ", ".join(f"{k}={v!r}" for k, v in zip(FIELDS, r, strict=True))
                     for r in rows) or "  (none)"


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_gives_its_gold_facts(seed: Path) -> None:
    gold = json.loads(seed.with_suffix(".json").read_text(encoding="utf-8"))
    extraction = extract(article_from_text(seed.read_text(encoding="utf-8")))
    assert extraction.relevant == gold["relevant"], extraction.relevance_reason
    got = sorted(_row(f.to_dict()) for f in extraction.facts)
    want = sorted(_row(f) for f in gold["facts"])
    missing = [r for r in want if r not in got]
    extra = [r for r in got if r not in want]
    assert not missing and not extra, (
        f"{seed.name}\nmissing:\n{_show(missing)}\nunexpected:\n{_show(extra)}"
    )
    assert len(got) == len(want)


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_publication_date(seed: Path) -> None:
    gold = json.loads(seed.with_suffix(".json").read_text(encoding="utf-8"))
    want = gold.get("published") or gold.get("published_inferred")
    extraction = extract(article_from_text(seed.read_text(encoding="utf-8")))
    assert str(extraction.published) == want


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_offsets_point_into_the_text(seed: Path) -> None:
    article = article_from_text(seed.read_text(encoding="utf-8"))
    for fact in extract(article).facts:
        assert article.text[fact.value_start : fact.value_end] == fact.value_text
        assert " ".join(article.text[fact.start : fact.end].split()) == " ".join(
            fact.evidence.split())
        assert fact.value_text in fact.evidence or fact.value_text.replace("\u00a0", " ") in \
            fact.evidence
