"""One landed report document → its article row, fact rows and report lineage rows (pure)."""

from __future__ import annotations

from typing import Any

from transforms.model import Extraction
from transforms.reports.bps import parse_bps
from transforms.reports.html_table import parse_html_table
from transforms.reports.mapping import Mapping, apply_mapping
from transforms.reports.pdf_table import parse_pdf_table
from transforms.reports.rows import json_records, rows_to_table, table_records
from transforms.reports.table import ReportParseError, Table
from transforms.rows import Lineage, article_row


def read_table(kind: str, body: bytes, mapping: Mapping, *, dataset: str,
               content_type: str | None = None) -> Table:
    """The document's table as cells, by report kind; `ReportParseError` when unreadable."""
    title = mapping.title or ""
    if kind == "html_table":
        return parse_html_table(body, mapping, dataset=dataset, title=title)
    if kind == "pdf_table":
        return parse_pdf_table(body, mapping, dataset=dataset, title=title)
    if kind == "bps":
        return parse_bps(body, mapping, dataset=dataset, title=title)
    if kind == "json_rows":
        rows = json_records(body, dataset)
    elif kind == "ckan":
        rows = table_records(body, dataset, content_type)
    else:
        raise ReportParseError(f"dataset {dataset}: unknown report kind {kind!r}")
    return rows_to_table(rows, mapping, dataset=dataset, title=title or dataset)


def process_report(body: bytes, lineage: Lineage, *, kind: str, mapping: Mapping,
                   content_type: str | None = None) -> tuple[dict[str, Any],
                                                            list[dict[str, Any]],
                                                            list[dict[str, Any]]]:
    """The document's article row, facts and lineage; an unreadable one keeps its row + error."""
    dataset = lineage.source_id
    try:
        table = read_table(kind, body, mapping, dataset=dataset, content_type=content_type)
        mapped = apply_mapping(table, mapping, lineage, kind=kind, dataset_id=dataset)
    except ReportParseError as exc:
        row = article_row(lineage, title=mapping.title or "", extraction=None, n_paragraphs=0,
                          error=f"report unreadable: {exc}")
        return row, [], []
    row = article_row(lineage, title=mapping.title or table.title, extraction=None,
                      n_paragraphs=len({c.row for c in table.cells}))
    reason = f"report {kind}: {len(table.cells)} cells, {len(mapped.facts)} facts"
    if mapped.notes:
        reason += "; " + "; ".join(mapped.notes)
    row.update(relevant=True, relevance_reason=reason, n_facts=len(mapped.facts),
               published_source="unknown")
    return row, mapped.facts, mapped.lineage


def report_extraction(body: bytes, lineage: Lineage, *, kind: str, mapping: Mapping,
                      content_type: str | None = None) -> Extraction:
    """The document's facts as an `Extraction` (`cakupan extract` on a landed report)."""
    table = read_table(kind, body, mapping, dataset=lineage.source_id, content_type=content_type)
    mapped = apply_mapping(table, mapping, lineage, kind=kind, dataset_id=lineage.source_id)
    assert mapped.extraction is not None
    return mapped.extraction
