"""10,000 facts through the suite after the first import: right split, and the time printed.

Speed is a benchmark figure (`python -m expectations.bench`), not a test assertion: a timed
assertion fails on a busy machine and proves nothing on an idle one.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from expectations.bench import synthetic_facts
from expectations.validate import validate_facts


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
