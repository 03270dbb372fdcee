"""A per-page time budget the extractor checks between sentences (cooperative, no threads).

A hostile page (thousands of figures in one paragraph) must never hold a run: the caller gives
a deadline on the `time.monotonic()` clock, and extraction stops with `OverBudget` once it has
passed. Reading the clock is the only outside state this touches.
"""

from __future__ import annotations

import time


class OverBudget(RuntimeError):
    """Extraction of one page ran past its deadline; the message says how far it got."""


def check(deadline: float | None, done: int, total: int) -> None:
    """Raise `OverBudget` when the deadline has passed (`done` of `total` sentences read)."""
    if deadline is not None and time.monotonic() > deadline:
        raise OverBudget(f"stopped after {done} of {total} sentences")
