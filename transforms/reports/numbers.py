"""Numbers as official tables write them: the separator's meaning depends on the unit.

"1.233" is a count with a thousands dot (Banjarmasin), "7.69" a percent with a decimal point
(the same portal), "5,748" a count with a thousands comma next to "72,81" a percent with a
decimal comma (Lima Puluh Kota, one table), "9.511,57" Indonesian style (BPS SIMDASI).
`-`, `n/a` and empty cells are missing: no fact, never a zero.
"""

from __future__ import annotations

import re

#: Cell texts that mean "no figure" (SOURCES.md §4.2).
MISSING: frozenset[str] = frozenset(
    {"", "-", "–", "—", "n/a", "na", "n.a", "n.a.", "...", "…", "x", "tt", "t.t", "*", "null",
     "none", "nan"}
)
#: How a source writes numbers when the page does not say: decided per cell by the unit.
NUMBER_FORMATS: tuple[str, ...] = ("auto", "id", "en")

_NUMBER_RE = re.compile(r"^[+-]?\d[\d.,]*$")
_GROUPED_RE = re.compile(r"^\d{1,3}(?:([.,])\d{3})+$")


class NumberError(ValueError):
    """A cell that is neither a number nor a missing marker."""


def is_missing(text: object) -> bool:
    """True for an empty cell or a missing marker (`-`, `n/a`, ...)."""
    if text is None:
        return True
    if isinstance(text, float) and text != text:  # NaN from pandas
        return True
    return str(text).strip().lower() in MISSING


def parse_number(text: object, *, count: bool, number_format: str = "auto") -> float | None:
    """The value of a cell (None when missing); `count` says whether the unit is a count.

    auto: a count's separators followed by groups of three digits are thousands ("1.233",
    "5,748"); a percent's single separator is decimal ("7.69", "72,81"); with both separators the
    last one is the decimal mark ("9.511,57"). "id" and "en" fix the marks for the whole source.
    """
    if isinstance(text, bool):
        raise NumberError(f"not a number: {text!r}")
    if isinstance(text, int | float):
        return None if text != text else float(text)
    if is_missing(text):
        return None
    raw = str(text).strip().replace("\u00a0", "").replace(" ", "")
    raw = raw.rstrip("%")
    if not _NUMBER_RE.match(raw):
        raise NumberError(f"not a number: {text!r}")
    sign = -1.0 if raw.startswith("-") else 1.0
    digits = raw.lstrip("+-")
    if number_format == "id":
        return sign * float(digits.replace(".", "").replace(",", "."))
    if number_format == "en":
        return sign * float(digits.replace(",", ""))
    if number_format != "auto":
        raise NumberError(f"unknown number format {number_format!r}")
    return sign * _auto(digits, count=count)


def _auto(digits: str, *, count: bool) -> float:
    """The value of unsigned digits with separators, reading them by unit and digit groups."""
    has_dot, has_comma = "." in digits, "," in digits
    if has_dot and has_comma:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(digits.replace(thousands, "").replace(decimal, "."))
    if not (has_dot or has_comma):
        return float(digits)
    sep = "." if has_dot else ","
    grouped = _GROUPED_RE.match(digits)
    if count and grouped:
        return float(digits.replace(sep, ""))
    if digits.count(sep) > 1:
        if grouped:
            return float(digits.replace(sep, ""))
        raise NumberError(f"not a number: {digits!r} (several {sep!r} but not thousands groups)")
    return float(digits.replace(sep, "."))
