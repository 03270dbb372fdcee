"""The shortcuts that make page parsing fast change no result: each skips work only where the
work could not change the output."""

from __future__ import annotations

import random
import re
import string

import pytest

from extractors import html_dates
from extractors.html_text import CHROME_LINE_NEEDS, CHROME_LINES, _is_date_line, chrome_reason
from transforms.model import normalise_figures


def _reason_without_shortcuts(text: str) -> str | None:
    """chrome_reason as it reads without CHROME_LINE_NEEDS."""
    for name, pattern in CHROME_LINES:
        if pattern.match(text):
            return name
    return "date_line" if _is_date_line(text) else None


#: Pieces of chrome lines, prose and the characters a case-insensitive regex treats unlike
#: lower() (long s, dotless i, dotted capital I, Kelvin sign), glued at random below.
PIECES = (
    "google", "GOOGLE", "Google News", " news", "whatsapp", "WhatſApp", "WHATSAPP", "telegram",
    "Telegram", "channel", "Saluran", "Simak berita", "Ikuti kami di", "2023", "2021 | 09:41",
    "09:41", " WIB", " WITA", " WIT", "12", "Dilihat", "dilihat", "kali", "Oleh", "oleh : ",
    "Rep:", "red-", "Posted:", "diposting-", "Diunggah :", "uploader:", "ſ", "ı", "İ", "\u212a",
    " ", "\u00a0", "\t", ".", ",", "-", "|", "x", "peserta", "Kepala Cabang",
)


def test_chrome_line_needs_only_skip_lines_the_rule_cannot_match() -> None:
    rng = random.Random(13)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9)))
        assert chrome_reason(text) == _reason_without_shortcuts(text), text


def test_chrome_rules_use_no_flag_the_combined_regex_would_lose() -> None:
    """html_text joins the rules into one regex, carrying IGNORECASE alone per rule."""
    for name, pattern in CHROME_LINES:
        assert pattern.flags & ~(re.IGNORECASE | re.UNICODE) == 0, name


@pytest.mark.parametrize("name", sorted(CHROME_LINE_NEEDS))
def test_every_needs_entry_names_a_chrome_rule(name: str) -> None:
    assert name in dict(CHROME_LINES)


def test_words_the_needs_look_for_avoid_letters_with_case_twins_beyond_ascii() -> None:
    """A regex with IGNORECASE matches "s" to "ſ" and "i" to "ı", which lower() keeps apart;
    every other ASCII letter's case-insensitive matches lower() to that letter."""
    twins = {
        letter
        for letter in string.ascii_lowercase
        for c in ("ſ", "ı", "İ", "\u212a")
        if re.fullmatch(letter, c, re.IGNORECASE) and c.lower() != letter
    }
    assert twins == {"s", "i"}


def test_every_printed_date_shape_needs_a_year_of_19xx_or_20xx() -> None:
    """html_dates skips strings without "19" or "20": every shape must need such a year."""
    for pattern in (*html_dates.DATE_PATTERNS, html_dates.UTC_STAMP):
        assert "(?:19|20)\\d\\d" in pattern.pattern, pattern.pattern


@pytest.mark.parametrize(
    "text",
    ["72\u00a0450 orang", "88.\u00ad450", "55\u200d100", "“1.250 peserta”", "12\u2009500",
     "plain 12 500", "a\u00a0b", ""],
)
def test_normalise_figures_shortcuts_give_what_both_patterns_give(text: str) -> None:
    invisible = re.compile(r"(?<=[\d.,])[\u00ad\u200b-\u200d\u2060\ufeff]+(?=[\d.,])")
    spaced = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u2007\u2009\u200a\u202f]\d{3})+(?!\d)")
    spaces = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f", "."))
    expected = spaced.sub(lambda m: m.group(0).translate(spaces), invisible.sub("", text))
    assert normalise_figures(text) == expected


def test_sentence_ends_match_where_the_lookbehind_first_regex_did() -> None:
    """transforms.sentences._END_RE puts each branch's dot before its lookbehind (fast); the
    same ends are found as with the lookbehinds first."""
    from transforms.sentences import _END_RE

    lookbehind_first = re.compile(
        r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
        r"|(?<=[a-z]{2})\.(?=[A-Z][a-z]{2,})"
        r"|(?<=[a-z]{4})\.(?=\s+[a-z]{4,}\s)")
    pieces = ("a", "b", "Ab", "Sementara", "ini", ".", "..", "!", "?", "…", " ", "  ", '"', "'",
              "”", ")", "]", "(", "“", "A", "0", "9", "kerja", "Rp", "\u00a0", "\n")
    rng = random.Random(17)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        expected = [m.span() for m in lookbehind_first.finditer(text)]
        assert [m.span() for m in _END_RE.finditer(text)] == expected, text


@pytest.mark.parametrize(
    "page",
    [
        '<html><head><meta charset="iso-8859-1"><title>Bé</title></head><body><p>café “x”</p>',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>ĳ é 😀</p>',
        '<meta charset="utf-16"><p>é</p>',
        "<html><body><p>a\x00b</p><p>\x01\x02 c</p></body></html>",
        "<p>a\rb\r\nc</p>", "  <!doctype html><p>x", "<!doctype html>", "<x y='é",
        "<div>" * 3000 + "é", "<p>" + "é" * 50_000, "<table><td>é</td>", "<svg><p>\U0010ffff",
    ],
)
def test_a_utf8_page_parsed_from_its_bytes_gives_the_tree_of_its_text(page: str) -> None:
    """extractors.article._parse reads strict UTF-8 bytes directly: same tree, same error."""
    from lxml import etree

    from extractors.article import ArticleError, _parse

    def tree_or_error(*args: object) -> str:
        try:
            return etree.tostring(_parse(*args), encoding=str)
        except ArticleError as exc:
            return f"ArticleError: {exc}"

    assert tree_or_error(page, page.encode("utf-8")) == tree_or_error(page)


@pytest.mark.parametrize(
    ("body", "content_type", "exact"),
    [
        ("é".encode(), None, True),
        ("é".encode(), "text/html; charset=iso-8859-1", True),  # latin-1 label, UTF-8 bytes
        ("é".encode("utf-8-sig"), None, False),  # a byte-order mark
        ("é".encode("cp1252"), None, False),
        (b"<p>\xff\xfe\x80 caf\xc3\xa9</p>", "text/html; charset=utf-8", False),  # replaced
        ("é", None, False),
    ],
)
def test_decode_page_says_when_the_text_is_the_bytes_read_as_utf8(
    body: bytes | str, content_type: str | None, exact: bool
) -> None:
    from extractors.html_decode import decode_html, decode_page

    text, is_exact = decode_page(body, content_type)
    assert text == decode_html(body, content_type)
    assert is_exact is exact
    if exact:
        assert isinstance(body, bytes) and text == body.decode("utf-8")


def test_control_characters_are_counted_as_the_regex_counts_them() -> None:
    """extractors.article counts an ASCII head's control characters as bytes."""
    from extractors.article import _CONTROL, _control_count

    rng = random.Random(23)
    alphabet = [chr(c) for c in (*range(0x00, 0x21), 0x41, 0x7E, 0x7F, 0x80, 0xE9, 0x2028)]
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _control_count(text) == len(_CONTROL.findall(text)), repr(text)
