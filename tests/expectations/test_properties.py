"""Whatever the batch holds, every row comes back exactly once: in `good` or in `quarantined`."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expectations.validate import MIN_FACTS, gate, validate_facts
from tests.expectations.factories import RUN_ID, TODAY, fact, frame, rows
from transforms.model import AREA_TYPES, METRICS, SEGMENTS, UNITS

_facts = st.builds(
    fact,
    area=st.sampled_from(["Kediri", "Jawa Tengah", "", "Indonesia"]),
    area_type=st.sampled_from([*AREA_TYPES, "kelurahan"]),
    metric=st.sampled_from([*METRICS, "iuran"]),
    segment=st.sampled_from([*SEGMENTS, "astronaut"]),
    unit=st.sampled_from(UNITS),
    value=st.one_of(
        st.floats(min_value=-1e6, max_value=1e14),
        st.sampled_from([float("nan"), float("inf"), 0.0, 1.5, 120.0, 250.0]),
    ),
    as_of=st.sampled_from([None, "2024", "2024-12", "2031-01", "1960", "Desember"]),
    approximate=st.booleans(),
)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    batches=st.lists(st.lists(_facts, min_size=1, max_size=6), min_size=1, max_size=4),
    share=st.sampled_from([0.0, 0.5, 1.0]),
)
def test_every_row_comes_back_once(warm: Path, batches, share: float) -> None:
    batch = []
    for i, facts in enumerate(batches):
        batch += rows(facts, url=f"https://example.test/prop/{i}")
    df = frame(batch)
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, max_bad_share=share, today=TODAY)
    assert len(result.good) + len(result.quarantined) == len(df)
    assert sorted([*result.good["fact_id"], *result.quarantined["fact_id"]]) == sorted(
        df["fact_id"]
    )
    assert all(result.quarantined["reasons"].map(len) > 0)
    assert set(result.quarantined["severity"]) <= {"error"}
    flags = [f for fs in result.good["flags"] for f in fs]
    assert all(f.startswith("warn:") for f in flags)
    assert (result.gate_passed, result.reason) == gate(
        len(df), len(result.quarantined), share, "facts"
    )
    if share == 1.0 or len(df) < MIN_FACTS:
        assert result.gate_passed  # nothing is held back under the minimum sample
