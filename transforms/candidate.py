"""One number of a sentence as the rules see it: the number and every text window they read.

The windows are bounded (`WINDOW` characters each side of the number), so reading a number
costs the same in a short sentence and in a page-long run of figures: extraction stays linear
in the size of the page. The decisions (`decide_*.py`) read only this object.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from transforms import rules
from transforms.cues import continues
from transforms.lexicon import CLAUSE_BREAKS, CLAUSE_END_RE
from transforms.numbers import Number

#: Characters each side of a number that any rule may read (a sentence's figures further away
#: than this do not see each other). Real sentences are far shorter.
WINDOW = 400

_RIGHT_HEAD_RE = re.compile(
    r"^[^,;.:()“”\"]*?(?=[,;.:()“”\"]|\b(?:dan|serta|atau|yang|dari|untuk|dengan|sedangkan|"
    r"sementara|di|pada|hingga|sampai|per|kata|ujar|jelas|tutur|menjadi|ke|mencapai|sebanyak|"
    r"sebesar|sejumlah|naik|turun|meningkat|bisa|akan|sudah|telah|baru|masih|pada)\b|$)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\S+")
_RUPIAH_AFTER_RE = re.compile(r"^\s*rupiah\b", re.IGNORECASE)
_DENOMINATOR_RE = re.compile(r"(?:persen|%)\s+dari\s+(?:sekitar\s+|kurang\s+lebih\s+|total\s+|"
                             r"jumlah\s+)*$", re.IGNORECASE)
_ROSE_FROM = (r"\b(?:naik|turun|meningkat|bertambah|berkurang|tumbuh)\s+(?:dari|"
              r"(?:dibandingkan|dibanding)\b[^;.]{0,40}?\byang\s+(?:mencapai|sebanyak|sebesar|"
              r"sejumlah|tercatat|hanya|baru))\s*$")
#: Words right before an earlier value a figure rose or fell from: "58.300 orang, naik dari
#: 41.200 orang pada akhir 2023", "187.340 orang, turun dibandingkan Desember 2023 yang mencapai
#: 195.120" (probe articles, 2026-12-03).
ROSE_FROM_RE = re.compile(_ROSE_FROM, re.IGNORECASE)
#: The same measure again: "dari X pada 2023 menjadi Y", or the value it rose from.
_BECOMES_RE = re.compile(r"^[^,;.]{0,30}\b(?:menjadi|jadi)\s*$|^[^;.]{0,20}" + _ROSE_FROM,
                         re.IGNORECASE)
#: "lalu Lampung 1,02 juta, ..."; "Diikuti Jambi dengan 98 ribu orang dan ..." (issue 13: a
#: ranking goes on place by place, the people noun optional).
_LIST_GOES_ON_RE = re.compile(r"\s*(?:(?:orang|peserta|pekerja|tenaga\s+kerja)\b\s*)?"
                              r"(?:$|[,;.]|dan\b|serta\b|lalu\b)", re.IGNORECASE)
_AREA_LED_RE = re.compile(r"\s*(?:paling\s+(?:banyak|sedikit)\s+)?(?:dengan|:)?\s*",
                          re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def in_sentence(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a pattern occurs anywhere in a sentence, searched once per sentence."""
    return pattern.search(text) is not None


@functools.lru_cache(maxsize=8192)
def spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a pattern matches in a sentence (starts, ends), found once for all its numbers."""
    found = [m.span() for m in pattern.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def last_end(found: tuple[tuple[int, ...], tuple[int, ...]], lo: int, hi: int) -> int:
    """The last match end within [lo, hi] of a match that starts at or after lo, or -1."""
    starts, ends = found
    i = bisect.bisect_right(ends, hi) - 1
    return ends[i] if i >= 0 and starts[i] >= lo else -1


@dataclass(frozen=True, slots=True)
class Reading:
    """What the rules made of one number (kept for the numbers after it in the sentence)."""

    number: Number
    metric: str
    segment: str
    unit: str
    is_target: bool
    approximate: bool
    #: End of the phrase the number heads (the number and the nouns after it).
    phrase_end: int


def right_head(right: str) -> str:
    """The nouns right after a number, up to a clause break or a linking word."""
    m = _RIGHT_HEAD_RE.match(right)
    if not m:
        return ""
    words = list(_WORD_RE.finditer(m.group(0)))
    return m.group(0)[: words[4].end()] if len(words) > 5 else m.group(0)


@dataclass(slots=True)
class Where:
    """The article around a sentence: state carried forward, the sentence's places and periods."""

    state: Any
    pub: dt.date | None
    #: This sentence's area mentions (after the walker's own-area and territory adjustments).
    mentions: list[Any]
    #: The area a later sentence establishes, for a figure nothing has placed yet.
    lookahead: Any
    #: The sentence's periods (position, period, kind), the table row's later cells left out.
    periods: tuple[tuple[int, str | None, str], ...]
    #: The facts already read from this sentence.
    facts: list[Any] = field(default_factory=list)


class Candidate:
    """A number of a sentence with its text windows and the figures read before it."""

    def __init__(self, text: str, n: Number, prev: Reading | None, nxt: int,
                 context: tuple[str, str], back: tuple[str, str] | None, covered: bool,
                 where: Where | None = None) -> None:
        self.text, self.n, self.prev, self.context, self.covered = text, n, prev, context, covered
        self.where = where
        lo = max(0, n.start - WINDOW)
        phrase_start = prev.phrase_end if prev else 0
        #: The sentence before the number (at most WINDOW characters).
        self.before = text[lo : n.start]
        #: The last 40 characters before the number (what stands right before it).
        self.near = text[max(0, n.start - 40) : n.start]
        #: The words since the last figure's phrase.
        self.left = text[max(phrase_start, lo) : n.start]
        cut = max(self.before.rfind(c) for c in CLAUSE_BREAKS) + 1 + lo
        #: The clause before the number, from the last comma, bracket or quote.
        self.clause_left = text[max(cut, phrase_start) : n.start]
        #: The words after the number, up to the next number that may be a figure.
        self.right = text[n.end : min(nxt, n.end + WINDOW)]
        self.right_end = n.end + len(self.right)
        #: The clause after the number, up to a break or a conjunction.
        self.right_clause = CLAUSE_END_RE.split(text[n.end : n.end + WINDOW], maxsplit=1)[0]
        self.clause = self.clause_left + " " + self.right_clause
        #: The nouns the number heads.
        self.head = right_head(self.right)
        self.unit = n.unit or ("idr" if _RUPIAH_AFTER_RE.match(self.right) else "count")
        self._back = back
        #: Decisions made so far, by name, for the rules of later decisions.
        self.memo: dict[str, Any] = {}

    @functools.cached_property
    def linked(self) -> Reading | None:
        """A previous figure this one restates ("17 persen atau 3.062.280 pekerja")."""
        prev = self.prev
        return prev if prev is not None and rules.OR_LINK.search(self.left) else None

    @functools.cached_property
    def continues(self) -> Reading | None:
        """The previous figure when the words since it only continue its list."""
        return self.prev if self.prev is not None and continues(self.left) else None

    @functools.cached_property
    def parts_of(self) -> Reading | None:
        """The previous count when this number breaks it down or restates it later."""
        prev, unit = self.prev, self.unit
        if prev is None or prev.unit != "count":
            return None
        if rules.PARTS_OF.search(self.left) or (unit == "idr" and prev.metric == "claims") or (
                unit == "count" and rules.IS_PART.match(self.right)) or (
                # "dari 30.100 orang pada 2023 menjadi 33.900 orang": the same measure, later
                unit == "count" and _BECOMES_RE.search(self.left)):
            return prev
        return None

    @functools.cached_property
    def back(self) -> tuple[str, str] | None:
        """The total the sentence refers back to, unless this number is a denominator."""
        if _DENOMINATOR_RE.search(self.before[-80:]):
            return None  # "20 persen dari kurang lebih 190 ribu pekerja" (dev 020)
        return self._back

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Whether the pattern occurs anywhere in the sentence (cached per sentence)."""
        return in_sentence(pattern, self.text)


def led_by_area(text: str, mentions: list[Any], n: Number) -> bool:
    """True when an area's name stands right before the number ("lalu Lampung 1,02 juta")."""
    if not _LIST_GOES_ON_RE.match(text, n.end):
        return False
    lo = n.start - WINDOW
    return any(lo <= m.end <= n.start and _AREA_LED_RE.fullmatch(text[m.end : n.start])
               for m in mentions)


#: "N peserta di A dan M di B": the figure, then only its own place, then the clause ends.
_PLACED_AFTER_RE = re.compile(r"\s+di\s+$")
_OWN_PLACE_AFTER_RE = re.compile(r"\s+(?:orang\s+)?di\s+")
#: The words after such a figure: only its place, to the end of the sentence or clause.
ONLY_ITS_PLACE_RE = re.compile(r"\s+(?:orang\s+)?di\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                               r"\s*(?:$|[.,;]|dan\b|serta\b)")
_PLACE_ENDS_CLAUSE_RE = re.compile(r"\s*(?:$|[,;.]|dan\b|serta\b)")
_PARALLEL_JOIN_RE = re.compile(
    r"\s*(?:,\s*(?:(?:dan|serta|sedangkan|sementara|lalu|kemudian)\s+)?|"
    r"(?:dan|serta|sedangkan|sementara|lalu|kemudian)\s+)$", re.IGNORECASE)


def placed_in_parallel(text: str, mentions: list[Any], prev_end: int, n: Number) -> bool:
    """True for the second figure of "4,2 juta peserta di Provinsi A dan 3,9 juta di Provinsi
    B": the place after each figure is its own, the second figure names no measure."""
    after = next((m for m in mentions if m.start >= n.end), None)
    if after is None or not _OWN_PLACE_AFTER_RE.fullmatch(text, n.end, after.start) or \
            not _PLACE_ENDS_CLAUSE_RE.match(text, after.end):
        return False
    return any(prev_end <= m.start and m.end <= n.start and _PLACED_AFTER_RE.search(
        text, prev_end, m.start) and _PARALLEL_JOIN_RE.fullmatch(text, m.end, n.start)
        for m in mentions)


def hedge_before(text: str, n: Number) -> bool:
    """True when a hedge stands right before the number ("sekitar 17 persen atau ...")."""
    from transforms.lexicon import HEDGE_BEFORE_RE

    return bool(HEDGE_BEFORE_RE.search(text[max(0, n.start - 24) : n.start]))


def denominator_before(text: str, position: int) -> bool:
    """True when the 80 characters before a position end on "N persen dari"."""
    return bool(_DENOMINATOR_RE.search(text[max(0, position - 80) : position]))
