"""A source's declarative mapping (sources.toml) and its application: cells → fact rows + lineage.

The mapping says which row labels (or measure columns) hold which metric, segment and unit,
where the area and the period are, and how numbers are written when the page does not say.
Total rows are never loaded: they are recomputed from the data rows and a disagreement is
flagged on that column's facts and written in the document's notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from transforms.model import Extraction, Fact
from transforms.reports.areas import bps_code_of, resolve_report_area
from transforms.reports.numbers import NumberError, is_missing, parse_number
from transforms.reports.table import Cell, ReportParseError, Table
from transforms.reports.units import title_scale, unit_of
from transforms.rows import Lineage, fact_id_for, fact_rows

#: Report kinds; `news` sources are articles, read by transforms.extract.
REPORT_KINDS: tuple[str, ...] = ("ckan", "html_table", "json_rows", "bps", "pdf_table")
#: Columns of a report lineage row (warehouse table report_facts, migration 009).
REPORT_COLUMNS: tuple[str, ...] = (
    "fact_id", "article_id", "source_kind", "dataset_id", "address", "row_label",
    "column_label", "table_title", "definition", "cell_text", "area_code_stated", "scale",
)
_NUMBERING_RE = re.compile(r"^\s*\d+[.)]?\s+")


@dataclass(frozen=True, slots=True)
class MetricRule:
    """Which row label (or measure column) holds a metric, and in what unit."""

    label: str
    metric: str
    segment: str = "all"
    unit: str = "count"
    #: Multiplier for the cells; None = the title's "(Ribu ...)" if any, else 1.
    scale: float | None = None
    #: Label must equal the row's (numbering and case ignored), or only appear in it.
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Mapping:
    """How one dataset's rows and columns become facts (validated by extractors.reports.spec)."""

    metrics: tuple[MetricRule, ...]
    area: str | None = None
    area_column: str | None = None
    area_code_column: str | None = None
    period: str | None = None
    period_column: str | None = None
    month_column: str | None = None
    label_column: str | None = None
    unit_column: str | None = None
    number_format: str = "auto"
    title: str | None = None
    definition: str | None = None
    #: Text that picks the table on a page holding several (matched in its headers or title).
    table_match: str | None = None
    total_labels: tuple[str, ...] = ("jumlah", "total")
    dataset: str | None = None
    #: BPS only: the vervar dimension holds the areas (else its labels are the row labels).
    areas_in_rows: bool = False

    def rule_for(self, label: str) -> MetricRule | None:
        """The metric rule a row label (or column name) matches, exact matches first."""
        key = _label_key(label)
        for rule in self.metrics:
            if _label_key(rule.label) == key:
                return rule
        for rule in self.metrics:
            if not rule.exact and _label_key(rule.label) in key:
                return rule
        return None


@dataclass(slots=True)
class Mapped:
    """One document's facts, their lineage rows and the notes for its article row."""

    facts: list[dict[str, Any]] = field(default_factory=list)
    lineage: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: The facts as `Fact`s (for `cakupan extract`, which prints them like an article's).
    extraction: Extraction | None = None


def _label_key(label: str) -> str:
    """A label compared without its numbering, case or extra spaces ("10. Besaran ...")."""
    return " ".join(_NUMBERING_RE.sub("", str(label)).lower().split())


def apply_mapping(table: Table, mapping: Mapping, lineage: Lineage, *, kind: str,
                  dataset_id: str) -> Mapped:
    """Every mapped cell of a table as a fact row with its report lineage row."""
    out = Mapped(notes=list(table.notes))
    title = mapping.title or table.title
    definition = mapping.definition or table.definition
    facts: list[Fact] = []
    extras: list[dict[str, Any]] = []
    for cell in table.cells:
        rule = mapping.rule_for(cell.row_label)
        if rule is None:
            continue
        made = _fact(cell, rule, mapping, title)
        if made is None:
            continue
        fact, scale = made
        facts.append(fact)
        extras.append({
            "source_kind": kind, "dataset_id": mapping.dataset or dataset_id,
            "address": lineage.url, "row_label": cell.row_label, "column_label": cell.column,
            "table_title": title, "definition": definition, "cell_text": str(cell.text),
            "area_code_stated": None if cell.area_code is None else str(cell.area_code),
            "scale": scale,
        })
    _require_a_match(table, mapping, dataset_id)
    flagged = _check_totals(table, mapping, out.notes)
    facts = [_with_flags(f, flagged.get(x["column_label"], ())) for f, x in zip(facts, extras,
                                                                               strict=True)]
    extraction = Extraction(True, f"report: {kind}", None, "unknown", tuple(facts),
                            tuple(out.notes))
    out.extraction = extraction
    out.facts = fact_rows(extraction, lineage)
    seen: set[str] = set()
    for fact, extra in zip(facts, extras, strict=True):
        fid = fact_id_for(lineage.article_id, fact)
        if fid in seen:
            continue
        seen.add(fid)
        out.lineage.append({"fact_id": fid, "article_id": lineage.article_id, **extra})
    return out


def _require_a_match(table: Table, mapping: Mapping, dataset_id: str) -> None:
    """A table whose rows match none of the mapping's labels is an error, never zero facts.

    A renamed row ("Pekerja" became "Tenaga Kerja") would otherwise load nothing, silently. A
    table without cells (an empty last page) and matched cells that are all missing are fine.
    """
    if not table.cells or any(mapping.rule_for(c.row_label) for c in table.cells):
        return
    seen = list(dict.fromkeys(c.row_label for c in table.cells))
    wanted = ", ".join(repr(r.label) for r in mapping.metrics)
    shown = ", ".join(repr(label) for label in seen[:8]) + (" ..." if len(seen) > 8 else "")
    raise ReportParseError(f"dataset {dataset_id}: no row matches the mapping's labels "
                           f"({wanted}); the table's rows: {shown}")


def _with_flags(fact: Fact, flags: tuple[str, ...]) -> Fact:
    """The fact with flags added (frozen dataclass: a copy)."""
    if not flags:
        return fact
    from dataclasses import replace

    return replace(fact, flags=(*fact.flags, *flags))


def _fact(cell: Cell, rule: MetricRule, mapping: Mapping, title: str) -> tuple[Fact, float] | None:
    """The fact of one cell, None for a missing cell (`-`, `n/a`, empty: no fact, no zero)."""
    if is_missing(cell.text):
        return None
    try:
        number = parse_number(cell.text, count=rule.unit == "count",
                              number_format=mapping.number_format)
    except NumberError as exc:
        raise ReportParseError(f"row {cell.row_label!r}, column {cell.column!r}: {exc}") from None
    if number is None:
        return None
    scale = rule.scale if rule.scale is not None else title_scale(title)
    period = mapping.period or cell.period
    rec = resolve_report_area(cell.area_mention or mapping.area, cell.area_code)
    mention = cell.area_mention or mapping.area or str(cell.area_code or "")
    flags: list[str] = []
    stated = unit_of(cell.unit_text)
    if cell.unit_text and stated != rule.unit:
        flags.append(f"unit_stated:{cell.unit_text}")
    if rec is None:
        flags.append("area_unknown")
    is_target = bool(cell.is_target)
    evidence = f"{title}: {cell.row_label} | {cell.column} = {cell.text}"
    fact = Fact(
        area=rec.name if rec else mention,
        area_type=rec.area_type if rec else "other",
        metric=rule.metric,
        segment=rule.segment,
        value=number * scale,
        unit=rule.unit,
        is_target=is_target,
        target_year=int(period[:4]) if is_target and period else None,
        as_of=None if is_target else period,
        approximate=False,
        evidence=evidence,
        start=0,
        end=len(evidence),
        value_text=str(cell.text),
        area_mention=mention,
        area_code=(rec.code or bps_code_of(rec)) if rec else None,
        flags=tuple(flags),
    )
    return fact, scale


def _check_totals(table: Table, mapping: Mapping, notes: list[str]) -> dict[str, tuple[str, ...]]:
    """Recompute each printed total from the data rows; a disagreeing column's facts get a flag.

    A shifted total row (its figures one column left, as Banjarmasin prints it) is realigned: its
    numeric cells are read in order against the period columns.
    """
    flagged: dict[str, tuple[str, ...]] = {}
    mixed_notes: set[str] = set()
    for total in table.totals:
        numbers = [v for v in total.values if not is_missing(v)]
        columns = table.period_columns
        if not columns or len(numbers) != len(columns):
            notes.append(f"total row {total.row} ({total.label!r}) ignored: "
                         f"{len(numbers)} figures for {len(columns)} columns")
            continue
        for column, stated_text in zip(columns, numbers, strict=True):
            rows = [c for c in table.cells if c.column == column and not is_missing(c.text)]
            try:
                stated = parse_number(stated_text, count=True, number_format=mapping.number_format)
                summed = sum(parse_number(c.text, count=True,
                                          number_format=mapping.number_format) or 0 for c in rows)
            except NumberError:
                notes.append(f"total row {total.row}: {column} not a number ({stated_text!r})")
                continue
            mixed = {(r.metric, r.unit) for c in rows if (r := mapping.rule_for(c.row_label))}
            if stated is not None and abs(stated - summed) > 0.5:
                flagged[column] = ("total_row_disagrees",)
                notes.append(f"total row {total.row}: {column} states {stated_text}, the rows "
                             f"sum to {summed:g}: not loaded, facts of {column} flagged")
            elif len(mixed) > 1:
                mixed_notes.add(f"total row {total.row} ({total.label!r}) adds rows of "
                                f"different metrics ({', '.join(sorted(m for m, _ in mixed))}): "
                                f"not a figure, not loaded")
    notes.extend(sorted(mixed_notes))
    return flagged
