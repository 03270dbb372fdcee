"""Batches for the warehouse tests: the five gold seeds, and synthetic facts at any size."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd

from transforms.model import Extraction, Fact
from transforms.rows import ARTICLE_COLUMNS, FACT_COLUMNS, Lineage, article_row, fact_rows
from warehouse.bench import synthetic_batch
from warehouse.load import LoadBatch

__all__ = ["custom_batch", "seed_batch", "synthetic_batch"]

SEEDS = Path(__file__).resolve().parent.parent / "golden" / "seeds"

PAGE_COLUMNS = (
    "sha256",
    "url",
    "final_url",
    "source",
    "fetched_at",
    "status",
    "content_type",
    "etag",
    "last_modified",
    "size",
)


def _published(gold: dict[str, Any]) -> dt.date | None:
    """The gold file's publication date, stated or inferred."""
    text = gold.get("published") or gold.get("published_inferred")
    return dt.date.fromisoformat(text) if text else None


def _fact(gold_fact: dict[str, Any], text: str) -> Fact:
    """A Fact from a gold row, evidence offsets found in the article text."""
    start = max(text.find(gold_fact["evidence"]), 0)
    return Fact(
        area=gold_fact["area"],
        area_type=gold_fact["area_type"],
        metric=gold_fact["metric"],
        segment=gold_fact["segment"],
        value=float(gold_fact["value"]),
        unit=gold_fact["unit"],
        is_target=gold_fact["is_target"],
        target_year=gold_fact["target_year"],
        as_of=gold_fact["as_of"],
        approximate=gold_fact["approximate"],
        evidence=gold_fact["evidence"],
        start=start,
        end=start + len(gold_fact["evidence"]),
        value_text=str(gold_fact["value"]),
        area_mention=gold_fact["area"],
    )


def seed_batch(
    run_id: str = "20261121T000000Z-aaaaaa",
    parser_version: str = "0.1.0",
    *,
    sha_salt: str = "",
) -> LoadBatch:
    """The gold seeds as one batch, as transforms.rows would build it."""
    facts: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    for path in sorted(SEEDS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        url = f"https://example.test/{gold['id']}"
        sha = (gold["id"].split("_")[1] + sha_salt).ljust(64, "0")[:64]
        lineage = Lineage(gold["id"][4:], "seeds", url, sha, parser_version, run_id)
        extraction = Extraction(
            relevant=gold["relevant"],
            relevance_reason="gold",
            published=_published(gold),
            published_source="page",
            facts=tuple(_fact(f, text) for f in gold["facts"]),
        )
        facts += fact_rows(extraction, lineage)
        articles.append(
            article_row(lineage, title=gold["title"], extraction=extraction, n_paragraphs=3)
        )
        pages.append(
            {
                "sha256": sha,
                "url": url,
                "final_url": url,
                "source": "seeds",
                "fetched_at": "2026-11-21T01:02:03Z",
                "status": 200,
                "content_type": "text/html",
                "etag": None,
                "last_modified": None,
                "size": len(text),
            }
        )
    return LoadBatch(
        run_id=run_id,
        articles=pd.DataFrame(articles, columns=list(ARTICLE_COLUMNS)),
        facts=pd.DataFrame(facts, columns=list(FACT_COLUMNS)),
        pages=pd.DataFrame(pages, columns=list(PAGE_COLUMNS)),
    )


_FACT_DEFAULTS: dict[str, Any] = {
    "source_id": "radio",
    "parser_version": "0.1.0",
    "published": dt.date(2024, 12, 24),
    "area": "Demak",
    "area_type": "regency",
    "area_code": None,
    "area_mention": "Demak",
    "metric": "participants",
    "segment": "all",
    "value": 1000.0,
    "unit": "count",
    "is_target": False,
    "target_year": None,
    "as_of": "2024-12",
    "approximate": False,
    "evidence": "Ada 1.000 peserta.",
    "evidence_start": 0,
    "evidence_end": 18,
    "value_text": "1.000",
    "flags": [],
    "rules": [],
}


def custom_batch(specs: list[dict[str, Any]], run_id: str = "20261121T020000Z-cccccc") -> LoadBatch:
    """A batch from short fact specs (`article` names the article; the rest override defaults)."""
    facts: list[dict[str, Any]] = []
    articles: dict[str, dict[str, Any]] = {}
    for spec in specs:
        spec = dict(spec)
        name = spec.pop("article", "a")
        row = {**_FACT_DEFAULTS, **spec}
        article_id = f"{name:0>16}"[:16]
        row.update(
            article_id=article_id,
            url=f"https://example.test/{name}",
            raw_sha256=row.get("raw_sha256", name.ljust(64, "0")),
            run_id=run_id,
        )
        row["fact_id"] = f"{len(facts):x}-{name}"[:16]
        facts.append(row)
        articles[article_id] = {
            "article_id": article_id,
            "source_id": row["source_id"],
            "url": row["url"],
            "raw_sha256": row["raw_sha256"],
            "title": f"Article {name}",
            "published": row["published"],
            "published_source": "page",
            "relevant": True,
            "relevance_reason": "test",
            "n_paragraphs": 1,
            "n_facts": 0,
            "parser_version": row["parser_version"],
            "run_id": run_id,
            "error": None,
        }
    return LoadBatch(
        run_id=run_id,
        articles=pd.DataFrame(list(articles.values()), columns=list(ARTICLE_COLUMNS)),
        facts=pd.DataFrame(facts, columns=list(FACT_COLUMNS)),
    )
