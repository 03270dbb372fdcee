"""The report's charts: Vega-Lite specs built with Altair, rendered to SVG by vl-convert.

Rendering happens here, when the report is written, so the page carries plain SVG: it opens
from disk with no script, no CDN and no network, prints, and shows the same in every browser.
Each point is an SVG link (Vega-Lite's `href` channel) to its evidence row in the page.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

WIDTH = 640
HEIGHT = 300
#: Vega resolves a link against its own data loader's base URL; ours are in-page anchors.
_ANCHOR_HREF = re.compile(r'(xlink:href|href)="[^"#]*#')


def anchor(fact_id: Any) -> str:
    """The in-page anchor of a fact's evidence row."""
    return f"#f-{fact_id}"


def series_label(area: str, segment: str) -> str:
    """One line per area, split by segment when the segment is not 'all'."""
    return area if segment == "all" else f"{area} ({segment.replace('_', ' ')})"


def to_svg(chart: Any) -> str:
    """Render a chart to an SVG string, every link an in-page anchor."""
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(chart.to_dict(), allowed_base_urls=[])
    svg = _ANCHOR_HREF.sub(lambda m: f'{m[1]}="#', svg)
    return svg[svg.index("<svg"):]


def _time_chart(df: pd.DataFrame, value: str, title: str, *, log: bool = False) -> Any:
    """Points over time, a line per series; the shape says stated or derived."""
    import altair as alt

    data = df.assign(series=[series_label(a, s) for a, s in zip(df["area"], df["segment"],
                                                                  strict=True)],
                     link=df["fact_id"].map(anchor),
                     period=pd.to_datetime(df["period_end"]).dt.strftime("%Y-%m-%d"))
    y = alt.Y(f"{value}:Q", title=title,
              scale=alt.Scale(type="log") if log else alt.Scale(zero=True))
    base = alt.Chart(data).encode(
        x=alt.X("period:T", title="period (end)"),
        y=y,
        color=alt.Color("series:N", title="area"),
    )
    line = base.mark_line(opacity=0.5).encode(detail="series:N")
    points = base.mark_point(size=90, filled=True, opacity=0.9).encode(
        href="link:N", tooltip=["series:N", "as_of:N", f"{value}:Q"])
    if "kind" in data:  # coverage rates: stated by the article, or derived from its counts
        points = points.encode(
            shape=alt.Shape("kind:N", title="rate",
                            scale=alt.Scale(domain=["stated", "derived from counts"],
                                            range=["circle", "triangle-up"])))
    return (line + points).properties(width=WIDTH, height=HEIGHT)


def coverage_chart(points: pd.DataFrame) -> str | None:
    """Coverage rate over time per area: circles stated by an article, triangles derived."""
    if points.empty:
        return None
    return to_svg(_time_chart(points, "rate", "coverage rate (% of workers)"))


def participants_chart(points: pd.DataFrame) -> str | None:
    """Participants over time per area, on a log scale (offices and provinces differ 100x)."""
    if points.empty:
        return None
    return to_svg(_time_chart(points, "value", "participants (log scale)", log=True))


def targets_chart(rows: pd.DataFrame) -> str | None:
    """How far each target is reached (actual / target), for targets with an actual so far."""
    import altair as alt

    reached = rows.dropna(subset=["achieved_pct"])
    if reached.empty:
        return None
    data = reached.assign(
        target=[f"{a} · {m.replace('_', ' ')} ({s.replace('_', ' ')}) {y}" for a, m, s, y in
                zip(reached["area"], reached["metric"], reached["segment"],
                    reached["target_year"], strict=True)],
        link=reached["fact_id"].map(anchor))
    bars = alt.Chart(data).mark_bar().encode(
        y=alt.Y("target:N", title=None, sort=None),
        x=alt.X("achieved_pct:Q", title="actual as % of target",
                scale=alt.Scale(domain=[0, max(100.0, float(data["achieved_pct"].max()))])),
        href="link:N",
        tooltip=["target:N", "target_value:Q", "actual_value:Q", "actual_as_of:N"],
    )
    goal = alt.Chart(pd.DataFrame({"x": [100]})).mark_rule(strokeDash=[4, 4]).encode(x="x:Q")
    return to_svg((bars + goal).properties(width=WIDTH, height=max(60, 28 * len(data))))


def quarantine_chart(rows: pd.DataFrame) -> str | None:
    """Quarantined facts per failed expectation; each bar links to its row in the table."""
    import altair as alt

    if rows.empty:
        return None
    data = rows.assign(link=[f"#q-{i}" for i in range(len(rows))])
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("reason:N", title=None, sort=None),
        x=alt.X("facts:Q", title="quarantined facts"),
        href="link:N",
    )
    return to_svg(chart.properties(width=WIDTH, height=max(60, 28 * len(data))))
