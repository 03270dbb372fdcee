"""Which sources a run covers, and how each one fared: the cause a failed source is reported with.

No Prefect here: the CLI checks source ids with these before anything starts.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from extractors.crawl import POLICY_KINDS
from extractors.sources import Source


class SourceNotFound(ValueError):
    """A source id given on the command line is not in the sources file."""


def choose_sources(all_sources: list[Source], wanted: Iterable[str] | None) -> list[Source]:
    """The sources a run covers: the named ones (in order), or all; an unknown id is an error."""
    wanted = list(wanted or [])
    if not wanted:
        return list(all_sources)
    by_id = {s.id: s for s in all_sources}
    missing = [w for w in wanted if w not in by_id]
    if missing:
        hints = []
        for name in missing:
            close = difflib.get_close_matches(name, list(by_id), n=1)
            hints.append(f"{name} (did you mean {close[0]}?)" if close else name)
        known = ", ".join(sorted(by_id)) or "none"
        raise SourceNotFound(f"unknown source {', '.join(hints)}; known: {known}")
    return [by_id[w] for w in dict.fromkeys(wanted)]


def check_sources(sources_file: Path, wanted: Iterable[str] | None) -> None:
    """Refuse unknown source ids before anything starts (raises SourceNotFound, SourcesError)."""
    from extractors.sources import load_sources

    if wanted:
        choose_sources(load_sources(sources_file), wanted)


def failure_cause(errors: Sequence[Any]) -> str:
    """One line naming what went wrong: the first error's kind and message, then the counts."""
    first = errors[0]
    kind = getattr(first, "kind", "error")
    line = f"{kind}: {getattr(first, 'message', first)}"
    url = getattr(first, "url", "")
    if url:
        line += f" ({url})"
    counts = Counter(getattr(e, "kind", "error") for e in errors)
    if len(errors) > 1:
        line += "; " + ", ".join(f"{k} ×{n}" for k, n in counts.most_common())
    return line


def source_failures(tallies: dict[str, Any]) -> list[str]:
    """One error line per source that failed or was partial, with its cause (runs.errors)."""
    return [
        f"{source}: source {t.status}: {t.cause or '; '.join(t.messages)}"
        for source, t in sorted(tallies.items())
        if t.status != "ok"
    ]


def tally_crawl(tally: Any, report: Any) -> None:
    """Copy a crawl report's counts into the source's summary line, with the cause of failures."""
    tally.fetched += int(getattr(report, "fetched", 0))
    tally.landed += int(getattr(report, "landed_new", getattr(report, "landed", 0)))
    tally.fetch_failed += int(getattr(report, "failed", 0))
    skips = getattr(report, "skips", None)
    if skips is not None:
        tally.found += skips.found
        tally.cut_by_limit = tally.cut_by_limit or skips.cut_by_limit
        for reason, n in skips.as_dict().items():
            tally.skipped[reason] = tally.skipped.get(reason, 0) + n
    errors = list(getattr(report, "errors", []))
    reached = int(getattr(report, "fetched", 0)) + int(getattr(report, "unchanged", 0))
    failures = [e for e in errors if getattr(e, "kind", None) not in POLICY_KINDS]
    if errors and not reached:
        tally.status = "failed"  # nothing could be fetched: the site is down or refuses us
        tally.cause = failure_cause(failures or errors)
        tally.messages.append(f"source unreachable: {tally.cause}")
    elif failures:
        tally.status = "partial"
        tally.cause = failure_cause(failures)
        tally.messages.append(f"{len(failures)} fetch errors")


def crawl_errors(report: Any) -> list[str]:
    """A crawl report's error messages as text."""
    return [str(e) for e in getattr(report, "errors", [])]


def crawl_notes(report: Any) -> list[str]:
    """What a crawl wants said that is no error: the page cap it hit, and what waits."""
    cap = getattr(report, "capped_at", None)
    if not cap:
        return []
    left = int(getattr(report, "left_for_later", 0))
    waiting = (f"{left} discovered pages left for the next run, pages not landed yet first"
               if left else "more pages may be waiting for the next run")
    return [f"stopped at the page cap ({cap} pages: --limit or the source's max_pages); "
            f"{waiting}"]
