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
