"""Golden: each raw/ page, through parse_html and the engine, gives exactly its gold facts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extractors.article import parse_html
from tests.sites.build_raw_sample import SEEDS, SeedPage

REPO = Path(__file__).resolve().parents[2]
RAW = REPO / "raw"
SEEDS_DIR = REPO / "tests" / "golden" / "seeds"

#: The fields a fact is compared on (evidence offsets depend on the page, not the labels).
KEY_FIELDS = (
    "area", "metric", "segment", "unit", "value", "is_target", "target_year", "as_of",
    "approximate",
)


def _key(fact: dict) -> tuple:
    """A comparable tuple of a fact's labelled fields (value as float)."""
    return tuple(float(fact[f]) if f == "value" else fact[f] for f in KEY_FIELDS)


def _page(page: SeedPage) -> tuple[bytes, dict]:
    """The landed bytes and manifest row of a seed's page."""
    rows = [json.loads(line) for line in (RAW / "manifest.jsonl").read_text().splitlines()]
    row = next(r for r in rows if r["source"] == page.source)
    sha = row["sha256"]
    return (RAW / "pages" / sha[:2] / f"{sha}.html").read_bytes(), row


@pytest.mark.parametrize("page", SEEDS, ids=lambda p: p.source)
def test_raw_page_gives_exactly_the_gold_facts(page: SeedPage) -> None:
    from transforms.extract import extract

    body, row = _page(page)
    gold = json.loads((SEEDS_DIR / f"{page.seed}.json").read_text(encoding="utf-8"))
    extraction = extract(parse_html(body, url=row["final_url"], content_type=row["content_type"]))
    assert extraction.relevant is gold["relevant"]
    got = Counter(_key(f.to_dict()) for f in extraction.facts)
    want = Counter(_key(f) for f in gold["facts"])
    missing, extra = want - got, got - want
    assert not missing and not extra, f"missing {sorted(missing)}; extra {sorted(extra)}"
