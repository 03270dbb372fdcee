"""Round two of hardening (issue 17): what an adversarial probe of the landed main broke.

Each test failed before its fix; docs/faults.md's table names them. Most run the product's own
functions on private folders; the ones about fetching use the local mirror on 127.0.0.1.
"""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.landing import RawStore
from flows import steps
from flows.status import run_flow
from tests.reports.sample import REPORT_DOCUMENTS, REPORT_FACTS
from transforms.sentences import split_sentences

pytestmark = pytest.mark.table_case

KEDIRI = ("<html><head><title>BPJS Ketenagakerjaan Kediri</title></head><body><article>"
          "<h1>BPJS Ketenagakerjaan Kediri</h1><p>{}</p></article></body></html>")
GOOD_PAGE = KEDIRI.format("Hingga Oktober 2026 jumlah peserta BPJS Ketenagakerjaan di Kabupaten "
                          "Kediri mencapai 98.450 orang.")


def figures_paragraph(n: int, seed: int = 1) -> str:
    """One paragraph holding n figures and no sentence end (the probe's 65 KB page)."""
    rnd = random.Random(seed)
    words = ["peserta", "pekerja", "Kediri", "sebanyak", "orang", "dan", "mencapai"]
    parts = [f"{rnd.choice(words)} {rnd.randint(1000, 99999):,} {rnd.choice(words)}"
             .replace(",", ".") for _ in range(n)]
    return "Jumlah peserta BPJS Ketenagakerjaan di Kediri " + ", ".join(parts) + "."


def test_a_paragraph_of_thousands_of_figures_is_read_in_bounded_sentences() -> None:
    text = "BPJS Ketenagakerjaan Kediri\n\n" + figures_paragraph(8_000)
    sentences = split_sentences(text)
    assert max(len(s.text) for s in sentences) <= 1_000  # transforms.sentences.MAX_SENTENCE
    # the pieces still cover the paragraph, in order, without overlap
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
    assert sum(len(s.text) for s in sentences) >= len(text) - 2 * len(sentences) - 2


def test_a_page_over_its_time_budget_gets_an_article_row_and_the_chunk_goes_on(
        tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    hostile = store.land(url="https://x.id/hostile", source="rri",
                         body=KEDIRI.format(figures_paragraph(20_000)).encode()).sha256
    good = store.land(url="https://x.id/good", source="rri", body=GOOD_PAGE.encode()).sha256
    pages = steps.pending_pages(store, set()).pages
    result = steps.process_chunk(str(tmp_path), pages, "run-1", page_seconds=1.0)
    errors = {a["raw_sha256"]: a["error"] for a in result.articles}
    assert errors[hostile].startswith(steps.OVER_BUDGET), errors[hostile]
    assert errors[good] is None
    assert [f["value"] for f in result.facts if f["raw_sha256"] == good] == [98450.0]
    assert not [f for f in result.facts if f["raw_sha256"] == hostile]


def figure_page(value: str) -> bytes:
    """A Kediri article stating one participants figure."""
    return KEDIRI.format("Hingga Oktober 2026 jumlah peserta BPJS Ketenagakerjaan di Kabupaten "
                         f"Kediri mencapai {value} orang.").encode()


def process_and_load(store: RawStore, con: object, run_id: str) -> int:
    """One offline run's processing, without Prefect: pending pages parsed and loaded."""
    from transforms.rows import FACT_COLUMNS
    from warehouse.load import load_batch, processed_pages

    pending = steps.pending_pages(store, processed_pages(con, steps.PARSER_VERSION))
    if not pending.pages:
        return 0
    result = steps.process_chunk(str(store.root), pending.pages, run_id)
    batch = steps.build_batch(run_id, result.articles, steps.frame(result.facts, FACT_COLUMNS),
                              steps.frame([], (*FACT_COLUMNS, "reasons", "severity")),
                              pending.pages)
    load_batch(con, batch)
    return len(pending.pages)


def test_a_page_that_returns_to_an_earlier_version_ends_at_its_latest_fetch(
        tmp_path: Path) -> None:
    from warehouse.db import connect

    store, con = RawStore(tmp_path / "raw"), connect(tmp_path / "w.duckdb")
    url = "https://x.id/kediri"
    for n, (value, when) in enumerate((("98.450", "2026-11-01T00:00:00Z"),
                                       ("12.345", "2026-11-02T00:00:00Z"),
                                       ("98.450", "2026-11-03T00:00:00Z"))):
        landed = store.land(url=url, source="rri", body=figure_page(value), fetched_at=when)
        assert landed.new_row, f"fetch {n + 1} of {value} was not recorded as the latest"
        assert process_and_load(RawStore(tmp_path / "raw"), con, f"run-{n}") == 1
        assert con.execute("select value from facts").fetchall() == [
            (float(value.replace(".", "")),)]
    con.close()


def test_a_new_url_with_the_bytes_of_a_processed_page_is_processed(tmp_path: Path) -> None:
    from warehouse.db import connect

    store, con = RawStore(tmp_path / "raw"), connect(tmp_path / "w.duckdb")
    store.land(url="https://x.id/a", source="rri", body=figure_page("98.450"))
    assert process_and_load(store, con, "run-1") == 1
    store.land(url="https://x.id/b", source="rri", body=figure_page("98.450"))  # a mirror URL
    assert process_and_load(store, con, "run-2") == 1
    urls = con.execute("select url, n_facts from articles order by url").fetchall()
    assert urls == [("https://x.id/a", 1), ("https://x.id/b", 1)]
    assert process_and_load(store, con, "run-3") == 0  # and then both are done
    con.close()


def record_run(master: Path, run_id: str) -> None:
    """A run that committed its end in the master (what a run does before it publishes)."""
    from warehouse.db import connect
    from warehouse.runs import finish_run, start_run

    con = connect(master)
    start_run(con, run_id, "ingest-source", None, {})
    finish_run(con, run_id, "ok", {}, [])
    con.execute("checkpoint")
    con.close()


def test_a_published_copy_behind_the_master_or_broken_is_never_nothing_to_do(
        tmp_path: Path) -> None:
    from warehouse.publish import publish

    master, published, raw = tmp_path / "w.duckdb", tmp_path / "w.published.duckdb", tmp_path
    record_run(master, "20261101T000000Z-aaaaaa")
    publish(master, published)
    assert steps.nothing_to_do(master, published, raw, None) == 0  # in step: nothing to do
    record_run(master, "20261102T000000Z-bbbbbb")  # its publish failed (full disk, a reader)
    assert steps.nothing_to_do(master, published, raw, None) is None  # behind: run, publish
    publish(master, published)
    assert steps.nothing_to_do(master, published, raw, None) == 0
    for broken in (b"", b"\x00garbage" * 4096):
        published.write_bytes(broken)
        assert steps.nothing_to_do(master, published, raw, None) is None, broken[:8]


@pytest.mark.usefixtures("prefect_harness")
def test_a_failed_publish_fails_the_run_and_the_next_run_publishes(tmp_path: Path) -> None:
    from flows.pipeline import ingest_source
    from flows.settings import Settings
    from tests.hardening.harness import query, sample_raw
    from warehouse.errors import WarehouseError

    settings = Settings.from_env({}, raw_dir=sample_raw(tmp_path), warehouse=tmp_path / "w.duckdb",
                                 prefect_home=tmp_path / "prefect", data_docs=False)
    settings.published.mkdir()  # the copy cannot be renamed into place
    (settings.published / "in-the-way").write_text("x", encoding="utf-8")
    with pytest.raises(WarehouseError, match="publish"):
        ingest_source(settings=settings, offline=True)
    ((status, errors),) = query(settings.warehouse, "select status, errors from runs")
    assert status == "failed" and any("publish failed" in e for e in errors), (status, errors)
    (settings.published / "in-the-way").unlink()
    settings.published.rmdir()
    second = run_flow(ingest_source, settings=settings, offline=True)
    assert second.status == "ok" and second.published
    assert query(settings.published, "select count(*) from facts") == [(37 + REPORT_FACTS,)]
    assert steps.nothing_to_do(settings.warehouse, settings.published, settings.raw_dir,
                               None, settings.sources_file) == 5 + REPORT_DOCUMENTS


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`cakupan ARGS` in a child, as a user runs it."""
    from tests.hardening.harness import REPO

    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=REPO,
                          env={**{k: v for k, v in os.environ.items()
                                  if not k.startswith("CAKUPAN_")}, **(env or {})})


def published_warehouse(root: Path) -> Path:
    """A master with one run, and its published copy; returns the master's path."""
    from warehouse.publish import publish

    master = root / "w.duckdb"
    record_run(master, "20261101T000000Z-aaaaaa")
    publish(master, root / "w.published.duckdb")
    return master


def test_cakupan_query_cannot_read_or_write_files_or_load_extensions(tmp_path: Path) -> None:
    master = published_warehouse(tmp_path)
    manifest = tmp_path / "raw" / "manifest.jsonl"
    manifest.parent.mkdir()
    manifest.write_text('{"sha256": "x"}\n', encoding="utf-8")
    before = (master.read_bytes(), manifest.read_bytes())
    for sql in ("select * from read_text('/etc/passwd')",
                f"copy (select 'x') to '{master}'",
                f"copy (select 'x') to '{manifest}' (format csv)",
                f"attach '{tmp_path / 'other.duckdb'}' as other",
                "set enable_external_access = true",
                "load sqlite_scanner"):
        proc = cli("query", sql, "--warehouse", str(master))
        assert proc.returncode == 2, (sql, proc.stdout, proc.stderr)
        assert "root:" not in proc.stdout and "Traceback" not in proc.stderr, sql
    assert (master.read_bytes(), manifest.read_bytes()) == before
    assert not (tmp_path / "other.duckdb").exists()
    refused = cli("query", f"copy (select 'x') to '{tmp_path / 'x.csv'}'", "--warehouse",
                  str(master))
    assert "cakupan export" in refused.stderr
    proc = cli("query", "select count(*) from runs", "--warehouse", str(master), "--format",
               "csv")
    assert proc.returncode == 0 and proc.stdout.splitlines()[-1] == "1", proc.stderr


def test_no_connection_lets_duckdb_download_an_extension(tmp_path: Path) -> None:
    import sqlite3

    from warehouse.db import connect

    master = published_warehouse(tmp_path)
    published = tmp_path / "w.published.duckdb"
    for path, how in ((master, {}), (published, {"read_only": True}),
                      (published, {"analyst": True})):
        con = connect(path, **how)
        setting = "select current_setting('autoinstall_known_extensions')"
        assert con.execute(setting).fetchall() == [(False,)], how
        con.close()
    lite = tmp_path / "s.db"
    sqlite3.connect(lite).close()
    lite.write_bytes(lite.read_bytes() or b"SQLite format 3\x00" + b"\x00" * 4080)
    (tmp_path / "s.published.db").write_bytes(lite.read_bytes())
    proc = cli("query", "select 1", "--warehouse", str(lite))
    assert proc.returncode == 2 and "download" not in proc.stderr.lower(), proc.stderr


SPLIT_FIGURES = " ".join(
    f"Hingga Oktober 2026 jumlah peserta BPJS Ketenagakerjaan di Kabupaten {area} mencapai "
    f"{figure} orang." for area, figure in (
        ("Kediri", "72{nbsp}450"), ("Blitar", "88.{shy}450"), ("Tulungagung", "61{thin}200"),
        ("Nganjuk", "55{zwj}100"), ("Madiun", "44{nnbsp}300")))
WHOLE = {72450.0, 88450.0, 61200.0, 55100.0, 44300.0}


def test_marks_and_special_spaces_inside_a_figure_never_split_it() -> None:
    from extractors.article import parse_html
    from transforms.extract import extract
    from transforms.text import article_from_text

    html = KEDIRI.format(SPLIT_FIGURES.format(nbsp="&nbsp;", shy="&shy;", thin="&thinsp;",
                                              zwj="&zwj;", nnbsp="&#8239;"))
    text = "BPJS Ketenagakerjaan Kediri\n\n" + SPLIT_FIGURES.format(
        nbsp="\u00a0", shy="\u00ad", thin="\u2009", zwj="\u200d", nnbsp="\u202f")
    for article in (parse_html(html.encode()), article_from_text(text)):
        values = {f.value for f in extract(article).facts}
        assert values == WHOLE, sorted(values)
