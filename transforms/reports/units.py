"""Units official tables state in a title, a header or a `satuan` column."""

from __future__ import annotations

import re

#: A multiplier written in a title: "(Ribu Jiwa)" means thousands of people (SOURCES.md §4.5).
_SCALES: tuple[tuple[str, float], ...] = (
    ("triliun", 1e12), ("miliar", 1e9), ("milyar", 1e9), ("juta", 1e6), ("ribu", 1e3),
)
_BRACKET_RE = re.compile(r"\(([^()]*)\)")
#: Words of a `satuan` that mean each unit of the fact model.
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "percent": ("%", "persen", "percent"),
    "idr": ("rupiah", "rp"),
    "count": ("orang", "jiwa", "perusahaan", "pekerja", "peserta", "badan usaha", "tenaga kerja",
              "kasus", "unit", "ribu", "juta", "psrh"),
}


def title_scale(title: str | None) -> float:
    """The multiplier a title's bracket states ("(Ribu Jiwa)" → 1000), 1 when none."""
    for inside in _BRACKET_RE.findall(title or ""):
        low = inside.lower()
        for word, scale in _SCALES:
            if re.search(rf"\b{word}\b", low):
                return scale
    return 1.0


def unit_of(text: str | None) -> str | None:
    """The fact unit a stated unit means ("orang" → count, "%" → percent), None if unknown."""
    low = (text or "").strip().lower()
    if not low:
        return None
    for unit, words in UNIT_WORDS.items():
        if any(w == low or re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", low) for w in words):
            return unit
    return None
