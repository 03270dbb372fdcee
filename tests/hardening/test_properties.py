"""Properties the owners' suites do not cover yet: the page-date, feed-date and Retry-After
parsers, charset decoding, the attempt-log redaction, the manifest reader and the whole
parse-one-page step never raise on any input, and parse what they format.

(Numbers, text dates and periods: tests/transforms/test_numbers.py, test_dates.py,
test_periods.py; the article extractor: tests/extractors/test_article.py::test_fuzz_*.)
"""

from __future__ import annotations

import datetime as dt
import email.utils
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors.feeds import parse_date as feed_date
from extractors.html_dates import MONTHS, date_from_url, parse_date_text
from extractors.html_decode import decode_html
from extractors.landing import RawStore, redact
from extractors.politeness import retry_after_seconds
from flows.steps import PageRef, process_page

pytestmark = pytest.mark.table_case

NOW = dt.datetime(2026, 11, 21, 12, tzinfo=dt.UTC)
INDONESIAN_MONTHS = [name for name, _ in sorted(
    ((n, m) for n, m in MONTHS.items() if n in {
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
        "september", "oktober", "november", "desember"}), key=lambda nm: nm[1])]
DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
HTMLISH = st.lists(st.sampled_from(
    ["<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<article>", "<h1>", "</h1>",
     "<title>", "</title>", "<script>", "<!--", "-->", "<meta charset='utf-16'>", "&amp;",
     "BPJS Ketenagakerjaan", "12.500 pekerja", "Rp 1,2 triliun", "per Oktober 2026",
     "Kabupaten Magelang", "\x00", "\ufffd", "<![CDATA[", "]]>", "<?xml?>", "\n\n"]),
    max_size=60).map("".join)


@given(st.text())
def test_page_and_feed_date_parsers_never_raise(text: str) -> None:
    for result in (parse_date_text(text), date_from_url(text), feed_date(text)):
        assert result is None or isinstance(result, dt.date)


@given(DAYS, st.sampled_from(["iso", "byline", "slashes", "url", "feed_iso", "feed_rfc822"]))
def test_date_parsers_parse_what_pages_and_feeds_print(day: dt.date, shape: str) -> None:
    month = INDONESIAN_MONTHS[day.month - 1].capitalize()
    printed = {
        "iso": f"{day.isoformat()}T10:00:00+07:00",
        "byline": f"Jumat, {day.day} {month} {day.year} 10:15 WIB",
        "slashes": f"({day.day}/{day.month}/{day.year})",
        "url": f"https://example.id/read/{day:%Y/%m/%d}/123/slug",
        "feed_iso": f"{day.isoformat()}T23:59:00+07:00",
        "feed_rfc822": email.utils.format_datetime(
            dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC)),
    }[shape]
    parse = {"url": date_from_url, "feed_iso": feed_date, "feed_rfc822": feed_date}.get(
        shape, parse_date_text)
    assert parse(printed) == day


@example("\xb2")  # a latin-1 superscript two: isdigit() yet not a number (it raised)
@given(st.text(max_size=80))
def test_retry_after_never_raises_and_never_asks_a_negative_wait(value: str) -> None:
    seconds = retry_after_seconds(value, NOW)
    assert seconds is None or seconds >= 0


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_retry_after_parses_what_servers_send(delta: int, ahead: int) -> None:
    assert retry_after_seconds(str(delta), NOW) == delta
    when = email.utils.format_datetime(NOW + dt.timedelta(seconds=ahead), usegmt=True)
    assert retry_after_seconds(when, NOW) == ahead


SECRET = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.~%", min_size=4, max_size=20)


@given(SECRET, SECRET, st.sampled_from(["token", "access_token", "API_KEY", "sig", "Secret"]))
def test_redaction_hides_every_password_and_secret_value(
    password: str, value: str, param: str
) -> None:
    url = f"https://user:{password}@example.id/berita/x?page=2&{param}={value}#top"
    masked = redact(url)
    assert f":{password}@" not in masked and f"={value}" not in masked
    assert masked == "https://user:***@example.id/berita/x?page=2&" + param + "=***#top"
    assert redact(masked) == masked  # idempotent


@given(st.text())
def test_redaction_never_raises_and_leaves_secret_free_text_alone(text: str) -> None:
    masked = redact(text)
    if "@" not in text and "=" not in text:
        assert masked == text


@given(st.binary(max_size=2000), st.one_of(st.none(), st.text(max_size=40),
                                           st.sampled_from(["text/html; charset=utf-16",
                                                            "text/html; charset=x-unknown",
                                                            "text/html; charset=windows-1252",
                                                            "text/html; charset="])))
def test_charset_decoding_never_raises(body: bytes, content_type: str | None) -> None:
    assert isinstance(decode_html(body, content_type), str)


PAGE = PageRef(sha256="0" * 64, url="https://example.id/berita/2026/11/20/x", source="s",
               fetched_at="2026-11-21T00:00:00Z", content_type="text/html")


@settings(max_examples=60)
@given(st.one_of(st.binary(max_size=3000), HTMLISH.map(str.encode)))
def test_parsing_one_landed_page_never_raises(body: bytes) -> None:
    """parse_html, extract and the row builders together: a bad page keeps a row, never raises."""
    article, facts = process_page(body, PAGE, "run")
    assert article["raw_sha256"] == PAGE.sha256
    assert (article["error"] is None) or (facts == [] and article["n_facts"] == 0)
    assert all(f["article_id"] == article["article_id"] for f in facts)


@settings(max_examples=60)
@given(st.binary(max_size=3000))
def test_a_manifest_of_any_bytes_is_read_without_raising(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    root: Path = tmp_path_factory.mktemp("manifest")
    (root / "manifest.jsonl").write_bytes(data)
    problems: list[tuple[int, str]] = []
    rows = list(RawStore(root).iter_manifest(on_error=lambda n, why: problems.append((n, why))))
    lines = [line for line in data.split(b"\n") if line.strip()]
    assert len(rows) + len(problems) <= len(lines)
