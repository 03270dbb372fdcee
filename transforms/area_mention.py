"""An area named in a sentence (`Mention`), and the word tokens names are read from."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.area_words import _NOT_NAMES, _TOKEN_RE
from transforms.gazetteer import AreaRecord


def _is_name(word: str) -> bool:
    """A capitalised word that can be a place name (not "Kepala", not an all-caps acronym)."""
    return word[:1].isupper() and word not in _NOT_NAMES and not (word.isupper() and len(word) > 4)


@dataclass(frozen=True, slots=True)
class Mention:
    """An area named in a sentence: the record, its spelling and offsets in the sentence."""

    record: AreaRecord
    start: int
    end: int
    text: str
    #: A type word ("Kabupaten", "Cabang", "Kanwil") fixed what the name means.
    explicit: bool
    #: Introduced by a locative ("di Bali", "di Provinsi Bengkulu"): the place the figure is about.
    locative: bool = False
    #: The office in a speaker's title ("Kepala BPJS Ketenagakerjaan Cabang Purwokerto, Sutriyono
    #: Ribowo, mengatakan", corpus 006): it says who speaks, not where the figures belong.
    speaker: bool = False

    @property
    def rank(self) -> int:
        """How strongly the mention says where a figure belongs: locative, explicit, bare."""
        if self.speaker:
            return -1
        return 2 if self.locative else (1 if self.explicit else 0)

    @property
    def placeholder(self) -> bool:
        """A bare "Pemkab"/"Pemkot"/"Pemprov": the regency/city/province the article is about."""
        return not self.record.name


def _tokens(sentence: str) -> list[tuple[str, int, int]]:
    """Word tokens with offsets (a dot after a word, as in "Kab.", is left out of it).

    "se-Jawa Tengah" is the prefix "se-" and the name: the token starts after the hyphen.
    """
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(sentence)]
    for k, (word, start, end) in enumerate(toks):
        if word[:3] in ("se-", "Se-"):
            toks[k] = (word[3:], start + 3, end)
    return toks


def _joined(sentence: str, toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """True when tokens i..j-1 are separated only by spaces (a name may not span a comma)."""
    for k in range(i, j - 1):
        gap = sentence[toks[k][2] : toks[k + 1][1]]
        if not gap or gap.strip(" \u00a0"):
            return False
    return True
