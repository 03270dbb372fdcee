"""Batches for the warehouse tests: the five gold seeds, and synthetic facts at any size."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd

from transforms.model import METRICS, SEGMENTS, Extraction, Fact
from transforms.rows import ARTICLE_COLUMNS, FACT_COLUMNS, Lineage, article_row, fact_rows
from warehouse.load import LoadBatch

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


def synthetic_batch(
    n_facts: int, *, per_article: int = 10, run_id: str = "20261121T010000Z-bbbbbb"
) -> LoadBatch:
    """`n_facts` distinct facts over n_facts / per_article articles (for speed and kill tests)."""
    n_articles = max(1, n_facts // per_article)
    ids = [f"{i:016x}" for i in range(n_articles)]
    art = pd.DataFrame(
        {
            "article_id": ids,
            "source_id": "synthetic",
            "url": [f"https://example.test/a/{i}" for i in ids],
            "raw_sha256": [i.ljust(64, "f") for i in ids],
            "title": "Synthetic article",
            "published": dt.date(2024, 12, 24),
            "published_source": "page",
            "relevant": True,
            "relevance_reason": "synthetic",
            "n_paragraphs": 5,
            "n_facts": per_article,
            "parser_version": "0.1.0",
            "run_id": run_id,
            "error": None,
        }
    )
    k = pd.RangeIndex(n_facts)
    article_idx = k // per_article
    fact = pd.DataFrame(
        {
            "fact_id": [f"{i:016x}" for i in range(n_facts)],
            "article_id": art["article_id"].to_numpy()[article_idx],
            "source_id": "synthetic",
            "url": art["url"].to_numpy()[article_idx],
            "raw_sha256": art["raw_sha256"].to_numpy()[article_idx],
            "parser_version": "0.1.0",
            "run_id": run_id,
            "published": dt.date(2024, 12, 24),
            "area": [f"Area {i % 500}" for i in range(n_facts)],
            "area_type": "regency",
            "area_code": None,
            "area_mention": "Area",
            "metric": [METRICS[i % len(METRICS)] for i in range(n_facts)],
            "segment": [SEGMENTS[i % len(SEGMENTS)] for i in range(n_facts)],
            "value": [float(i) for i in range(n_facts)],
            "unit": "count",
            "is_target": False,
            "target_year": pd.array([None] * n_facts, dtype="Int64"),
            "as_of": "2024-12",
            "approximate": False,
            "evidence": "Tercatat ada 170.607 tenaga kerja yang aktif sebagai peserta.",
            "evidence_start": 0,
            "evidence_end": 60,
            "value_text": "170.607",
            "flags": [[] for _ in range(n_facts)],
        }
    )
    return LoadBatch(run_id=run_id, articles=art, facts=fact)


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
