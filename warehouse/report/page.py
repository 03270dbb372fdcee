"""The report page: one HTML file, styles inline, charts as inline SVG, every text escaped.

Nothing from an article reaches the page unescaped: titles, sentences, outlets and URLs go
through `html.escape`, and a link is made only of an http(s) URL (anything else is shown as
text), so a headline holding `<script>` is shown, never run.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2430}
main{max-width:1000px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{margin-top:36px;border-bottom:1px solid #dde;padding-bottom:4px}
.meta{color:#556}.note{color:#556;font-size:13px}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13.5px}
th,td{border-bottom:1px solid #e4e6ee;padding:4px 6px;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
th{background:#f4f5f9}td.num{text-align:right;font-variant-numeric:tabular-nums}
tr:target{background:#fff6c8}.chart{overflow-x:auto;margin:8px 0}
.empty{color:#667;font-style:italic}q{font-style:italic}
nav a{margin-right:12px}
"""


def esc(value: Any) -> str:
    """Any value as escaped text ('' for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    return html.escape(str(value), quote=True)


def link(url: Any, text: Any) -> str:
    """An outbound link for http(s) URLs only; anything else is shown as plain text."""
    label = esc(text) or esc(url)
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{label}</a>'
    return label


def number(value: Any) -> str:
    """A figure as people read it: thousands separated, up to two decimals."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    v = float(value)
    return f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}"


def fact_link(fact_id: Any, text: str = "evidence") -> str:
    """A link to a fact's evidence row further down the page."""
    return f'<a href="#f-{esc(fact_id)}">{esc(text)}</a>' if isinstance(fact_id, str) else ""


Cell = Callable[[dict[str, Any]], str]


def table(rows: pd.DataFrame, columns: Sequence[tuple[str, Cell]], *,
          row_id: Callable[[int, dict[str, Any]], str] | None = None,
          empty: str = "None.") -> str:
    """An HTML table; each cell function returns already-escaped HTML."""
    if rows.empty:
        return f'<p class="empty">{esc(empty)}</p>'
    head = "".join(f"<th>{esc(name)}</th>" for name, _ in columns)
    body = []
    for i, row in enumerate(rows.to_dict("records")):
        rid = f' id="{esc(row_id(i, row))}"' if row_id else ""
        cells = "".join(f"<td>{cell(row)}</td>" for _, cell in columns)
        body.append(f"<tr{rid}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def col(name: str) -> Cell:
    """A cell showing one column as escaped text."""
    return lambda row: esc(row.get(name))


def num(name: str) -> Cell:
    """A cell showing one column as a number."""
    return lambda row: number(row.get(name))


def chart_block(svg: str | None, empty: str) -> str:
    """A chart (trusted SVG from vl-convert, whose text it escapes itself) or a note."""
    if svg:
        return f'<div class="chart">{svg}</div>'
    return f'<p class="empty">{esc(empty)}</p>' if empty else ""


def section(anchor_id: str, title: str, intro: str, *parts: str) -> str:
    """One titled section of the page."""
    return (f'<section id="{esc(anchor_id)}"><h2>{esc(title)}</h2>'
            f'<p class="note">{esc(intro)}</p>{"".join(parts)}</section>')


def document(title: str, meta: str, sections: Sequence[tuple[str, str, str]]) -> str:
    """The whole page: header, a table of contents, the sections."""
    nav = "".join(f'<a href="#{esc(a)}">{esc(t)}</a>' for a, t, _ in sections)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body><main>"
        f"<h1>{esc(title)}</h1><p class=\"meta\">{meta} · written {esc(stamp)}</p>"
        f"<nav>{nav}</nav>{''.join(html for _, _, html in sections)}</main></body></html>\n"
    )
