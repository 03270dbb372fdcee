"""Area and period shapes of real news (issue 13, helper r13b), each on a made-up paraphrase in
other words and other places than the article that revealed it."""

from __future__ import annotations

from transforms.extract import extract
from transforms.text import article_from_text


def facts_of_text(text: str) -> list[tuple]:
    """(area, metric, value, as_of) of each fact of a plain-text article."""
    return [(f.area, f.metric, f.value, f.as_of)
            for f in extract(article_from_text(text)).facts]


def test_an_undated_stock_is_dated_to_the_publication_month() -> None:
    text = ("Perlindungan Pekerja di Kota Palu\n\nKamis, 12 Maret 2026\n\n"
            "Jumlah peserta BPJS Ketenagakerjaan di Kota Palu mencapai 41.000 orang.\n")
    assert facts_of_text(text) == [("Palu", "participants", 41_000.0, "2026-03")]


def test_an_undated_stock_in_an_undated_article_stays_unknown() -> None:
    text = ("Perlindungan Pekerja di Kota Palu\n\n"
            "Jumlah peserta BPJS Ketenagakerjaan di Kota Palu mencapai 41.000 orang.\n")
    assert facts_of_text(text) == [("Palu", "participants", 41_000.0, None)]
