"""The article the issue-13 shape tests wrap a paraphrase in, and the facts read from it."""

from __future__ import annotations

import datetime as dt

from transforms.extract import extract
from transforms.text import article_from_text

TAIL = " Kepesertaan BPJS Ketenagakerjaan terus dijaga."


def facts_of(
    body: str, title: str = "BPJS Ketenagakerjaan paparkan capaian kepesertaan"
) -> set[tuple[str, str, str, float, bool]]:
    """(area, metric, segment, value, is_target) of a body under a headline on coverage."""
    text = title + "\n\n" + body + TAIL
    facts = extract(article_from_text(text), published=dt.date(2025, 3, 1)).facts
    return {(f.area, f.metric, f.segment, f.value, f.is_target) for f in facts}
