"""raw/ landing: content-addressed pages, unique manifest rows, atomic appends, verified reads."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
from pathlib import Path

import pytest

from extractors.landing import RawStore, RawStoreError


def land(store: RawStore, body: bytes, url: str = "http://a.test/1", **kw: object):
    return store.land(url=url, source="demo", body=body, **kw)


def test_pages_are_named_by_hash_and_rows_unique_on_sha_and_url(tmp_path: Path) -> None:
    store = RawStore(tmp_path / "raw")
    body = b"<html>BPJS Ketenagakerjaan</html>"
    sha = hashlib.sha256(body).hexdigest()
    first = land(store, body, etag='"v1"', content_type="text/html")
    again = land(store, body)
    other_url = land(store, body, url="http://a.test/copy")
    assert first.path == tmp_path / "raw" / "pages" / sha[:2] / f"{sha}.html"
    assert first.path.read_bytes() == body
    assert (first.new_file, first.new_row) == (True, True)
    assert (again.new_file, again.new_row) == (False, False)
    assert (other_url.new_file, other_url.new_row) == (False, True)
    rows = list(store.iter_manifest())
    assert [(r.sha256, r.url) for r in rows] == [
        (sha, "http://a.test/1"),
        (sha, "http://a.test/copy"),
    ]
    assert len(rows) == len({(r.sha256, r.url) for r in rows})
    assert rows[0].size == len(body) and rows[0].etag == '"v1"' and rows[0].final_url == rows[0].url
    assert list(tmp_path.glob("raw/pages/*/.*")) == []  # no temporary files left behind


def test_a_new_store_on_the_same_root_remembers_keys_and_validators(tmp_path: Path) -> None:
    land(RawStore(tmp_path), b"one", etag='"e1"', last_modified="Sat, 21 Nov 2026 00:00:00 GMT")
    land(RawStore(tmp_path), b"two", etag='"e2"')
    store = RawStore(tmp_path)
    assert store.validators_for("http://a.test/1") == ('"e2"', None)
    assert store.validators_for("http://a.test/unknown") == (None, None)
    assert land(store, b"two").new_row is False  # the latest bytes again: nothing new
    assert len(list(store.iter_manifest())) == 2
    # the page went back to its first bytes: that fetch is its current version (issue 17)
    assert land(store, b"one").new_row is True
    assert len(list(store.iter_manifest())) == 3


def test_read_verifies_the_hash(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    result = land(store, b"original bytes")
    assert store.read(result.sha256) == b"original bytes"
    result.path.write_bytes(b"tampered bytes")
    with pytest.raises(RawStoreError, match="corrupted"):
        store.read(result.sha256)
    with pytest.raises(RawStoreError, match="not in"):
        store.read("0" * 64)
    with pytest.raises(RawStoreError, match="not a sha256"):
        store.read("../../etc/passwd")


def test_corrupted_manifest_lines_are_reported_and_skipped(tmp_path: Path, caplog) -> None:
    store = RawStore(tmp_path)
    land(store, b"one")
    with store.manifest_path.open("ab") as fh:
        fh.write(b'{"sha256": "broken\n[1, 2]\n{"url": "no other fields"}\n')
    land(RawStore(tmp_path), b"two", url="http://a.test/2")
    problems: list[tuple[int, str]] = []
    rows = list(RawStore(tmp_path).iter_manifest(on_error=lambda n, why: problems.append((n, why))))
    assert [r.url for r in rows] == ["http://a.test/1", "http://a.test/2"]
    assert [n for n, _ in problems] == [2, 3, 4]
    with caplog.at_level(logging.WARNING):
        assert len(list(RawStore(tmp_path).iter_manifest())) == 2
    assert "manifest.jsonl line 2 skipped" in caplog.text


def test_an_append_after_a_torn_line_starts_on_a_new_line(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    land(store, b"one")
    with store.manifest_path.open("ab") as fh:
        fh.write(b'{"sha256": "half a li')  # a writer killed mid-line
    land(RawStore(tmp_path), b"two", url="http://a.test/2")
    lines = store.manifest_path.read_bytes().splitlines()
    assert json.loads(lines[-1])["url"] == "http://a.test/2"
    assert len(list(RawStore(tmp_path).iter_manifest(on_error=lambda n, w: None))) == 2


def _append_attempts(root: str, worker: int) -> None:
    store = RawStore(root)
    for i in range(100):
        store.record_attempt(
            url=f"http://a.test/{worker}/{i}",
            source="demo",
            attempt=1,
            status=200,
            message="x" * 3000,
        )


def test_attempt_appends_from_processes_never_interleave(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_append_attempts, args=(str(tmp_path), w)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=20)
    lines = (tmp_path / "attempts.jsonl").read_bytes().splitlines()
    assert len(lines) == 400
    assert len({json.loads(line)["url"] for line in lines}) == 400


def test_attempts_and_stats_per_source(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    land(store, b"one")
    store.record_attempt(
        url="http://a.test/1",
        source="demo",
        attempt=1,
        status=200,
        time="2026-11-21T01:00:00Z",
        duration=0.123456,
    )
    store.record_attempt(
        url="http://a.test/2",
        source="demo",
        attempt=1,
        error_kind="timeout",
        message="ReadTimeout",
        time="2026-11-21T01:00:05Z",
    )
    store.record_attempt(
        url="http://b.test/1",
        source="other",
        attempt=2,
        status=500,
        error_kind="http_5xx",
        message="server error 500",
        time="2026-11-21T02:00:00Z",
    )
    attempts = list(store.iter_attempts())
    assert attempts[0]["duration"] == 0.1235 and attempts[0]["error_kind"] is None
    assert attempts[1]["status"] is None and attempts[1]["error_kind"] == "timeout"
    stats = store.stats()
    assert stats["demo"].pages_landed == 1
    assert stats["demo"].last_fetch == "2026-11-21T01:00:05Z"
    assert stats["demo"].last_error == "2026-11-21T01:00:05Z timeout: ReadTimeout"
    assert stats["other"].pages_landed == 0 and "http_5xx" in (stats["other"].last_error or "")


def test_a_failed_page_write_leaves_no_file_under_the_final_name(
    tmp_path: Path, monkeypatch
) -> None:
    store = RawStore(tmp_path)

    def boom(fd: int) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="disk on fire"):
        land(store, b"never whole")
    sha = hashlib.sha256(b"never whole").hexdigest()
    assert not store.page_path(sha).exists()
    assert list((tmp_path / "pages").rglob("*")) == [store.page_path(sha).parent]
    assert not store.manifest_path.exists()


def test_manifest_rows_share_their_repeated_strings(tmp_path: Path) -> None:
    # A run holds every pending manifest row in memory: equal fields must not be separate copies.
    store = RawStore(tmp_path)
    store.land(url="https://a.id/1", source="rri", body=b"<p>1</p>", content_type="text/html")
    store.land(url="https://a.id/2", source="rri", body=b"<p>2</p>", content_type="text/html",
               final_url="https://a.id/2b")
    first, second = RawStore(tmp_path).iter_manifest()
    assert first.final_url is first.url
    assert second.final_url == "https://a.id/2b"
    assert first.source is second.source and first.content_type is second.content_type
    assert [r.to_dict() for r in (first, second)] == [
        json.loads(line) for line in store.manifest_path.read_text().splitlines()]
