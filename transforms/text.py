"""Plain-text articles: headline on the first line, paragraphs split on blank lines."""

from __future__ import annotations

import re

from transforms.model import Article, normalise_figures

_BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0\u200b\r]*\n")
_HAS_WORD_RE = re.compile(r"[^\W\d_]{2}")


def article_from_text(text: str) -> Article:
    """An `Article` from plain text; every paragraph is kept, chrome is left to the rules.

    Lines before the headline that hold no word (a stray ">" in seed 004) are not a headline.
    """
    if not isinstance(text, str):
        raise TypeError(f"article text must be str, not {type(text).__name__}")
    text = normalise_figures(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    lines = text.split("\n")
    head = 0
    while head < len(lines) and not _HAS_WORD_RE.search(lines[head]):
        head += 1
    if head == len(lines):
        return Article(title="", paragraphs=())
    title = " ".join(lines[head].split())
    rest = "\n".join(lines[head + 1 :])
    paragraphs = tuple(
        "\n".join(line.strip() for line in chunk.strip().split("\n") if line.strip())
        for chunk in _BLANK_LINE_RE.split(rest)
        if chunk.replace("\u00a0", " ").replace("\u200b", "").strip()
    )
    return Article(title=title, paragraphs=paragraphs)
