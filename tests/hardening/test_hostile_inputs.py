"""Bad input end to end: one `cakupan run` of a site whose every page is hostile.

The run must complete, record a reason for every bad page (an article row with its error, or a
recorded fetch or discovery error), load the good pages' facts, and never show a traceback.
"""

from __future__ import annotations

import math

import pytest

from tests.hardening import hostile_site as site
from tests.hardening.harness import HostileRun, manifest, query

pytestmark = pytest.mark.table_case


def test_the_run_completes_without_a_traceback(hostile: HostileRun) -> None:
    out = hostile.proc.stdout + hostile.proc.stderr
    assert hostile.proc.returncode == 3, out  # partial: the bad pages failed, the good loaded
    assert "Traceback" not in out
    assert "internal error" not in out
    assert hostile.ws.published.exists()


def test_good_pages_load_their_facts(hostile: HostileRun) -> None:
    for path in site.GOOD:
        title, error, n_facts = hostile.article(path)
        assert error is None and n_facts > 0, (path, title)
    (n,) = query(hostile.ws.published, "select count(*) from facts f join articles a "
                 "using (article_id) where a.url like '%/good-%'")[0]
    assert n > 0


def test_binary_garbage_served_as_html_gets_an_article_error(hostile: HostileRun) -> None:
    _, error, n_facts = hostile.article(site.GARBAGE)
    assert error and error.startswith("unreadable page:") and n_facts == 0


def test_a_page_with_no_body_gets_an_article_error(hostile: HostileRun) -> None:
    _, error, n_facts = hostile.article(site.NO_BODY)
    assert error and "unreadable page" in error and n_facts == 0


def test_deeply_nested_markup_is_parsed_or_refused_never_crashes(hostile: HostileRun) -> None:
    _, error, _ = hostile.article(site.NESTED)
    assert error is None or error.startswith("unreadable page:")
    assert not (error or "").startswith("parser error")


def test_a_50_mb_page_is_a_recorded_fetch_error(hostile: HostileRun) -> None:
    attempts = hostile.attempts(site.HUGE)
    assert attempts and attempts[-1][1] == "too_large", attempts
    assert not query(hostile.ws.published, "select 1 from articles where url like ?",
                     ["%" + site.HUGE])
    assert not any(site.HUGE in r["url"] for r in manifest(hostile.ws.raw))


def test_a_gzip_bomb_is_cut_at_the_decoded_cap(hostile: HostileRun) -> None:
    attempts = hostile.attempts(site.GZIP_BOMB)
    assert attempts and attempts[-1][1] == "too_large", attempts
    assert len(attempts) == 1  # not retried: the bytes would be the same


def test_windows_1252_and_invalid_utf8_pages_load_their_facts(hostile: HostileRun) -> None:
    title, error, n_facts = hostile.article(site.CP1252)
    assert error is None and n_facts > 0
    assert "\u201cBPJS Ketenagakerjaan\u201d" in title  # decoded as windows-1252, not mojibake
    title, error, n_facts = hostile.article(site.BAD_UTF8)
    assert error is None and n_facts > 0
    # Invalid bytes never raise: they are replaced or read as windows-1252; the rest is kept.
    assert title.startswith("BPJS Ketenagakerjaan ") and title.endswith(" rusak")


def test_xml_bomb_and_external_entity_documents_are_refused(hostile: HostileRun) -> None:
    for doc in ("/sitemap-bomb.xml", "/feed.xml"):
        attempts = hostile.attempts(doc)
        assert attempts and attempts[-1][1] == "bad_document", (doc, attempts)
        assert any(doc in e and "discovery bad_document" in e for e in hostile.run_errors())
    landed = [r["url"] for r in manifest(hostile.ws.raw)]
    assert not any("root:" in u or "lol" in u or "xxe" in u for u in landed)  # nothing expanded


def test_a_million_url_sitemap_is_cut_at_the_body_cap(hostile: HostileRun) -> None:
    attempts = hostile.attempts(site.HUGE_SITEMAP)
    assert attempts and attempts[-1][1] in ("too_large", "bad_document"), attempts
    assert not any("/x/" in p for p in hostile.requested)  # none of its URLs was fetched


def test_absurd_numbers_give_no_crash_and_no_absurd_fact(hostile: HostileRun) -> None:
    _, error, n_facts = hostile.article(site.ABSURD)
    assert error is None and n_facts > 0
    values = [v for (v,) in query(hostile.ws.published, "select value from facts f join "
                                  "articles a using (article_id) where a.url like ?",
                                  ["%" + site.ABSURD])]
    quarantined = [v for (v,) in query(hostile.ws.published, "select value from quarantine q "
                                       "join articles a using (article_id) where a.url like ?",
                                       ["%" + site.ABSURD])]
    assert all(math.isfinite(v) and 0 < v < 1e15 for v in values), values
    assert 12_500 in values, (values, quarantined)


def test_a_title_of_quotes_and_sql_is_stored_verbatim(hostile: HostileRun) -> None:
    title, error, n_facts = hostile.article(site.SQL_TITLE)
    assert title == site.SQL_TITLE_TEXT and error is None and n_facts > 0
    (n,) = query(hostile.ws.published, "select count(*) from facts")[0]
    assert n > 0  # the facts table is still there


def test_every_bad_page_has_a_recorded_reason(hostile: HostileRun) -> None:
    """Nothing is silently dropped: each hostile URL has an article row or an error somewhere."""
    errors = "\n".join(hostile.run_errors())
    for path in (site.GARBAGE, site.HUGE, site.NESTED, site.GZIP_BOMB, site.NO_BODY,
                 site.PRIVATE, site.REDIRECT_OFFSITE, site.REDIRECT_LOOPBACK, site.SECRET):
        has_row = query(hostile.ws.published, "select 1 from articles where url like ?",
                        ["%" + path])
        assert has_row or path in errors, path
    printed = hostile.proc.stderr
    assert "error: hostile:" in printed
