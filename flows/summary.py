"""What a run says about itself: its status, the per-source table, skips and warnings.

No Prefect here. The status of a run is decided in one place, `run_status`; the lines about
discovery make a filtered sitemap look different from an empty one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from extractors.discover import SKIP_REASONS, describe_skips

#: What to try when discovery found URLs and kept none, by the reason that skipped most.
KEPT_NONE_HINTS: dict[str, str] = {
    "no_keyword": "its URLs and titles carry none of its keywords: add keywords that appear "
                  'in them, set url_filter = "none" in its sources.toml entry to fetch every '
                  "article and judge relevance from the page, or point it at a news sitemap "
                  "with titles",
    "older_than_since": "every entry is older than --since: widen it",
    "newer_than_until": "every entry is after the backfill's end: move --end",
    "offsite": "its links point to other hosts: add them to allowed_hosts if they are the site",
    "robots": "robots.txt disallows every article URL: the site does not want them crawled",
    "over_limit": "the budget ran out first: raise max_pages or --limit",
    "bad_url": "its links are unreadable: check the sitemap or feed by hand",
}


def run_status(summary: Any) -> str:
    """ok, partial or failed: the one place a run's status is decided.

    failed: the gate held back every source that had pages (nothing of them loaded), or every
    source failed;
    partial: a source failed or was held back, or facts were quarantined; ok otherwise.
    """
    tallies = list(summary.sources.values())
    held = any(t.pages_held_back for t in tallies)
    if held and not any(t.pages for t in tallies):
        return "failed"
    if tallies and all(t.status == "failed" for t in tallies):
        return "failed"  # every source failed (down, refused, held back): no partial success
    if held or summary.facts_quarantined or any(t.status != "ok" for t in tallies):
        return "partial"
    return "ok"


def skip_lines(tallies: Mapping[str, Any]) -> list[str]:
    """One line per source whose discovery skipped URLs, naming each reason and its count."""
    lines = []
    for source, t in sorted(tallies.items()):
        cut = "; stopped at max_pages / --limit, later entries not read" if t.cut_by_limit else ""
        if t.skipped:
            lines.append(f"{source}: discovery skipped {sum(t.skipped.values())} of {t.found} "
                         f"URLs found: {describe_skips(t.skipped)}{cut}")
        elif cut:
            lines.append(f"{source}: discovery kept {t.found} URLs{cut}")
    return lines


def kept_none_warnings(tallies: Mapping[str, Any]) -> list[str]:
    """A warning with a hint for each source whose discovery found URLs but kept none."""
    out = []
    for source, t in sorted(tallies.items()):
        skipped = sum(t.skipped.values())
        if not t.found or skipped < t.found:
            continue
        top = max(t.skipped, key=lambda r: (t.skipped[r], -list(SKIP_REASONS).index(r)))
        out.append(f"{source}: discovery found {t.found} URLs but kept none "
                   f"({describe_skips(t.skipped)}); hint: {KEPT_NONE_HINTS[top]}")
    return out


_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_\[\]()|!#~])")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def markdown_text(value: Any) -> str:
    """Text from pages and sites made inert in Markdown: HTML escaped (`<img onerror>`), the
    characters of links, emphasis and table cells backslash-escaped, control characters gone."""
    text = html.escape(_CONTROL_RE.sub(" ", str(value)), quote=True)
    return _MARKDOWN_SPECIAL_RE.sub(r"\\\1", text)


def summary_markdown(
    run_id: str, flow: str, tallies: dict[str, Any], notes: list[str]
) -> str:
    """The per-source run summary as a Markdown table (the Prefect artifact); every outside
    value (source ids, URLs, page errors) goes through `markdown_text`."""
    lines = [
        f"# cakupan {flow}: run `{run_id}`",
        "",
        "| source | status | found | skipped | fetched | landed | fetch failures | pages "
        "| facts loaded | facts quarantined | facts held back | errors | cause |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| --- |",
    ]
    for source in sorted(tallies):
        t = tallies[source]
        lines.append(
            f"| {markdown_text(source)} | {markdown_text(t.status)} | {t.found} "
            f"| {sum(t.skipped.values())} | {t.fetched} | {t.landed} | {t.fetch_failed} "
            f"| {t.pages} | {t.facts_loaded} "
            f"| {t.facts_quarantined} | {t.facts_held_back} | {t.errors} "
            f"| {markdown_text(t.cause)} |"
        )
    if notes:
        lines += ["", *[f"- {markdown_text(n)}" for n in notes]]
    return "\n".join(lines) + "\n"
