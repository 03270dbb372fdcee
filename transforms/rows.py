"""Facts and articles as flat rows with lineage: the batch every later stage reads."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from transforms.model import Extraction, Fact

#: Columns of a fact row, in order (docs/architecture.md).
FACT_COLUMNS: tuple[str, ...] = (
    "fact_id",
    "article_id",
    "source_id",
    "url",
    "raw_sha256",
    "parser_version",
    "run_id",
    "published",
    "area",
    "area_type",
    "area_code",
    "area_mention",
    "metric",
    "segment",
    "value",
    "unit",
    "is_target",
    "target_year",
    "as_of",
    "approximate",
    "evidence",
    "evidence_start",
    "evidence_end",
    "value_text",
    "flags",
    "rules",
)

#: Columns of an article row, in order.
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "source_id",
    "url",
    "raw_sha256",
    "title",
    "published",
    "published_source",
    "relevant",
    "relevance_reason",
    "n_paragraphs",
    "n_facts",
    "parser_version",
    "run_id",
    "error",
)


@dataclass(frozen=True, slots=True)
class Lineage:
    """Where a batch of facts came from: the page, the parser and the run."""

    article_id: str
    source_id: str
    url: str | None
    raw_sha256: str
    parser_version: str
    run_id: str


def short_hash(*parts: str) -> str:
    """First 16 hex of sha256 over the parts joined with a unit separator: stable ids."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def article_id_for(url: str) -> str:
    """An article's id from its canonical URL, so a re-fetch keeps the id."""
    return short_hash(url)


def fact_key(article_id: str, fact: Fact) -> tuple[str, ...]:
    """The natural key of a fact: one figure of one article is one fact."""
    return (
        article_id,
        fact.area,
        fact.area_type,
        fact.metric,
        fact.segment,
        fact.unit,
        repr(float(fact.value)),
        str(fact.is_target),
        "" if fact.target_year is None else str(fact.target_year),
        fact.as_of or "",
    )


def fact_id_for(article_id: str, fact: Fact) -> str:
    """A fact's id from its natural key."""
    return short_hash(*fact_key(article_id, fact))


def fact_rows(extraction: Extraction, lineage: Lineage) -> list[dict[str, Any]]:
    """One row per fact, duplicates of a natural key dropped (the first mention wins)."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for fact in extraction.facts:
        fid = fact_id_for(lineage.article_id, fact)
        if fid in seen:
            continue
        seen.add(fid)
        rows.append(
            {
                "fact_id": fid,
                "article_id": lineage.article_id,
                "source_id": lineage.source_id,
                "url": lineage.url,
                "raw_sha256": lineage.raw_sha256,
                "parser_version": lineage.parser_version,
                "run_id": lineage.run_id,
                "published": extraction.published,
                "area": fact.area,
                "area_type": fact.area_type,
                "area_code": fact.area_code,
                "area_mention": fact.area_mention,
                "metric": fact.metric,
                "segment": fact.segment,
                "value": float(fact.value),
                "unit": fact.unit,
                "is_target": fact.is_target,
                "target_year": fact.target_year,
                "as_of": fact.as_of,
                "approximate": fact.approximate,
                "evidence": fact.evidence,
                "evidence_start": fact.start,
                "evidence_end": fact.end,
                "value_text": fact.value_text,
                "flags": list(fact.flags),
                "rules": list(fact.rules),
            }
        )
    return rows


def article_row(
    lineage: Lineage,
    *,
    title: str,
    extraction: Extraction | None,
    n_paragraphs: int,
    error: str | None = None,
) -> dict[str, Any]:
    """The article's row; a page that failed to parse keeps one, with its error and no facts."""
    published: dt.date | None = extraction.published if extraction else None
    return {
        "article_id": lineage.article_id,
        "source_id": lineage.source_id,
        "url": lineage.url,
        "raw_sha256": lineage.raw_sha256,
        "title": title,
        "published": published,
        "published_source": extraction.published_source if extraction else "unknown",
        "relevant": bool(extraction.relevant) if extraction else False,
        "relevance_reason": extraction.relevance_reason if extraction else (error or ""),
        "n_paragraphs": n_paragraphs,
        "n_facts": len({fact_id_for(lineage.article_id, f) for f in extraction.facts})
        if extraction
        else 0,
        "parser_version": lineage.parser_version,
        "run_id": lineage.run_id,
        "error": error,
    }
