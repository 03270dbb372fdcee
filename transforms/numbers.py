"""Indonesian numbers: "170.607", "21,54 persen", "1,3 juta lebih", "Rp9,5 M", "sejuta", ranges.

Dots group thousands and commas mark decimals ("170.607" is a count, "40,89" a decimal); a dot
followed by one or two digits ("21.54") is read as a decimal point, as some sites print it.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

#: Scale words and abbreviations, longest spelling first ("M" and "T" count only after "Rp").
SCALES: tuple[tuple[str, float], ...] = (
    ("triliun", 1e12),
    ("miliyar", 1e9),
    ("milyar", 1e9),
    ("miliar", 1e9),
    ("juta", 1e6),
    ("ribu", 1e3),
    ("jt", 1e6),
    ("rb", 1e3),
    ("m", 1e9),
    ("t", 1e12),
)
_SCALE_VALUE = dict(SCALES)
#: Scale words that need a Rupiah sign before them to mean a scale ("Rp9,5 M").
_RUPIAH_ONLY_SCALES = frozenset({"m", "t"})

from transforms.lexicon import BIG as _BIG  # noqa: E402
from transforms.lexicon import HEDGE_BEFORE_RE, HEDGES_AFTER, HEDGES_BEFORE  # noqa: E402,F401
from transforms.lexicon import MULTIPLIERS as _MULTIPLIERS  # noqa: E402
from transforms.lexicon import SE_WORDS as _SE_WORDS  # noqa: E402
from transforms.lexicon import UNIT_WORDS as _UNIT_WORDS  # noqa: E402
from transforms.lexicon import VAGUE_WORDS as _VAGUE_WORDS  # noqa: E402

_DIGITS = r"\d(?:[\d.,]*\d)?"
_SCALE_ALT = r"(?i:triliun|miliyar|milyar|miliar|juta|ribu|jt\.?|rb\.?)|M|T"
_NUMBER_RE = re.compile(
    r"(?=[RI\d])(?P<rp>(?:Rp\.?|IDR)\s?)?"
    r"(?P<a>" + _DIGITS + r")"
    r"(?:\s?(?P<dash>-|–|—|s\.?d\.?|sampai|hingga)\s?(?P<b>" + _DIGITS + r"))?"
    r"(?:\s?(?P<scale>" + _SCALE_ALT + r")(?P<scale_an>an)?(?![A-Za-z]))?"
    r"(?P<suffix_an>-an)?"
    r"(?:\s?(?P<pct>(?i:persen|prosen)|%))?",
)
_BETWEEN_RE = re.compile(
    r"\bantara\s+(?P<a>" + _DIGITS + r")\s+(?:dan|hingga|sampai)\s+(?P<b>" + _DIGITS + r")"
    r"(?:\s?(?P<scale>" + _SCALE_ALT + r")(?![A-Za-z]))?(?:\s?(?P<pct>persen|%))?",
    re.IGNORECASE,
)
#: Substrings every number word contains one of: sentences with none skip the word scan.
_WORD_STEMS: tuple[str, ...] = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
                                "lapan", "sembilan", "puluh", "belas", "ratus", "ribu", "juta",
                                "liar", "lyar", "triliun", "tengah")
_IDIOM_BEFORE_RE = re.compile(r"\b(?:kaki|roda|ring|lantai|kelas|jilid)\s+$", re.IGNORECASE)
_RP_BEFORE_RE = re.compile(r"(?:Rp\.?|IDR)\s?$")
_WORD_TOKENS = "|".join(
    sorted([*_UNIT_WORDS, *_SE_WORDS, *_VAGUE_WORDS, *_MULTIPLIERS, *_BIG, "setengah"], key=len,
           reverse=True)
)
_WORDS_RE = re.compile(
    r"(?<![\w-])(?=[sdtelnrjmpb])(?:(?:" + _WORD_TOKENS + r")(?![\w-])\s*)+(?:(?P<pct>persen)\b)?",
    re.IGNORECASE,
)
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN_RE = re.compile(r"\d+(?:,\d+)?")
_DOT_DECIMAL_RE = re.compile(r"\d+\.\d{1,2}")
_COMMA_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_HEDGE_BEFORE_RE = HEDGE_BEFORE_RE
_HEDGE_BEFORE_STRIP_RE = re.compile(
    r"^(?:" + "|".join(re.escape(h) for h in HEDGES_BEFORE) + r")\s*", re.IGNORECASE
)
_HEDGE_AFTER_STRIP_RE = re.compile(r"\s+lebih$", re.IGNORECASE)
_HEDGE_AFTER_RE = re.compile(r"^\s*(?:lebih\b|-an\b)", re.IGNORECASE)
_DATE_TAIL_RE = re.compile(r"[/:]\d|-\d")
#: Numbers larger than this are not coverage figures of any country (guards 10^30 inputs).
MAX_VALUE = 1e15


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text, with its offsets, unit and hedge."""

    value: float
    start: int
    end: int
    text: str
    #: "percent", "idr" or None (a bare count or something else; the caller decides).
    unit: str | None
    approximate: bool
    #: Bounds of a range ("10-15 ribu"), else both equal to value.
    low: float
    high: float
    #: Spelt in words ("dua", "sejuta") rather than digits.
    in_words: bool = False
    #: A vague quantity such as "ribuan" or "puluhan ribu".
    vague: bool = False

    @property
    def is_range(self) -> bool:
        """True for "10-15 ribu" and "antara 10 dan 15 ribu"."""
        return self.low != self.high


def parse_digits(text: str) -> float | None:
    """The value of a digit group in Indonesian notation, or None when it is malformed."""
    t = text.strip()
    if _THOUSANDS_RE.fullmatch(t):
        whole, _, frac = t.partition(",")
        return float(whole.replace(".", "") + ("." + frac if frac else ""))
    if _PLAIN_RE.fullmatch(t):
        return float(t.replace(",", "."))
    if _DOT_DECIMAL_RE.fullmatch(t):
        return float(t)
    if _COMMA_THOUSANDS_RE.fullmatch(t):
        # "1,300,000": English grouping, seen on some pages; two or more groups make it certain.
        return float(t.replace(",", ""))
    return None


def _scale_of(word: str | None, rupiah: bool) -> float | None:
    """The multiplier of a scale word; "M"/"T" count only after a Rupiah sign."""
    if not word:
        return 1.0
    key = word.lower().rstrip(".")
    if key in _RUPIAH_ONLY_SCALES and not rupiah:
        return None
    return _SCALE_VALUE.get(key)


def parse_words(text: str) -> tuple[float, bool] | None:
    """Value of Indonesian number words ("dua puluh lima ribu", "setengah juta"), and vagueness."""
    words = text.lower().split()
    if not words:
        return None
    total = 0.0  # finished thousands/millions
    group = 0.0  # the hundreds and tens below the next scale word
    pending = 0.0  # a digit word waiting for "puluh", "ratus" or "belas"
    vague = False
    half = False
    for w in words:
        if w in _UNIT_WORDS:
            group += pending
            pending = _UNIT_WORDS[w]
        elif w in _SE_WORDS:
            v = _SE_WORDS[w]
            group += pending
            pending = 0
            if v >= 1000:
                total += (group or 1) * v if group else v
                group = 0
            else:
                group += v
        elif w in _VAGUE_WORDS and (group or pending):
            # "dua ratus ribuan", "tiga ribuan": a number hedged by "-an", no vague quantity
            # (it was read as 201.000; a probe article, 2026-12-03)
            base = group + pending
            scale = _VAGUE_WORDS[w]
            if scale >= 1000:
                total += base * scale
                group = 0
            else:
                group = base * scale
            pending = 0
        elif w in _VAGUE_WORDS:
            vague = True
            group = _VAGUE_WORDS[w]
        elif w == "setengah":
            half = True
        elif w == "belas":
            if not pending:
                return None
            group += 10 + pending
            pending = 0
        elif w in ("puluh", "ratus"):
            if not pending:
                return None
            group += pending * _MULTIPLIERS[w]
            pending = 0
        elif w in _BIG:
            base = group + pending + (0.5 if half else 0)  # "satu setengah juta": 1,5 juta
            if not base:
                return None
            total += base * _BIG[w]
            group = pending = 0
            half = False
        else:
            return None
    return None if half else (total + group + pending, vague)


def parse_number(text: str) -> float | None:
    """The value of one number phrase ("1,3 juta", "Rp 2,5 miliar", "sejuta", "40,89%"), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    t = " ".join(text.split())
    t = _HEDGE_AFTER_STRIP_RE.sub("", _HEDGE_BEFORE_STRIP_RE.sub("", t))
    m = _NUMBER_RE.fullmatch(t)
    if m:
        parsed = _value_of_match(m)
        return parsed[0] if parsed else None
    w = _WORDS_RE.fullmatch(t)
    if w:
        core = t[: w.start("pct")] if w.group("pct") else t
        parsed = parse_words(core)
        return parsed[0] if parsed else None
    return None


def _value_of_match(m: re.Match[str]) -> tuple[float, float, float] | None:
    """(value, low, high) of a digit match, None when malformed or absurd."""
    a = parse_digits(m.group("a"))
    if a is None:
        return None
    scale = _scale_of(m.group("scale"), bool(m.group("rp")))
    if scale is None:
        return None
    b = parse_digits(m.group("b")) if m.group("b") else None
    if m.group("b") and b is None:
        return None
    # Round away float noise: "8,2 miliar" is 8200000000, not 8199999999.999999.
    top = b if b is not None else a
    low = round(a * scale, 4) if scale != 1 else a
    high = round(top * scale, 4) if scale != 1 else top
    if not (math.isfinite(low) and math.isfinite(high)) or high > MAX_VALUE or low > high:
        return None
    value = (low + high) / 2
    return value, low, high


def _hedged(text: str, start: int, end: int) -> bool:
    """True when a hedge stands right before or after the number."""
    return bool(_HEDGE_BEFORE_RE.search(text[max(0, start - 24) : start])) or bool(
        _HEDGE_AFTER_RE.match(text[end : end + 8])
    )


def _inside(ranges: list[tuple[int, int]], position: int) -> bool:
    """Whether a position falls in one of sorted, disjoint ranges (bisect: linear pages)."""
    i = bisect.bisect_right(ranges, (position, math.inf)) - 1
    return i >= 0 and ranges[i][0] <= position < ranges[i][1]


class _Spans:
    """Spans taken by numbers found so far, for overlap tests in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.max_end: list[int] = []
        top = -1
        for _, e in self.spans:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a taken span starts before `end` and ends after `start`."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start


def _between_numbers(text: str) -> tuple[list[Number], list[tuple[int, int]]]:
    """Ranges written "antara 10 dan 20 persen", and the spans they take."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    for m in _BETWEEN_RE.finditer(text):
        a, b = parse_digits(m.group("a")), parse_digits(m.group("b"))
        scale = _scale_of(m.group("scale"), False)
        if a is None or b is None or scale is None or a > b:
            continue
        unit = "percent" if m.group("pct") else None
        found.append(
            Number((a + b) / 2 * scale, m.start(), m.end(), m.group(0), unit, True, a * scale,
                   b * scale)
        )
        taken.append((m.start(), m.end()))
    return found, taken


def find_numbers(text: str) -> list[Number]:
    """Every number in a sentence, in order, with unit, hedge and offsets; bad ones skipped."""
    found, taken = _between_numbers(text)
    ranges = list(taken)  # "antara 10 dan 20 persen": sorted, apart
    for m in _NUMBER_RE.finditer(text):
        if _inside(ranges, m.start()):
            continue
        if m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] in "/:-"):
            continue  # "PP44", "B/12", "18:24", "12-10-2024"
        if _DATE_TAIL_RE.match(text, m.end()):
            continue  # "(24/12)", "(9-10/12)", "12-10-2024", "18:24"
        parsed = _value_of_match(m)
        if parsed is None:
            continue
        value, low, high = parsed
        unit = "percent" if m.group("pct") else ("idr" if m.group("rp") else None)
        approx = (
            _hedged(text, m.start(), m.end())
            or bool(m.group("suffix_an"))
            or bool(m.group("scale_an"))
            or low != high
        )
        found.append(Number(value, m.start(), m.end(), m.group(0), unit, approx, low, high))
        taken.append((m.start(), m.end()))
    low = text.lower()
    words = _WORDS_RE.finditer(text) if any(w in low for w in _WORD_STEMS) else ()
    spans: _Spans | None = None
    for m in words:
        spans = spans or _Spans(taken)
        if spans.overlaps(m.start(), m.end()):
            continue  # "12 ribuan": the scale word belongs to the digits
        if _IDIOM_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "pedagang kaki lima", "kendaraan roda dua": words, not numbers
        core_end = m.start("pct") if m.group("pct") else m.end()
        core = text[m.start() : core_end].strip()
        parsed_w = parse_words(core)
        if parsed_w is None:
            continue
        value, vague = parsed_w
        start = m.start()
        end = m.end() if m.group("pct") else m.start() + len(core)
        unit = "percent" if m.group("pct") else None
        rp = _RP_BEFORE_RE.search(text, max(0, start - 5), start)
        if rp is not None and unit is None:
            start, unit = rp.start(), "idr"  # "Rp dua ratus juta"
        approx = vague or _hedged(text, start, end) or (
            len(core.split()) > 1 and core.split()[-1].lower() in _VAGUE_WORDS)
        found.append(
            Number(value, start, end, text[start:end], unit, approx, value, value,
                   in_words=True, vague=vague)
        )
    found.sort(key=lambda n: n.start)
    return found


def format_number(value: float, unit: str = "count") -> str:
    """Indonesian spelling ("170.607", "21,54 persen", "Rp 2.500.000"); parse_number inverts it."""
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"cannot format {value!r}: only finite non-negative values")
    rounded = round(value, 2)
    whole = int(rounded)
    frac = round(rounded - whole, 2)
    text = f"{whole:,}".replace(",", ".")
    if frac:
        text += "," + f"{frac:.2f}"[2:].rstrip("0")
    if unit == "percent":
        return text + " persen"
    if unit == "idr":
        return "Rp " + text
    return text


def format_scaled(value: float) -> str:
    """Short spelling with a scale word ("1,3 juta", "580 ribu"), as headlines write it."""
    for word, scale in (("triliun", 1e12), ("miliar", 1e9), ("juta", 1e6), ("ribu", 1e3)):
        if value >= scale and round(value / scale, 2) * scale == value:
            return format_number(value / scale) + " " + word
    return format_number(value)
