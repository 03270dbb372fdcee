"""The types shared by every stage: an article going in, facts coming out.

These are the contracts between the folders: `extractors/` produces `Article`,
`transforms/` turns it into an `Extraction`, `expectations/` and `warehouse/` consume
`Fact` rows. Keep them plain, frozen and free of I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

#: The vocabularies of the fact's fields (shared/DESIGN.md, seeds/gold).
AREA_TYPES: tuple[str, ...] = (
    "national",
    "regional_office",
    "province",
    "regency",
    "city",
    "branch",
    "district",
    "village",
    "other",
)
METRICS: tuple[str, ...] = (
    "participants",
    "workforce",
    "employed",
    "unemployed",
    "employers",
    "coverage_rate",
    "benefits_paid",
    "claims",
)
SEGMENTS: tuple[str, ...] = (
    "all",
    "wage_earner",
    "non_wage_earner",
    "construction",
    "migrant",
    "formal",
    "informal",
    "vulnerable",
    "village_apparatus",
    "non_civil_servant",
    "other",
)
UNITS: tuple[str, ...] = ("count", "percent", "idr")

#: Separator between the title and the paragraphs, and between paragraphs, in `Article.text`.
PARAGRAPH_SEP = "\n\n"



#: Invisible marks that split a figure in two when left in it ("88.&shy;450", "55&zwj;100"):
#: soft hyphen, zero-width space, non-joiner and joiner, word joiner, BOM.
_INVISIBLE_IN_FIGURE_RE = re.compile(r"(?<=[\d.,])[\u00ad\u200b-\u200d\u2060\ufeff]+(?=[\d.,])")
#: A figure whose digit groups are set apart by a no-break, thin, narrow or figure space
#: ("72&nbsp;450", "61&thinsp;200"): the typographer's thousands separator.
_SPACED_FIGURE_RE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u2007\u2009\u200a\u202f]\d{3})+(?!\d)")
#: Cheap tests (one scan, no lookbehind at every position) for texts the two above cannot change.
_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_FIGURE_SPACE_RE = re.compile(r"[\u00a0\u2007\u2009\u200a\u202f]")
_FIGURE_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f", "."))


def normalise_figures(text: str) -> str:
    """Text with figures made whole before anything collapses spaces or reads numbers.

    Invisible marks inside a figure are dropped, and special spaces between its digit groups
    become the Indonesian thousands dot: "72&nbsp;450" is 72.450, never 72 and 450.
    """
    if text.isascii():
        return text  # both patterns need a character beyond ASCII to change anything
    if _INVISIBLE_RE.search(text):
        text = _INVISIBLE_IN_FIGURE_RE.sub("", text)
    if not _FIGURE_SPACE_RE.search(text):
        return text  # a figure without a special space is replaced by itself
    return _SPACED_FIGURE_RE.sub(lambda m: m.group(0).translate(_FIGURE_SPACES), text)

@dataclass(frozen=True, slots=True)
class Article:
    """A news article reduced to what the parser reads: title, date, clean paragraphs."""

    title: str
    paragraphs: tuple[str, ...]
    #: The page's publication date when the page or its metadata states it (None if unknown).
    published: dt.date | None = None
    #: Canonical URL of the page, if known (None for a plain-text file).
    url: str | None = None
    #: Dateline text as printed ("SEMARANG, suaramerdeka-kedu.com -"), if the extractor saw one.
    dateline: str | None = None
    #: Raw date strings seen on the page (bylines, meta tags), kept for inference and debugging.
    date_hints: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The article text that evidence offsets point into: title, blank line, paragraphs."""
        return PARAGRAPH_SEP.join((self.title, *self.paragraphs))


@dataclass(frozen=True, slots=True)
class Fact:
    """One coverage figure from one article, with the sentence it was read from."""

    area: str
    area_type: str
    metric: str
    segment: str
    value: float
    unit: str
    is_target: bool
    target_year: int | None
    #: The period the figure describes: "YYYY-MM-DD", "YYYY-MM", "YYYY" or None.
    as_of: str | None
    approximate: bool
    #: The sentence (or list item) holding the figure, whitespace normalised.
    evidence: str
    #: Character offsets of the evidence sentence in `Article.text` (end exclusive).
    start: int
    end: int
    #: Offsets of the number itself in `Article.text`, and its spelling there.
    value_start: int = -1
    value_end: int = -1
    value_text: str = ""
    #: The area as spelt in the article ("Pemkab Demak"), and its official code if known.
    area_mention: str = ""
    area_code: str | None = None
    #: Reconciliation and plausibility flags ("parts_exceed_total", ...), never silent fixes.
    flags: tuple[str, ...] = ()
    #: The rules that decided the fact, "decision:rule" in order (metric, segment, target,
    #: period, area): the trace an analyst reads to learn why the figure came out.
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (flags as a list)."""
        d = asdict(self)
        d["flags"] = list(self.flags)
        d["rules"] = list(self.rules)
        return d


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the parser made of one article: relevance, the resolved date, the facts."""

    relevant: bool
    #: Why the article is or is not about BPJS Ketenagakerjaan coverage.
    relevance_reason: str
    #: The publication date used to resolve periods ("saat ini", "tahun depan").
    published: dt.date | None
    #: Where `published` came from: "page", "text", "weekday", "given" or "unknown".
    published_source: str
    facts: tuple[Fact, ...] = ()
    #: Article-level notes (reconciliation mismatches, dropped candidates worth a look).
    notes: tuple[str, ...] = field(default=())
