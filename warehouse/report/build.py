"""Write the analyst report from the published warehouse: `report.html` in a folder.

    write_report(published, out_dir, area=None, since=None) -> Path

Reads the published copy read-only (a run never waits for it), queries it (`queries`), draws
the charts (`charts`) and writes the page (`page`) through a temporary file and a rename, so a
reader never sees half a report.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from warehouse.report import charts, queries
from warehouse.report.page import (
    chart_block,
    col,
    document,
    esc,
    fact_link,
    link,
    num,
    number,
    section,
    table,
)

REPORT_FILE = "report.html"


def _evidence_ids(*frames: pd.DataFrame) -> list[str]:
    """Every fact a chart point or table row links to."""
    ids: list[str] = []
    for df in frames:
        for name in ("fact_ids",):
            if name in df:
                ids += [i for lst in df[name] for i in lst]
        for name in ("fact_id", "actual_fact_id"):
            if name in df:
                ids += [i for i in df[name] if isinstance(i, str)]
    return ids


def _coverage(points: pd.DataFrame, people: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Coverage rate and participants over time."""
    rate_rows = table(points, [
        ("area", col("area")), ("segment", col("segment")), ("period", col("as_of")),
        ("rate %", num("rate")), ("how", col("kind")),
        ("participants / workforce", lambda r: f"{number(r['participants'])} / "
                                               f"{number(r['workforce'])}" if r["derived"]
                                               else ""),
        ("evidence", lambda r: " ".join(fact_link(i, f"[{n + 1}]")
                                        for n, i in enumerate(r["fact_ids"]))),
    ], empty="No coverage rate in scope.")
    return [
        ("coverage", "Coverage rate over time",
         section("coverage", "Coverage rate over time",
                 "Circles: the rate as an article states it. Triangles: derived as 100 x "
                 "participants / workforce where an article gives both counts but no rate. "
                 "Click a point for its sentence and article.",
                 chart_block(charts.coverage_chart(points), "No coverage rate in scope."),
                 rate_rows)),
        ("participants", "Participants over time",
         section("participants", "Participants over time",
                 "Active participants as reported, one point per article's figure.",
                 chart_block(charts.participants_chart(people), "No participant count in scope."),
                 table(people, [("area", col("area")), ("segment", col("segment")),
                                ("period", col("as_of")), ("participants", num("value")),
                                ("evidence", lambda r: fact_link(r["fact_id"]))],
                       empty="No participant count in scope."))),
    ]


def _targets_and_branches(tv: pd.DataFrame, branches: pd.DataFrame
                          ) -> list[tuple[str, str, str]]:
    """Targets against actuals, and the latest figure of each branch office."""
    return [
        ("targets", "Targets against actuals",
         section("targets", "Targets against actuals",
                 "Each target against the latest actual of the same area, metric and segment "
                 "within the target year (blank until one is reported).",
                 chart_block(charts.targets_chart(tv), "No target has an actual yet."),
                 table(tv, [("area", col("area")), ("metric", col("metric")),
                            ("segment", col("segment")), ("year", col("target_year")),
                            ("target", num("target_value")), ("actual", num("actual_value")),
                            ("actual period", col("actual_as_of")),
                            ("reached %", num("achieved_pct")),
                            ("evidence", lambda r: " ".join(filter(None, [
                                fact_link(r["fact_id"], "target"),
                                fact_link(r["actual_fact_id"], "actual")])))],
                       empty="No target in scope."))),
        ("branches", "Latest figure per branch",
         section("branches", "Latest figure per branch",
                 "The latest period each branch office reported, per metric and segment.",
                 table(branches, [("branch", col("area")), ("metric", col("metric")),
                                  ("segment", col("segment")), ("period", col("as_of")),
                                  ("value", num("value")), ("unit", col("unit")),
                                  ("articles disagree", lambda r: "yes" if r["disagree"] else ""),
                                  ("evidence", lambda r: fact_link(r["fact_id"]))],
                       empty="No branch office in scope."))),
    ]


def _conflicts_and_quality(conf: pd.DataFrame, quarantine: pd.DataFrame,
                           failed: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Figures that disagree, and what was held back or failed."""
    return [
        ("conflicts", "Conflicting figures",
         section("conflicts", "Conflicting figures",
                 "Different values for the same area, metric, segment and period, with the "
                 "article behind each (never averaged).",
                 table(conf, [("area", col("area")), ("metric", col("metric")),
                              ("segment", col("segment")), ("period", col("as_of")),
                              ("value", num("value")), ("outlet", col("outlet")),
                              ("article", lambda r: link(r["url"], r["title"])),
                              ("evidence", lambda r: fact_link(r["fact_id"]))],
                       empty="No figures disagree."))),
        ("quality", "Data quality",
         section("quality", "Data quality",
                 "Facts held back by validation, by the expectation they failed, and pages "
                 "that failed to parse.",
                 chart_block(charts.quarantine_chart(quarantine), ""),
                 table(quarantine, [("failed expectation", col("reason")),
                                    ("facts", num("facts")),
                                    ("example sentence", lambda r: f"<q>{esc(r['example'])}</q>")],
                       row_id=lambda i, _: f"q-{i}", empty="Nothing is quarantined."),
                 "<h3>Pages that failed</h3>",
                 table(failed, [("source", col("source_id")),
                                ("page", lambda r: link(r["url"], r["url"])),
                                ("error", col("error")), ("parser", col("parser_version"))],
                       empty="No page failed to parse."))),
    ]


def _evidence_section(rows: pd.DataFrame) -> tuple[str, str, str]:
    """Every linked fact: the sentence it was read from, its article and outlet."""
    body = table(rows, [
        ("area", col("area")), ("metric", col("metric")), ("segment", col("segment")),
        ("value", lambda r: f"{number(r['value'])} {esc(r['unit'])}"),
        ("as written", col("value_text")), ("period", lambda r: esc(r["as_of"] or (
            f"target {r['target_year']}" if r["is_target"] else ""))),
        ("sentence", lambda r: f"<q>{esc(r['evidence'])}</q>"),
        ("article", lambda r: link(r["url"], r["title"])), ("outlet", col("outlet")),
        ("published", col("published")),
    ], row_id=lambda _, r: f"f-{r['fact_id']}", empty="No evidence in scope.")
    return ("evidence", "Evidence", section(
        "evidence", "Evidence", "The sentence and article behind every point and row above.",
        body))


def render(con: Any, filters: queries.Filters, source: str) -> str:
    """The whole report page for a connection and filters."""
    points = queries.coverage_points(con, filters)
    people = queries.participant_points(con, filters)
    tv = queries.targets(con, filters)
    branches = queries.latest_per_branch(con, filters)
    conf = queries.conflicts(con, filters)
    sections = [*_coverage(points, people), *_targets_and_branches(tv, branches),
                *_conflicts_and_quality(conf, queries.quarantine_by_reason(con, filters),
                                        queries.failed_pages(con))]
    ev = queries.evidence(con, _evidence_ids(points, people, tv, branches, conf))
    sections.append(_evidence_section(ev))
    o = queries.overview(con)
    scope = ", ".join(filter(None, [filters.area and f"area {filters.area}",
                                    filters.since and f"periods from {filters.since}"]))
    meta = (f"{o['facts']} facts from {o['articles']} articles, {o['areas']} areas · latest run "
            f"{esc(o['run'])} ({esc(o['run_status'])}) · {esc(source)}"
            + (f" · scope: {esc(scope)}" if scope else ""))
    return document("cakupan: BPJS Ketenagakerjaan coverage", meta, sections)


def write_report(published: Path, out_dir: Path, *, area: str | None = None,
                 since: int | None = None) -> Path:
    """Write `out_dir/report.html` from the published warehouse; returns its path."""
    from warehouse.db import connect

    con = connect(published, read_only=True)
    try:
        text = render(con, queries.Filters(area=area, since=since), published.name)
    finally:
        con.close()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / REPORT_FILE
    tmp = out_dir / f".{REPORT_FILE}.{os.getpid()}.tmp"
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return target
