"""Round two of hardening (issue 17): what an adversarial probe of the landed main broke.

Each test failed before its fix; docs/faults.md's table names them. Most run the product's own
functions on private folders; the ones about fetching use the local mirror on 127.0.0.1.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from extractors.landing import RawStore
from flows import steps
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
