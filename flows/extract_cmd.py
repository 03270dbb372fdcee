"""`cakupan extract`: a page's facts on stdout, the data engineer's tool for debugging one page."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

from transforms.model import Article, Extraction

#: Files read as plain article text (headline on the first line); anything else is HTML.
TEXT_SUFFIXES = frozenset({".txt", ".text"})


class InputError(ValueError):
    """A page that cannot be read as an article, with a reason for the user."""


def read_article(path: str) -> Article:
    """Read one input: a .txt article or an HTML page."""
    from extractors.article import ArticleError, parse_html
    from transforms.text import article_from_text

    p = Path(path)
    if p.is_dir():
        raise InputError("is a folder, not a page")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if p.suffix.lower() in TEXT_SUFFIXES:
        text = data.decode("utf-8-sig", errors="replace")
        if not text.strip():
            raise InputError("empty text file")
        return article_from_text(text)
    try:
        return parse_html(data)
    except ArticleError as exc:
        raise InputError(str(exc)) from None


def extract_one(path: str, published: dt.date | None) -> Extraction:
    """Parse and extract one input (a landed report document is read with its mapping)."""
    from transforms.extract import extract

    report = landed_report(path)
    if report is not None:
        return report
    # the day it is read bounds a weekday-only byline ("Senin (22/9)") of a page naming no year
    return extract(read_article(path), published=published, today=dt.date.today())


def landed_report(path: str) -> Extraction | None:
    """A file of raw/pages/ landed for a report dataset, read as `cakupan run` reads it.

    None when the path is not a landed page of a report source in the shipped registry.
    """
    from extractors.landing import SHA_RE, RawStore
    from extractors.sources import SourcesError, load_sources
    from transforms.reports.document import report_extraction
    from transforms.reports.table import ReportParseError
    from transforms.rows import Lineage, article_id_for

    p = Path(path)
    if not SHA_RE.match(p.stem) or p.parent.parent.name != "pages" or not p.is_file():
        return None
    row = next((r for r in RawStore(p.parent.parent.parent).iter_manifest(on_error=_ignore)
                if r.sha256 == p.stem), None)
    try:
        source = next((s for s in load_sources() if row and s.id == row.source), None)
    except SourcesError:
        return None
    if row is None or not hasattr(source, "mapping"):
        return None
    from flows.steps import report_version

    url = row.final_url or row.url
    lineage = Lineage(article_id_for(url), row.source, url, row.sha256, report_version(source),
                      "extract")
    try:
        return report_extraction(p.read_bytes(), lineage, kind=source.kind,
                                 mapping=source.mapping, content_type=row.content_type)
    except ReportParseError as exc:
        raise InputError(f"report unreadable: {exc}") from None


def _ignore(lineno: int, reason: str) -> None:
    """A corrupted manifest line does not stop `cakupan extract`."""


def extract_paths(
    paths: list[str], *, fmt: str, published: dt.date | None,
    out: TextIO | None = None, err: TextIO | None = None,
) -> int:
    """Print every input's facts; an unreadable input gets a message on stderr. Returns failures."""
    from flows.output import fact_record, render_table, terminal_text, to_json_lines

    stdout = out or sys.stdout
    stderr = err or sys.stderr
    failures = 0
    for path in paths:
        try:
            extraction = extract_one(path, published)
        except InputError as exc:
            stderr.write(terminal_text(f"cakupan extract: {path}: {exc}") + "\n")
            failures += 1
            continue
        except Exception as exc:  # a parser bug on one page must not hide the others' facts
            stderr.write(terminal_text(
                f"cakupan extract: {path}: parser error: {type(exc).__name__}: {exc}") + "\n")
            failures += 1
            continue
        records = [fact_record(path, f, extraction.published) for f in extraction.facts]
        if fmt == "jsonl":
            stdout.write(to_json_lines(records))
            stdout.flush()
            continue
        title = (
            f"{path}: {len(records)} facts; published {extraction.published or 'unknown'} "
            f"({extraction.published_source}); "
            f"{'relevant' if extraction.relevant else 'not relevant'}: "
            f"{extraction.relevance_reason}"
        )
        render_table(
            title,
            ["area", "type", "metric", "segment", "value", "unit", "target", "as_of", "~",
             "evidence"],
            [
                (r["area"], r["area_type"], r["metric"], r["segment"], r["value"], r["unit"],
                 r["target_year"] if r["is_target"] and r["target_year"] else
                 ("yes" if r["is_target"] else ""),
                 r["as_of"], "~" if r["approximate"] else "", r["evidence"])
                for r in records
            ],
        )
    return failures


def explain_paths(paths: list[str], *, published: dt.date | None,
                  out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print, for every number of every input, kept or dropped and the rule of each decision."""
    from rich.console import Console
    from rich.markup import escape

    from transforms.extract import explain

    console = Console(file=out or sys.stdout, highlight=False, soft_wrap=True)
    stderr = err or sys.stderr
    failures = 0
    for path in paths:
        try:
            extraction, traces = explain(read_article(path), published=published,
                                         today=dt.date.today())
        except InputError as exc:
            stderr.write(f"cakupan extract: {path}: {exc}\n")
            failures += 1
            continue
        except Exception as exc:  # a parser bug on one page must not hide the others'
            stderr.write(f"cakupan extract: {path}: parser error: {type(exc).__name__}: {exc}\n")
            failures += 1
            continue
        kept = sum(t.kept for t in traces)
        console.print(f"[bold]{escape(path)}[/bold]: {len(traces)} numbers, {kept} kept, "
                      f"{len(extraction.facts)} facts; "
                      f"{'relevant' if extraction.relevant else 'not relevant'}: "
                      f"{escape(extraction.relevance_reason)}")
        sentence = None
        for t in traces:
            if t.sentence != sentence:
                sentence = t.sentence
                console.print(f"\n  [dim]{escape(sentence)}[/dim]")
            verdict = "[green]kept[/green]" if t.kept else "[red]dropped[/red]"
            console.print(f"  {escape(t.number)}: {verdict}")
            for decision, rule, example in t.decisions:
                console.print(f"      {decision:<8} {escape(rule)}  "
                              f"[dim]e.g. {escape(example)}[/dim]")
    return failures
