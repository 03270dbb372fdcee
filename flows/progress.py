"""Progress of a long run: a live display in a terminal, one line per source in logs.

The flows call `current()`; the CLI installs a reporter for the length of a run with
`reporting(...)`. Anywhere else (deployments, tests, Dask workers) the reporter does nothing and
the flow's own log lines (one per source) are what a scheduler's log shows.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from typing import Any, TextIO


class Reporter:
    """Hears a run's events; this base class ignores them (deployments, tests)."""

    def sources(self, ids: list[str]) -> None:
        """The run will fetch these sources."""

    def page(self, source_id: str, status: str) -> None:
        """One URL of a source was fetched ("new", "unchanged"), failed or skipped."""

    def source_done(self, source_id: str, tally: Any, seconds: float) -> None:
        """A source's crawl ended (its tally has the counts, status and cause)."""

    def to_parse(self, pages: int) -> None:
        """This many landed pages wait to be parsed."""

    def parsed(self, pages: int, facts: int) -> None:
        """A chunk of pages was parsed into this many facts."""

    def close(self) -> None:
        """The run is over."""


def source_line(source_id: str, tally: Any, seconds: float) -> str:
    """One line about a fetched source: status, counts and the cause of a failure."""
    line = (f"source {source_id}: {tally.status}, fetched {tally.fetched}, landed {tally.landed}, "
            f"failed {tally.fetch_failed} ({seconds:.1f} s)")
    return line + (f": {tally.cause}" if tally.cause else "")


class LineReporter(Reporter):
    """For logs and pipes: one line per source as it finishes, none per page."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stderr

    def source_done(self, source_id: str, tally: Any, seconds: float) -> None:
        """Write the source's line at once (a cron log shows the run advancing)."""
        print(source_line(source_id, tally, seconds), file=self.out, flush=True)


class LiveReporter(Reporter):
    """For an interactive terminal: rich bars for sources and pages, counts of parsed facts."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.console = Console(stderr=True)
        self.bars = Progress(TextColumn("{task.description}"), BarColumn(),
                             MofNCompleteColumn(), TextColumn("{task.fields[detail]}"),
                             console=self.console, transient=False)
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}
        self.source_bar = self.bars.add_task("sources done", total=None, detail="")
        self.page_bar = self.bars.add_task("pages fetched", total=None, detail="")
        self.parse_bar = self.bars.add_task("pages parsed", total=None, detail="0 facts")
        self.facts = 0
        self.bars.start()

    def sources(self, ids: list[str]) -> None:
        """Size the sources bar."""
        self.bars.update(self.source_bar, total=len(ids))

    def page(self, source_id: str, status: str) -> None:
        """Count one URL by outcome."""
        with self.lock:
            self.counts[status] = self.counts.get(status, 0) + 1
            detail = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        self.bars.update(self.page_bar, advance=1, detail=detail)

    def source_done(self, source_id: str, tally: Any, seconds: float) -> None:
        """Advance the sources bar and print the source's line above the bars."""
        self.bars.update(self.source_bar, advance=1, detail=source_id)
        self.console.print(source_line(source_id, tally, seconds), markup=False, highlight=False)

    def to_parse(self, pages: int) -> None:
        """Size the parse bar."""
        self.bars.update(self.parse_bar, total=pages)

    def parsed(self, pages: int, facts: int) -> None:
        """Advance the parse bar."""
        self.facts += facts
        self.bars.update(self.parse_bar, advance=pages, detail=f"{self.facts} facts")

    def close(self) -> None:
        """Stop the live display."""
        self.bars.stop()


_current: Reporter = Reporter()


def current() -> Reporter:
    """The reporter of the run in progress (a silent one outside the CLI)."""
    return _current


@contextlib.contextmanager
def reporting(reporter: Reporter) -> Iterator[Reporter]:
    """Install a reporter for the length of a run."""
    global _current
    previous, _current = _current, reporter
    try:
        yield reporter
    finally:
        _current = previous
        reporter.close()


def for_terminal(stream: TextIO | None = None) -> Reporter:
    """A live display when the stream is an interactive terminal, else one line per source."""
    stream = stream or sys.stderr
    if stream.isatty():
        return LiveReporter()
    return LineReporter(stream)
