"""Data Docs: one page per validation, kept for every run, and an index of them; offline HTML.

GX 1.24's own Data Docs site did not serve us (issue 18): built from an in-memory results store,
it showed only the current process's run (older run folders were left empty), its pages load
their styles and scripts from CDNs (the index is blank offline), and it marks a suite with only
a warning failing as "Status: Failed". These pages are written from the same GX validation
results: plain HTML with inline styles, no scripts; a record (JSON) beside each page is what the
index is rebuilt from, so history survives across processes.

    <docs_dir>/index.html                                   every validation, newest first
    <docs_dir>/validations/<suite>/<run_id>/<stamp>.html    one validation of one batch
    <docs_dir>/validations/<suite>/<run_id>/<stamp>.json    its record
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from html import escape
from pathlib import Path
from typing import Any

STYLE = """body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
th{background:#f3f3f3}.passed{color:#17662b}.warnings{color:#8a5a00}.failed{color:#a11}
.num{text-align:right}"""


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """One rule's result on a batch, as the page shows it."""

    name: str
    severity: str
    expectation: str
    note: str
    success: bool
    unexpected: int
    percent: float


def status_of(outcomes: list[RuleOutcome]) -> str:
    """"failed" when an error rule failed, "warnings" when only warning rules did, else "passed"."""
    failing = [o for o in outcomes if not o.success]
    if any(o.severity == "error" for o in failing):
        return "failed"
    return "warnings" if failing else "passed"


def outcome_of(result: Any) -> RuleOutcome:
    """Read one GX ExpectationValidationResult."""
    config = result.expectation_config
    meta = config.meta or {}
    details = result.result or {}
    return RuleOutcome(
        name=meta.get("name", config.type), severity=meta.get("severity", "error"),
        expectation=config.type, note=getattr(config, "notes", None) or "",
        success=bool(result.success), unexpected=int(details.get("unexpected_count") or 0),
        percent=float(details.get("unexpected_percent") or 0.0),
    )


def write_validation(docs_dir: Path, suite: str, run_id: str, rows: int,
                     outcomes: list[RuleOutcome], now: dt.datetime | None = None) -> Path:
    """Write one validation's page and record, then rebuild the index; returns the index."""
    when = now or dt.datetime.now(dt.UTC)
    folder = docs_dir / "validations" / _safe(suite) / _safe(run_id)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.strftime("%Y%m%dT%H%M%S%fZ")
    record = {"suite": suite, "run_id": run_id, "validated_at": when.isoformat(),
              "rows": rows, "status": status_of(outcomes),
              "outcomes": [asdict(o) for o in outcomes]}
    _write(folder / f"{stamp}.json", json.dumps(record, ensure_ascii=False, indent=1))
    _write(folder / f"{stamp}.html", validation_page(record))
    return write_index(docs_dir)


def validation_page(record: dict[str, Any]) -> str:
    """One validation as HTML: the rules, their severity, why they exist, and what failed."""
    status = record["status"]
    rows = "".join(
        f"<tr><td>{escape(o['name'])} ({escape(o['severity'])}): {escape(o['note'])}</td>"
        f"<td>{escape(o['expectation'])}</td>"
        f"<td class='{_rule_class(o)}'>{_rule_status(o)}</td>"
        f"<td class=num>{o['unexpected']}</td><td class=num>{o['percent']:.1f}%</td></tr>"
        for o in record["outcomes"]
    )
    body = (f"<p><a href='../../../index.html'>all validations</a></p>"
            f"<h1>{escape(record['suite'])}: run {escape(record['run_id'])}</h1>"
            f"<p>Status: <b class={status}>{_STATUS_TEXT[status]}</b>, {record['rows']} rows, "
            f"validated {escape(record['validated_at'])}</p>"
            "<table><tr><th>rule (severity): why</th><th>expectation</th><th>result</th>"
            f"<th>rows failing</th><th>share</th></tr>{rows}</table>")
    return _html(f"{record['suite']} {record['run_id']}", body)


def write_index(docs_dir: Path) -> Path:
    """The index of every validation kept under docs_dir, newest first."""
    records = []
    for path in (docs_dir / "validations").glob("*/*/*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a page being written by another process, or a damaged record
        record["href"] = path.with_suffix(".html").relative_to(docs_dir).as_posix()
        records.append(record)
    records.sort(key=lambda r: (r["validated_at"], r["suite"]), reverse=True)
    rows = "".join(
        f"<tr><td>{escape(r['validated_at'][:19])}</td><td>{escape(r['run_id'])}</td>"
        f"<td>{escape(r['suite'])}</td><td class=num>{r['rows']}</td>"
        f"<td class={r['status']}>{_STATUS_TEXT[r['status']]}</td>"
        f"<td class=num>{_count(r, 'error')}</td><td class=num>{_count(r, 'warning')}</td>"
        f"<td><a href='{escape(r['href'])}'>page</a></td></tr>"
        for r in records
    )
    runs = len({r["run_id"] for r in records})
    body = (f"<h1>cakupan validations</h1><p>{len(records)} validations of {runs} runs, "
            "newest first. A warning flags a row and loads it; an error quarantines it.</p>"
            "<table><tr><th>validated (UTC)</th><th>run</th><th>suite</th><th>rows</th>"
            "<th>status</th><th>error rules failed</th><th>warning rules failed</th>"
            f"<th></th></tr>{rows}</table>")
    index = docs_dir / "index.html"
    _write(index, _html("cakupan validations", body))
    return index


_STATUS_TEXT = {"passed": "Passed", "warnings": "Passed with warnings", "failed": "Failed"}


def _rule_status(o: dict[str, Any]) -> str:
    """A rule's result in words: a failing warning rule is a warning, not a failure."""
    if o["success"]:
        return "passed"
    return "warning" if o["severity"] == "warning" else "failed"


def _rule_class(o: dict[str, Any]) -> str:
    """The CSS class of a rule's result."""
    return {"passed": "passed", "warning": "warnings", "failed": "failed"}[_rule_status(o)]


def _count(record: dict[str, Any], severity: str) -> int:
    """Rules of a severity that failed in a validation."""
    return sum(1 for o in record["outcomes"] if o["severity"] == severity and not o["success"])


def _html(title: str, body: str) -> str:
    """A complete page with inline styles and no scripts: it renders offline."""
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}"
            f"</title><style>{STYLE}</style></head><body>{body}</body></html>\n")


def _safe(name: str) -> str:
    """A name usable as one folder (run ids and suite names are ours, but be sure)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name).lstrip(".") or "_"


def _write(path: Path, text: str) -> None:
    """Write a file whole (temporary file, then rename): a reader never sees half a page."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
