"""Validation must stay a small part of a run: measure 10,000 facts after the first import."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from expectations.bench import synthetic_facts
from expectations.validate import validate_facts

#: CPU seconds allowed for a warm 10,000-fact validation without Data Docs. Measured about
#: 0.6 s on a 2-core machine (expectations/README.md); the margin absorbs slower machines,
#: a regression to seconds (e.g. a per-row Python loop) still fails.
BUDGET_CPU_SECONDS = 2.0


def test_ten_thousand_facts(warm: Path, capsys: pytest.CaptureFixture[str]) -> None:
    df = synthetic_facts(10_000)
    validate_facts(df, run_id="speed-0", docs_dir=None)
    cpu = time.process_time()
    wall = time.perf_counter()
    result = validate_facts(df, run_id="speed-1", docs_dir=None)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    with capsys.disabled():
        print(f"\n10,000 facts validated in {cpu * 1000:.0f} ms CPU ({wall * 1000:.0f} ms wall)")
    assert len(result.quarantined) == 200  # every 50th row has a negative count
    assert len(result.good) == 9_800 and result.gate_passed
    assert cpu < BUDGET_CPU_SECONDS
