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
    """Parse and extract one input."""
    from transforms.extract import extract

    return extract(read_article(path), published=published)


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
            extraction, traces = explain(read_article(path), published=published)
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
