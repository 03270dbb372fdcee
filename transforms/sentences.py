"""Sentences and list items of an article, with character offsets into `Article.text`.

A dot ends a sentence only when whitespace and a capital, digit or quote follow, and the word
before it is not an abbreviation ("Rp.", "No.", "Kab.", "Pps.", initials "M."). Digits never split:
"170.607" and "21,54" have no whitespace after their separators; a dot between a lower-case word
and a capitalised one ("Ambon.Sementara") is a lost space. Lines are blocks of their own
(a byline, a list item), and blank lines separate paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words that end with a dot without ending a sentence (compared lower-case, without the dot).
ABBREVIATIONS: frozenset[str] = frozenset({
    "rp", "no", "nomor", "kab", "kec", "kel", "prov", "pps", "plt", "plh", "pj", "pjs", "dr",
    "drs", "dra", "ir", "h", "hj", "prof", "st", "jl", "jln", "dll", "dsb", "dkk", "tbk", "pt",
    "cv", "sdr",
    "bpk", "ibu", "kh", "ust", "s", "m", "se", "sh", "mh", "mm", "msi", "si", "spd", "amd", "skm",
    "mt", "ms", "vs", "tel", "telp", "hlm", "ybs", "a", "b", "c", "d", "e", "f", "g", "i", "j", "k",
    "l", "n", "o", "p", "q", "r", "t", "u", "v", "w", "x", "y", "z", "sd", "s.d", "kol", "let",
    "mayjen", "brigjen", "kompol", "ipda", "aiptu", "bripka", "akp", "iptu",
})
_BLOCK_RE = re.compile(r"[^\n]+")
#: Sentence ends. Every branch starts with its end mark and looks behind after it, never before:
#: the regex then skips ahead to the next [.!?…] instead of trying lookbehinds at every character.
_END_RE = re.compile(
    r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
    # "... di Palembang.Sementara itu, ...": a space lost between two sentences of real pages
    # (a lower-case word, its dot, a capitalised word); "Kompas.com", "Rp.500" do not split
    r"|\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2,})"
    # "... dari total 5 juta pekerja. kepesertaan untuk ...": a capital lost at a sentence's
    # start (real pages); a short word before the dot ("hal.", "jt.") may be an abbreviation
    r"|\.(?<=[a-z]{4}\.)(?=\s+[a-z]{4,}\s)")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_SPACE_RE = re.compile(r"\s+")
_ITEM_NUMBER_RE = re.compile(r"\s*\d{1,2}[.)]")
#: The longest sentence the extractor is given. Every labelled sentence is under 400 characters;
#: a longer run of text with no sentence end (a hostile page: 8,000 figures in one paragraph) is
#: cut at clause breaks, so the work per sentence is bounded and extraction stays linear.
MAX_SENTENCE = 1000


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence or list item: its text as printed and where it sits."""

    text: str
    start: int
    end: int
    #: Index of the paragraph in `Article.text` (0 = the title).
    paragraph: int
    #: Index of the line (block) in the whole text, counting from 0.
    block: int

    @property
    def evidence(self) -> str:
        """The sentence with whitespace (non-breaking spaces included) normalised."""
        return normalise_space(self.text)


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace, U+00A0 included, to one space."""
    return _SPACE_RE.sub(" ", text.replace("\u00a0", " ")).strip()


def _is_abbreviation(block: str, dot: int) -> bool:
    """True when the word before the dot at `dot` is an abbreviation or an initial."""
    m = _WORD_BEFORE_RE.search(block[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) <= 2 and "." in m.group(1))


def split_block(block: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one line, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(block):
        if block[m.start()] == "." and _is_abbreviation(block, m.start()):
            continue
        if _ITEM_NUMBER_RE.fullmatch(block[start : m.end()]):
            continue  # "2. Penerima upah: 141.300 orang": the number of a list item
        spans.extend(_bounded(block, start, m.end()))
        start = m.end()
    spans.extend(_bounded(block, start, len(block)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = block[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            out.append((s + lead, e - trail))
    return out


def _bounded(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut into pieces of at most MAX_SENTENCE characters, at a clause break
    (", ", "; "), else at a space, else anywhere: per-sentence work must stay bounded."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(block.rfind(", ", start, limit), block.rfind("; ", start, limit)) + 1
        if cut <= start + MAX_SENTENCE // 2:
            cut = block.rfind(" ", start + 1, limit)
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of an article text, in order, with offsets into that text."""
    if not isinstance(text, str) or not text:
        return []
    sentences: list[Sentence] = []
    paragraph = 0
    last_end = 0
    for block_no, m in enumerate(_BLOCK_RE.finditer(text)):
        paragraph += text.count("\n\n", last_end, m.start()) if last_end else 0
        last_end = m.end()
        block = m.group(0)
        for s, e in split_block(block):
            sentences.append(
                Sentence(block[s:e], m.start() + s, m.start() + e, paragraph, block_no)
            )
    return sentences
