"""Full disks, impossible warehouse paths, corrupted manifest rows and raw files.

A full disk is simulated two ways: raw/manifest.jsonl as a symlink to /dev/full (every append
gets ENOSPC), and RLIMIT_FSIZE on a `cakupan run` child with SIGXFSZ ignored (every write past
the limit gets EFBIG). We run as root, so an impossible warehouse path is one under a regular
file or under /proc, where no permission bit can help.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flows.settings import Settings
from tests.hardening.harness import REPO, child_env, landed_pages_intact, manifest, query
from tests.httpmirror import MirrorServer

pytestmark = pytest.mark.table_case

#: The warehouse file may not grow past this in the EFBIG child (DuckDB needs far more).
FSIZE_LIMIT = 300_000

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


def sample_raw(root: Path) -> Path:
    """A private copy of the shipped raw/ sample (five landed seed pages)."""
    shutil.copytree(REPO / "raw", root / "raw")
    return root / "raw"


#: The crawl in a child whose files may not pass RAW_FSIZE_LIMIT (the kedu pages are ~27 kB).
CRAWL_CHILD = """
import json, sys
from extractors.crawl import crawl_source
from extractors.landing import RawStore
from extractors.sources import load_sources
(source,) = load_sources(sys.argv[1])
print(json.dumps(crawl_source(source, RawStore(sys.argv[2])).to_dict()))
"""
RAW_FSIZE_LIMIT = 20_000


def _limit_raw_file_size() -> None:
    """In the crawl child: page writes get EFBIG, the small log lines still fit."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (RAW_FSIZE_LIMIT, RAW_FSIZE_LIMIT))


def _limit_file_size() -> None:
    """In the child: writes past FSIZE_LIMIT fail with EFBIG instead of killing the process."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FSIZE_LIMIT, FSIZE_LIMIT))


@pytest.fixture(scope="module")
def cli_children(api_url: str, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[dict[str, subprocess.CompletedProcess[str]]]:
    """Three `cakupan run --offline` children, started together (they share nothing)."""
    root = tmp_path_factory.mktemp("paths")
    (root / "a-file").write_text("not a folder", encoding="utf-8")
    cases = {
        "under_a_file": root / "a-file" / "w.duckdb",
        "under_proc": Path("/proc/cakupan-hardening/w.duckdb"),
        "efbig": root / "efbig" / "w.duckdb",
    }
    procs = {}
    for name, warehouse in cases.items():
        case = root / name
        case.mkdir()
        raw = sample_raw(case)
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", "--offline", "--no-docs",
             "--raw-dir", str(raw), "--warehouse", str(warehouse)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
            env=child_env(case, api_url),
            preexec_fn=_limit_file_size if name == "efbig" else None,
        )
    done = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        done[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    done["efbig_dir"] = root / "efbig"  # type: ignore[assignment]
    yield done


@pytest.mark.parametrize("case", ["under_a_file", "under_proc"])
def test_an_impossible_warehouse_path_is_a_clear_error(
    cli_children: dict[str, Any], case: str
) -> None:
    proc = cli_children[case]
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("cakupan: error: ")
    assert "Traceback" not in proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


@pytest.mark.usefixtures("prefect_harness")
def test_a_full_disk_under_the_warehouse_is_a_clear_error_and_heals(
    cli_children: dict[str, Any]
) -> None:
    from flows.pipeline import ingest_source

    proc = cli_children["efbig"]
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "Traceback" not in out
    assert proc.stderr.startswith("cakupan: error: the run stopped writing "), out
    assert "File too large" in proc.stderr
    folder = cli_children["efbig_dir"]
    assert len(landed_pages_intact(folder / "raw")) == 5  # the raw pages are untouched
    assert not (folder / "w.published.duckdb").exists()
    # Space is back: the next run finds the committed load in the log and publishes it.
    summary = ingest_source(settings=settings_for(folder), offline=True)
    assert summary.status == "ok", summary.errors
    assert query(folder / "w.published.duckdb",
                 "select count(distinct raw_sha256) from facts")[0][0] == 5


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
            text=True, cwd=REPO, timeout=60, preexec_fn=_limit_raw_file_size)
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
    summary = ingest_source(settings=settings_for(tmp_path), offline=True)
    assert summary.status == "ok"
    errors = "\n".join(summary.errors)
    assert "raw/manifest.jsonl line 6: not JSON" in errors
    assert "raw/manifest.jsonl line 7: not JSON" in errors
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
