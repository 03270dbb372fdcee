"""Full disks, impossible warehouse paths, corrupted manifest rows and raw files.

A full disk is simulated two ways: raw/manifest.jsonl as a symlink to /dev/full (every append
gets ENOSPC), and RLIMIT_FSIZE on a `cakupan run` child with SIGXFSZ ignored (every write past
the limit gets EFBIG). We run as root, so an impossible warehouse path is one under a regular
file or under /proc, where no permission bit can help.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from flows.settings import Settings
from flows.status import run_flow
from tests.hardening.harness import (
    REPO,
    landed_pages_intact,
    limit_file_size,
    manifest,
    query,
    sample_raw,
)
from tests.httpmirror import MirrorServer
from tests.reports.sample import REPORT_DOCUMENTS, REPORT_QUARANTINED

pytestmark = pytest.mark.table_case

KEDU_SOURCE = """
[[source]]
id = "kedu_disk"
name = "Kedu mirror for disk tests"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan", "BPJamsostek", "Jamsostek"]
rate_per_second = 500
timeout_read = 2
max_retries = 0
"""


def settings_for(root: Path, **overrides: Any) -> Settings:
    """Settings on private folders under `root`."""
    base = {"raw_dir": root / "raw", "warehouse": root / "w.duckdb", "docs_dir": root / "docs",
            "prefect_home": root / "prefect", "data_docs": False, "workers": 1}
    return Settings.from_env({}, **{**base, **overrides})


#: The crawl in a child whose files may not pass RAW_FSIZE_LIMIT (the kedu pages are ~27 kB).
CRAWL_CHILD = """
import json, sys
from extractors.crawl import crawl_source
from extractors.landing import RawStore
from extractors.sources import load_sources
from flows.status import run_flow
(source,) = load_sources(sys.argv[1])
print(json.dumps(crawl_source(source, RawStore(sys.argv[2])).to_dict()))
"""
RAW_FSIZE_LIMIT = 20_000


@pytest.mark.parametrize("case", ["under_a_file", "under_proc"])
def test_an_impossible_warehouse_path_is_a_clear_error(
    disk_children: dict[str, Any], case: str
) -> None:
    proc = disk_children[case].result()
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("cakupan: error: ")
    assert "Traceback" not in proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


@pytest.mark.usefixtures("prefect_harness")
def test_a_full_disk_under_the_warehouse_is_a_clear_error_and_heals(
    disk_children: dict[str, Any]
) -> None:
    from flows.pipeline import ingest_source

    proc = disk_children["efbig"].result()
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "Traceback" not in out
    assert proc.stderr.startswith("cakupan: error: the run stopped writing "), out
    assert "File too large" in proc.stderr
    folder = disk_children["efbig"].root
    # The raw pages (5 articles, and the sample's report documents) are untouched.
    assert len(landed_pages_intact(folder / "raw")) == 5 + REPORT_DOCUMENTS
    assert not (folder / "w.published.duckdb").exists()
    # Space is back: the next run finds the committed load in the log and publishes it.
    summary = run_flow(ingest_source, settings=settings_for(folder), offline=True)
    assert summary.status == "ok", summary.errors
    assert query(folder / "w.published.duckdb",
                 "select count(distinct raw_sha256) from facts")[0][0] == 5 + REPORT_DOCUMENTS


def test_a_full_disk_under_raw_fails_each_page_alone_and_heals(tmp_path: Path) -> None:
    from extractors.crawl import crawl_source
    from extractors.landing import RawStore
    from extractors.sources import load_sources

    raw = tmp_path / "raw"
    with MirrorServer("kedu") as kedu:
        sources = tmp_path / "sources.toml"
        sources.write_text(KEDU_SOURCE.replace("{{BASE}}", kedu.base_url), encoding="utf-8")
        child = subprocess.run(
            [sys.executable, "-c", CRAWL_CHILD, str(sources), str(raw)], capture_output=True,
            text=True, cwd=REPO, timeout=60, preexec_fn=limit_file_size(RAW_FSIZE_LIMIT))
        assert child.returncode == 0, child.stderr
        report = json.loads(child.stdout)
        assert report["landed_new"] == 0 and report["failed"] == 4, report
        assert all(e["kind"] == "landing" and "File too large" in e["message"]
                   for e in report["errors"]), report["errors"]
        assert manifest(raw) == []  # no row claims a page that is not there
        assert not list((raw / "pages").rglob("*.tmp")) if (raw / "pages").exists() else True
        attempts = (raw / "attempts.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(attempts) == 6  # robots, sitemap and four pages: each attempt recorded

        (source,) = load_sources(sources)  # space is back: the next crawl lands them all
        again = crawl_source(source, RawStore(raw))
    assert again.landed_new == 4 and again.failed == 0
    assert len(landed_pages_intact(raw)) == 4


@pytest.mark.usefixtures("prefect_harness")
def test_a_corrupted_manifest_row_and_raw_file_are_reported_not_fatal(tmp_path: Path) -> None:
    from flows.pipeline import ingest_source

    raw = sample_raw(tmp_path)
    rows = manifest(raw)
    victim = rows[0]
    page = raw / "pages" / victim["sha256"][:2] / f"{victim['sha256']}.html"
    page.write_bytes(page.read_bytes().replace(b"BPJS", b"BPJZ", 1))
    with (raw / "manifest.jsonl").open("ab") as fh:
        fh.write(b'{"sha256": "torn row, no end\n\x00\xff not json\n')
    summary = run_flow(ingest_source, settings=settings_for(tmp_path), offline=True)
    assert summary.status == "partial"  # the sample's one quarantined report figure
    assert summary.facts_quarantined == REPORT_QUARANTINED
    errors = "\n".join(summary.errors)
    # The two torn lines follow the sample's rows (5 articles and the report documents).
    assert f"raw/manifest.jsonl line {len(rows) + 1}: not JSON" in errors
    assert f"raw/manifest.jsonl line {len(rows) + 2}: not JSON" in errors
    assert f"raw page unreadable: page {victim['sha256']}.html is corrupted" in errors
    published = settings_for(tmp_path).published
    (error,) = query(published, "select error from articles where raw_sha256 = ?",
                     [victim["sha256"]])[0]
    assert error.startswith("raw page unreadable")
    (n,) = query(published, "select count(distinct raw_sha256) from facts")[0]
    assert n == len(rows) - 1  # the other pages' facts loaded


def test_a_corrupted_raw_file_heals_when_the_page_is_landed_again(tmp_path: Path) -> None:
    from extractors.landing import RawStore, RawStoreError

    store = RawStore(tmp_path)
    body = b"<html><body><p>BPJS Ketenagakerjaan</p></body></html>"
    first = store.land(url="https://a.example/x", source="s", body=body)
    first.path.write_bytes(b"bit rot")
    with pytest.raises(RawStoreError, match="corrupted"):
        store.read(first.sha256)
    again = RawStore(tmp_path).land(url="https://a.example/x", source="s", body=body)
    assert not again.new_row and store.read(first.sha256) == body
    assert os.listdir(first.path.parent) == [first.path.name]  # no temporary file left
