"""Report datasets declared in sources.toml (`kind = "html_table"`, ...), validated strictly.

A dataset is one `[[source]]` entry: its address, its kind and a declarative mapping (one
`[[source.metric]]` table per row label or measure column). Every mistake is a `SourcesError`
naming the file, the entry and the field, as for news sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from extractors.sources import (
    ID_RE,
    POLITENESS_FIELDS,
    Politeness,
    SourcesError,
    _bool,
    _hosts,
    _politeness,
    _string,
    _url,
)
from transforms.model import METRICS, SEGMENTS, UNITS
from transforms.reports.mapping import REPORT_KINDS, Mapping, MetricRule
from transforms.reports.numbers import NUMBER_FORMATS

#: Where the BPS WebAPI key is read from; never from a file, never written to a log.
BPS_KEY_ENV = "CAKUPAN_BPS_KEY"

_TEXT_KEYS: tuple[str, ...] = (
    "dataset", "title", "definition", "area", "area_column", "area_code_column", "period",
    "period_column", "month_column", "label_column", "unit_column", "table_match",
    "resource_format",
)
REPORT_KEYS: frozenset[str] = frozenset(
    {"id", "name", "kind", "url", "verified", "allowed_hosts", "metric", "number_format",
     "total_labels", "areas_in_rows", "page_size", "datastore"}
    | set(_TEXT_KEYS) | set(POLITENESS_FIELDS)
)
METRIC_KEYS: frozenset[str] = frozenset({"label", "metric", "segment", "unit", "scale", "exact"})


@dataclass(frozen=True, slots=True)
class ReportSource:
    """One official dataset: where it is, which kind of document, how its rows map to facts."""

    id: str
    name: str
    kind: str
    url: str
    mapping: Mapping
    politeness: Politeness = field(default_factory=Politeness)
    allowed_hosts: tuple[str, ...] = ()
    verified: bool = False
    #: json_rows / ckan datastore: rows asked per page (`limit`), pages until a short one.
    page_size: int = 1000
    #: ckan: the resource format to read (CSV, XLSX), or the datastore_search API.
    resource_format: str = "CSV"
    datastore: bool = False
    # What the news pipeline asks of every source: reports have no discovery or selectors.
    keywords: tuple[str, ...] = ()
    sitemap: None = None
    feed: None = None
    listing: None = None
    selectors: None = None

    @property
    def mapping_digest(self) -> str:
        """10 hex naming the kind and mapping: a changed mapping re-parses the landed documents."""
        import hashlib

        return hashlib.sha256(repr((self.kind, self.mapping)).encode()).hexdigest()[:10]

    @property
    def base_url(self) -> str:
        """The dataset's address (for the sources table)."""
        return self.url

    @property
    def origins(self) -> frozenset[tuple[str, str, int]]:
        """Every (scheme, host, port) this dataset may be fetched from (as a news source's)."""
        from extractors.sources import origins_of

        return origins_of((self.url.replace("{key}", "k"),), self.allowed_hosts)

    @property
    def hosts(self) -> frozenset[str]:
        """Hosts this dataset may be fetched from."""
        host = (urlsplit(self.url.replace("{key}", "k")).hostname or "").lower()
        return frozenset({host} | {h.lower() for h in self.allowed_hosts})


def is_report_entry(entry: Any) -> bool:
    """True for a `[[source]]` table whose kind is a report kind (or anything but news)."""
    return isinstance(entry, dict) and entry.get("kind", "news") != "news"


def parse_report_source(entry: dict[str, Any], *, where: str) -> ReportSource:
    """Validate one report `[[source]]` table into a `ReportSource`."""
    label = f"{where} ({entry.get('id')})" if isinstance(entry.get("id"), str) else where

    def fail(key: str, msg: str) -> SourcesError:
        return SourcesError(f"{label}: field '{key}': {msg}")

    unknown = sorted(set(entry) - REPORT_KEYS)
    if unknown:
        known = ", ".join(sorted(REPORT_KEYS))
        raise fail(unknown[0], f"unknown key for a report (known: {known})")
    for key in ("id", "name", "kind", "url", "metric"):
        if key not in entry:
            raise fail(key, "missing")
    kind = _string(entry, "kind", fail)
    if kind not in REPORT_KINDS:
        raise fail("kind", f"{kind!r} is not news or a report kind ({', '.join(REPORT_KINDS)})")
    sid = _string(entry, "id", fail)
    if not ID_RE.match(sid):
        raise fail("id", f"{sid!r} must be letters, digits and underscores only")
    url = _url(entry, "url", fail)
    if kind == "bps" and "{key}" not in url:
        raise fail("url", "a bps address must hold '{key}' where the key goes (the key itself "
                          f"comes from ${BPS_KEY_ENV}, never from this file)")
    mapping = _mapping(entry, kind, fail)
    return ReportSource(
        id=sid, name=_string(entry, "name", fail), kind=kind, url=url, mapping=mapping,
        politeness=_politeness(entry, fail), allowed_hosts=_hosts(entry, fail),
        verified=_bool(entry, "verified", fail), page_size=_positive(entry, "page_size", 1000,
                                                                     fail),
        resource_format=str(entry.get("resource_format", "CSV")).upper(),
        datastore=_bool(entry, "datastore", fail),
    )


def _positive(entry: dict, key: str, default: int, fail: Any) -> int:
    """An optional whole number >= 1."""
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise fail(key, "must be a whole number >= 1")
    return value


def _mapping(entry: dict[str, Any], kind: str, fail: Any) -> Mapping:
    """The declarative mapping: texts, metrics, area and period, number format."""
    texts = {k: _string(entry, k, fail) for k in _TEXT_KEYS if k in entry}
    texts.pop("resource_format", None)
    if not any(k in texts for k in ("area", "area_column", "area_code_column")):
        raise fail("area", "say where the area is: area (fixed), area_column or area_code_column")
    if kind in ("json_rows", "ckan") and not ({"period", "period_column"} & set(texts)) \
            and "label_column" not in texts:
        raise fail("period", "say where the period is: period (fixed) or period_column")
    if "period" in texts and not _is_period(texts["period"]):
        raise fail("period", f"{texts['period']!r} is not YYYY or YYYY-MM")
    number_format = entry.get("number_format", "auto")
    if number_format not in NUMBER_FORMATS:
        raise fail("number_format", f"must be one of {', '.join(NUMBER_FORMATS)}")
    totals = entry.get("total_labels", ["jumlah", "total"])
    if not isinstance(totals, list) or not all(isinstance(t, str) for t in totals):
        raise fail("total_labels", "must be a list of strings")
    return Mapping(
        metrics=_metrics(entry.get("metric"), fail), number_format=number_format,
        total_labels=tuple(t.lower() for t in totals),
        areas_in_rows=_bool(entry, "areas_in_rows", fail), **texts,
    )


def _is_period(text: str) -> bool:
    """YYYY or YYYY-MM with a real month."""
    parts = text.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4 or len(parts) > 2:
        return False
    return len(parts) == 1 or (parts[1].isdigit() and 1 <= int(parts[1]) <= 12)


def _metrics(value: Any, fail: Any) -> tuple[MetricRule, ...]:
    """The `[[source.metric]]` tables: label, metric, segment, unit, scale."""
    if not isinstance(value, list) or not value:
        raise fail("metric", "give at least one [[source.metric]] table (label, metric, ...)")
    rules = []
    for n, item in enumerate(value, start=1):
        key = f"metric #{n}"
        if not isinstance(item, dict):
            raise fail(key, "must be a table")
        unknown = sorted(set(item) - METRIC_KEYS)
        if unknown:
            known = ", ".join(sorted(METRIC_KEYS))
            raise fail(f"{key}.{unknown[0]}", f"unknown key (known: {known})")
        for needed in ("label", "metric"):
            if not isinstance(item.get(needed), str) or not item[needed].strip():
                raise fail(f"{key}.{needed}", "missing or not a non-empty string")
        checks = (("metric", METRICS, None), ("segment", SEGMENTS, "all"), ("unit", UNITS, "count"))
        for field_name, allowed, default in checks:
            got = item.get(field_name, default)
            if got not in allowed:
                raise fail(f"{key}.{field_name}", f"{got!r} is not one of {', '.join(allowed)}")
        scale = item.get("scale")
        if scale is not None and (isinstance(scale, bool) or not isinstance(scale, int | float)
                                  or scale <= 0):
            raise fail(f"{key}.scale", "must be a number > 0")
        rules.append(MetricRule(
            label=item["label"].strip(), metric=item["metric"],
            segment=item.get("segment", "all"), unit=item.get("unit", "count"),
            scale=None if scale is None else float(scale), exact=bool(item.get("exact", False)),
        ))
    return tuple(rules)
