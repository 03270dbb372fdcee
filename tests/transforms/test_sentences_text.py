"""Sentence splitting with offsets, and plain-text articles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.sentences import normalise_space, split_sentences
from transforms.text import article_from_text

SPLIT_CASES = [
    ("Satu kalimat. Dua kalimat.", ["Satu kalimat.", "Dua kalimat."]),
    ("Dana Rp. 5 juta dibayar. Lalu selesai.", ["Dana Rp. 5 juta dibayar.", "Lalu selesai."]),
    ("Ada 170.607 peserta dan 21,54 persen. Baik.", ["Ada 170.607 peserta dan 21,54 persen.",
                                                      "Baik."]),
    ("Di Kab. Demak ada 10 ribu. Itu banyak.", ["Di Kab. Demak ada 10 ribu.", "Itu banyak."]),
    ("Editor: M. Nur Chakim", ["Editor: M. Nur Chakim"]),
    ("“Sudah 58 persen. Masih kurang,” katanya.", ["“Sudah 58 persen.", "Masih kurang,” katanya."]),
    ("Baris satu\nBaris dua", ["Baris satu", "Baris dua"]),
    ("Pps. Deputi Direktur hadir.", ["Pps. Deputi Direktur hadir."]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@given(st.text())
def test_offsets_always_point_into_the_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_non_breaking_spaces_are_normalised() -> None:
    assert normalise_space("jumlah\u00a0 pemberi  kerja\n") == "jumlah pemberi kerja"


def test_article_from_text() -> None:
    text = ">\n\nJudul Berita\n\nParagraf satu.\nBaris dua.\n\u00a0\n\nParagraf dua.\n"
    a = article_from_text(text)
    assert a.title == "Judul Berita"
    assert a.paragraphs == ("Paragraf satu.\nBaris dua.", "Paragraf dua.")
    assert a.text.startswith("Judul Berita\n\nParagraf satu.")


@pytest.mark.parametrize("text", ["", "   \n\n  ", ">\n"])
def test_article_from_empty_text(text: str) -> None:
    a = article_from_text(text)
    assert a.title == "" and a.paragraphs == ()


def test_article_from_text_refuses_bytes() -> None:
    with pytest.raises(TypeError, match="must be str"):
        article_from_text(b"bytes")  # type: ignore[arg-type]


def test_a_lost_space_between_two_sentences_still_splits() -> None:
    # written for the test: real pages sometimes print "...di Ambon.Sementara itu, ..."
    texts = [s.text for s in split_sentences("Acara digelar di Ambon.Sementara itu, peserta naik "
                                             "menjadi 8.400 orang.")]
    assert texts == ["Acara digelar di Ambon.", "Sementara itu, peserta naik menjadi 8.400 orang."]


@pytest.mark.parametrize("text", [
    "Dikutip dari Kompas.com dan Beritasorong.id pada hari ini.",
    "Kab.Sorong mencatat 1.200 peserta baru.",
    "Kantornya di Jl.Pemuda nomor dua.",
])
def test_domains_and_abbreviations_without_a_space_do_not_split(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]
