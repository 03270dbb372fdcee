"""The pipeline's steps, bare (no Prefect): pending pages, chunk processing, summaries."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from extractors.landing import RawStore
from flows import steps
from flows.settings import Settings, published_path_for
from transforms.rows import FACT_COLUMNS

SEED_PAGE_TEXT = (
    "<html><head><title>BPJamsostek Kediri</title>"
    '<meta property="article:published_time" content="2021-12-06T10:00:00+07:00"></head>'
    "<body><article><h1>BPJamsostek Kediri Kejar Target</h1><div class='entry-content'>"
    "<p>KBRN, Kediri: Kepala Cabang BPJamsostek Kediri mengatakan saat ini ada sebanyak "
    "667.892 tenaga kerja di wilayahnya.</p>"
    "<p>Hingga November 2021 jumlah pekerja yang terlindungi BPJS Ketenagakerjaan baru "
    "21,54 persen.</p></div></article></body></html>"
)


def land(store: RawStore, url: str, body: bytes, when: str, source: str = "rri") -> str:
    """Land a page and return its hash."""
    return store.land(url=url, source=source, body=body, fetched_at=when).sha256


def test_run_ids_sort_by_time_and_are_unique() -> None:
    a = steps.new_run_id(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    b = steps.new_run_id(dt.datetime(2026, 1, 2, tzinfo=dt.UTC))
    assert a < b
    assert a.startswith("20260101T000000Z-")
    assert steps.new_run_id() != steps.new_run_id()


def test_pending_takes_the_newest_version_of_each_article(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    old = land(store, "https://x.id/a", b"<p>old</p>", "2026-01-01T00:00:00Z")
    new = land(store, "https://x.id/a", b"<p>new</p>", "2026-01-02T00:00:00Z")
    other = land(store, "https://x.id/b", b"<p>b</p>", "2026-01-01T00:00:00Z", source="idola")
    pending = steps.pending_pages(store, processed=set())
    assert {p.sha256 for p in pending.pages} == {new, other}
    assert old not in {p.sha256 for p in pending.pages}
    assert (pending.landed, pending.superseded, pending.already_done) == (3, 1, 0)


def test_pending_skips_processed_and_filters_sources(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    a = land(store, "https://x.id/a", b"<p>a</p>", "2026-01-01T00:00:00Z")
    b = land(store, "https://x.id/b", b"<p>b</p>", "2026-01-01T00:00:00Z", source="idola")
    done = {(steps.article_id_for("https://x.id/a"), a)}
    assert [p.sha256 for p in steps.pending_pages(store, done).pages] == [b]
    only = steps.pending_pages(store, set(), ["rri"])
    assert [p.sha256 for p in only.pages] == [a]
    assert only.landed == 1


def test_a_corrupted_manifest_line_is_reported_not_fatal(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    land(store, "https://x.id/a", b"<p>a</p>", "2026-01-01T00:00:00Z")
    with (tmp_path / "manifest.jsonl").open("a") as fh:
        fh.write('{"sha256": "nothex", "url": \n')
    pending = steps.pending_pages(store, set())
    assert len(pending.pages) == 1
    assert pending.manifest_errors and "line 2" in pending.manifest_errors[0]


def test_chunks_cover_everything_in_order() -> None:
    assert list(steps.chunks(list(range(5)), 2)) == [[0, 1], [2, 3], [4]]
    assert list(steps.chunks([], 3)) == []


def test_process_chunk_keeps_a_row_for_every_page(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    good = land(store, "https://rri.co.id/kediri/1", SEED_PAGE_TEXT.encode(), "2026-01-01T00:00Z")
    garbage = land(store, "https://rri.co.id/x", bytes(range(256)) * 40, "2026-01-01T00:00Z")
    corrupt = land(store, "https://rri.co.id/y", b"<p>will be damaged</p>", "2026-01-01T00:00Z")
    store.page_path(corrupt).write_bytes(b"<p>tampered</p>")
    pages = steps.pending_pages(store, set()).pages
    result = steps.process_chunk(str(tmp_path), pages, "run-1")
    by_sha = {a["raw_sha256"]: a for a in result.articles}
    assert set(by_sha) == {good, garbage, corrupt}
    assert by_sha[good]["error"] is None
    assert by_sha[good]["relevant"] is True
    assert by_sha[garbage]["error"] and by_sha[corrupt]["error"]
    assert "raw page unreadable" in by_sha[corrupt]["error"]
    assert len(result.errors) == 2
    values = sorted(f["value"] for f in result.facts)
    assert values == [21.54, 667892.0]
    assert all(f["run_id"] == "run-1" and f["raw_sha256"] == good for f in result.facts)


def test_summary_markdown_lists_every_source() -> None:
    from flows.summary import summary_markdown

    tallies = {"rri": steps.SourceTally(pages=2, facts_loaded=5),
               "idola": steps.SourceTally(status="failed", fetch_failed=1, found=4,
                                          skipped={"no_keyword": 3})}
    md = summary_markdown("run-1", "nightly", tallies, ["idola: connection refused"])
    assert "| idola | failed | 4 | 3 |" in md
    assert "| rri | ok | 0 | 0 | 0 | 0 | 0 | 2 | 5 | 0 | 0 | 0 |" in md
    assert "- idola: connection refused" in md


def test_settings_read_the_environment_then_flags(tmp_path: Path) -> None:
    env = {"CAKUPAN_WAREHOUSE": str(tmp_path / "w.duckdb"), "CAKUPAN_WORKERS": "3"}
    s = Settings.from_env(env)
    assert s.warehouse == tmp_path / "w.duckdb"
    assert s.published == tmp_path / "w.published.duckdb"
    assert s.workers == 3
    assert Settings.from_env(env, workers=1).workers == 1
    assert published_path_for(Path("x/cakupan.duckdb")) == Path("x/cakupan.published.duckdb")
    with pytest.raises(ValueError, match="task runner"):
        Settings.from_env({}, task_runner="spark")


def test_an_unreadable_raw_page_is_tried_again_until_it_heals(tmp_path: Path) -> None:
    from warehouse.db import connect
    from warehouse.load import load_batch, processed_pages

    store = RawStore(tmp_path / "raw")
    body = SEED_PAGE_TEXT.encode()
    sha = land(store, "https://rri.co.id/kediri/1", body, "2026-01-01T00:00Z")
    store.page_path(sha).write_bytes(b"<p>damaged on disk</p>")
    con = connect(tmp_path / "w.duckdb")

    def run_once(run_id: str) -> int:
        pending = steps.pending_pages(store, processed_pages(con, steps.PARSER_VERSION))
        result = steps.process_chunk(str(tmp_path / "raw"), pending.pages, run_id)
        verdict_good = steps.frame(result.facts, FACT_COLUMNS)
        batch = steps.build_batch(run_id, result.articles, verdict_good,
                                  steps.frame([], (*FACT_COLUMNS, "reasons", "severity")),
                                  pending.pages)
        return load_batch(con, batch).inserted

    assert run_once("run-1") == 0
    key = (steps.article_id_for("https://rri.co.id/kediri/1"), sha)
    assert key not in processed_pages(con, steps.PARSER_VERSION)  # not done: try again
    store.land(url="https://rri.co.id/kediri/1", source="rri", body=body)  # heals the file
    assert run_once("run-2") == 2
    assert key in processed_pages(con, steps.PARSER_VERSION)
    error = con.execute("select error from articles").fetchone()[0]
    assert error is None
    con.close()


@dataclasses.dataclass
class _Run:
    """The fields of a run summary that decide its status."""

    sources: dict
    facts_quarantined: int = 0


@pytest.mark.parametrize(
    ("tallies", "quarantined", "status"),
    [
        ({"a": steps.SourceTally(pages=2)}, 0, "ok"),
        ({}, 0, "ok"),  # nothing to do
        ({"a": steps.SourceTally(pages=2)}, 3, "partial"),  # issue 16: quarantined facts
        ({"a": steps.SourceTally(pages=2), "b": steps.SourceTally(status="failed")}, 0,
         "partial"),  # a source down, the others loaded
        ({"a": steps.SourceTally(status="failed", pages_held_back=5)}, 0, "failed"),
        ({"a": steps.SourceTally(status="failed", pages_held_back=5),
          "b": steps.SourceTally(pages=1)}, 0, "partial"),  # one source held, one loaded
    ],
)
def test_run_status_is_decided_in_one_place(tallies: dict, quarantined: int, status: str) -> None:
    from flows.summary import run_status

    assert run_status(_Run(tallies, quarantined)) == status


def test_skips_are_named_and_a_source_that_kept_nothing_is_a_warning_with_a_hint() -> None:
    from flows.summary import kept_none_warnings, skip_lines

    tallies = {
        "slugless": steps.SourceTally(found=3, skipped={"no_keyword": 3}),
        "busy": steps.SourceTally(found=9, skipped={"older_than_since": 2, "robots": 1}),
        "capped": steps.SourceTally(found=4, cut_by_limit=True),
        "quiet": steps.SourceTally(),
    }
    assert skip_lines(tallies) == [
        "busy: discovery skipped 3 of 9 URLs found: 2 older than --since, "
        "1 disallowed by robots.txt",
        "capped: discovery kept 4 URLs; stopped at max_pages / --limit, later entries not read",
        "slugless: discovery skipped 3 of 3 URLs found: 3 no keyword in URL or title",
    ]
    (warning,) = kept_none_warnings(tallies)
    assert warning.startswith("slugless: discovery found 3 URLs but kept none (3 no keyword")
    assert 'url_filter = "none"' in warning and "keywords" in warning
    old = {"old": steps.SourceTally(found=2, skipped={"older_than_since": 2})}
    assert "widen it" in kept_none_warnings(old)[0]


def test_data_docs_go_beside_the_warehouse_given(tmp_path: Path) -> None:
    given = Settings.from_env({}, warehouse=tmp_path / "w" / "x.duckdb")
    assert given.docs_dir == tmp_path / "w" / "gx" / "data_docs"
    from_env = Settings.from_env({"CAKUPAN_WAREHOUSE": str(tmp_path / "y.duckdb")})
    assert from_env.docs_dir == tmp_path / "gx" / "data_docs"
    chosen = Settings.from_env({"CAKUPAN_DOCS_DIR": str(tmp_path / "d")},
                               warehouse=tmp_path / "z.duckdb")
    assert chosen.docs_dir == tmp_path / "d"
    assert Settings().docs_dir == Settings().warehouse.parent / "gx" / "data_docs"
