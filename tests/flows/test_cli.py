"""The `cakupan` command as a user runs it: a real process, real files, no network."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports.sample import REPORT_FACTS

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "golden" / "seeds"
KEYS = ("area", "area_type", "metric", "segment", "value", "unit", "is_target", "target_year",
        "as_of", "approximate")


def cakupan(*args: str, env: dict[str, str] | None = None, timeout: float = 240
            ) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        capture_output=True, text=True, timeout=timeout, cwd=REPO,
        env={**os.environ, **(env or {})},
    )


def gold_facts(path: Path) -> list[tuple]:
    """A gold file's facts as comparable tuples."""
    facts = json.loads(path.read_text(encoding="utf-8"))["facts"]
    return sorted(tuple(f[k] for k in KEYS) for f in facts)


def test_extract_jsonl_gives_exactly_the_seed_gold_facts() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    given = [str(p.relative_to(REPO)) for p in seeds]
    proc = cakupan("extract", "--format", "jsonl", *given)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    for rec in records:
        assert isinstance(rec["value"], int | float) and not isinstance(rec["value"], bool)
        assert rec["target_year"] is None or isinstance(rec["target_year"], int)
        assert isinstance(rec["is_target"], bool) and isinstance(rec["approximate"], bool)
        assert rec["evidence"]
    for path, shown in zip(seeds, given, strict=True):
        got = sorted(tuple(r[k] for k in KEYS) for r in records if r["input"] == shown)
        assert got == gold_facts(path.with_suffix(".json")), path.name


def test_extract_reports_unreadable_pages_and_goes_on(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.html"
    garbage.write_bytes(bytes(range(256)) * 100)
    seed = str((SEEDS / "004_ffbe803aa3fbc6c2.txt").relative_to(REPO))
    proc = cakupan("extract", "--format", "jsonl", str(tmp_path / "missing.html"),
                   str(garbage), seed)
    assert proc.returncode == 1
    assert "missing.html: no such file" in proc.stderr
    assert "garbage.html" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert {json.loads(line)["input"] for line in proc.stdout.splitlines()} == {seed}


def test_extract_published_flag_sets_the_date_of_saat_ini(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(
        "BPJamsostek Cabang Kediri\n\nKBRN, Kediri: Kepala Cabang BPJamsostek Kediri mengatakan "
        "saat ini ada sebanyak 667.892 tenaga kerja yang terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan.\n", encoding="utf-8")
    proc = cakupan("extract", "--format", "jsonl", "--published", "2023-05-17", str(page))
    assert proc.returncode == 0, proc.stderr
    facts = [json.loads(line) for line in proc.stdout.splitlines()]
    assert facts and all(f["as_of"] == "2023-05" for f in facts)


def test_bad_dates_and_unknown_commands_give_clear_errors() -> None:
    proc = cakupan("extract", "--published", "17/05/2023", "x.txt")
    assert proc.returncode == 2
    assert "--published wants a date as YYYY-MM-DD" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_run_offline_twice_then_query(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw", raw)
    env = {"CAKUPAN_WAREHOUSE": str(tmp_path / "w.duckdb"), "CAKUPAN_RAW_DIR": str(raw),
           "CAKUPAN_PREFECT_HOME": str(tmp_path / "prefect"),
           "CAKUPAN_DOCS_DIR": str(tmp_path / "docs")}
    first = cakupan("run", "--offline", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    for source in ("radioidola", "suaramerdeka_kedu", "magelangekspres", "rri", "jambiekspres"):
        assert source in first.stdout
    assert "orchestration" in first.stdout
    q = "select count(*) as n, sum(value) as s from facts"
    before = cakupan("query", q, "--format", "json", env=env)
    assert before.returncode == 0, before.stderr
    assert json.loads(before.stdout)[0]["n"] == 37 + REPORT_FACTS
    second = cakupan("run", "--offline", env=env)
    assert second.returncode == 0, second.stderr
    assert "Nothing to do" in second.stdout
    after = cakupan("query", q, "--format", "json", env=env)
    assert after.stdout == before.stdout
    bad = cakupan("query", "select * from no_such_table", env=env)
    assert bad.returncode == 2 and "query failed" in bad.stderr
    listing = cakupan("sources", env=env)
    assert listing.returncode == 0, listing.stderr
    assert "rri" in listing.stdout and "ingest-source" in listing.stdout
    out = tmp_path / "export"
    exported = cakupan("export", str(out), "--format", "parquet", env=env)
    assert exported.returncode == 0, exported.stderr
    assert list(out.rglob("*.parquet"))
    checked = cakupan("validate", env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    total = 37 + REPORT_FACTS
    assert f"{total} facts checked: {total} pass" in checked.stdout
