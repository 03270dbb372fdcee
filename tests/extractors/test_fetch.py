"""The fetcher over real HTTP against the local mirror, with faults injected in the server."""

from __future__ import annotations

import datetime as dt
import email.utils
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractors.fetch import Attempt, Fetcher, FetchError
from extractors.politeness import FakeClock, HostLimiter, SystemClock
from extractors.sources import Source
from tests.httpmirror import MIRRORS, Fault, MirrorServer, mirror_source

ENTRY = """
[[source]]
id = "faults"
name = "Faults mirror"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan"]
rate_per_second = 1000
timeout_connect = 1
timeout_read = 0.3
max_retries = 2
backoff_base = 0.5
max_wait = 30
max_body_bytes = 1000000
user_agent = "cakupan-test/1.0"
"""


def public_resolver(host: str) -> list[str]:
    """Tests never hit DNS: every undeclared name 'resolves' to a public address."""
    return ["93.184.216.34"]


@pytest.fixture()
def server() -> Iterator[MirrorServer]:
    with MirrorServer("faults") as srv:
        yield srv


@pytest.fixture()
def source(server: MirrorServer, tmp_path: Path) -> Source:
    return mirror_source(tmp_path, ENTRY, server)


class Harness:
    """A fetcher on a fake clock (no jitter) that keeps its attempts."""

    def __init__(self, source: Source, **kw: object) -> None:
        self.clock = FakeClock(kw.pop("start", None))  # type: ignore[arg-type]
        self.attempts: list[Attempt] = []
        self.fetcher = Fetcher(
            source,
            clock=self.clock,
            on_attempt=self.attempts.append,
            resolver=public_resolver,
            rng=lambda: 0.0,
            **kw,  # type: ignore[arg-type]
        )

    def fetch(self, url: str, **kw: object):
        return self.fetcher.fetch(url, **kw)  # type: ignore[arg-type]

    def waits(self) -> list[float]:
        """Backoff and Retry-After waits (the 1 ms rate-limit spacing left out)."""
        return [s for s in self.clock.sleeps if s > 0.01]

    def page_attempts(self) -> list[Attempt]:
        return [a for a in self.attempts if a.purpose == "page"]


@pytest.fixture()
def h(source: Source) -> Iterator[Harness]:
    harness = Harness(source)
    yield harness
    harness.fetcher.close()


def test_a_page_is_fetched_with_headers_and_one_logged_attempt(h: Harness, server: MirrorServer):
    result = h.fetch(server.url("/page.html"))
    assert result.status == 200 and result.body == server.render(MIRRORS / "faults" / "page.html")
    assert result.content_type == "text/html; charset=utf-8"
    assert result.etag and result.last_modified and result.final_url == result.url
    assert [(a.status, a.error_kind) for a in h.page_attempts()] == [(200, None)]
    assert [r.headers["user-agent"] for r in server.requests] == ["cakupan-test/1.0"] * 2


def test_5xx_is_retried_with_exponential_backoff(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(status=500), times=2)
    result = h.fetch(server.url("/page.html"))
    assert result.status == 200 and result.attempts == 3
    assert [a.status for a in h.page_attempts()] == [500, 500, 200]
    assert h.waits() == [0.5, 1.0]


def test_5xx_that_never_heals_is_an_error_after_the_retries(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(status=503), times=None)
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "http_5xx" and err.value.status == 503
    assert server.hits("/page.html") == 3


def test_jitter_adds_up_to_one_step(source: Source, server: MirrorServer):
    server.fault("/page.html", Fault(status=502), times=1)
    harness = Harness(source)
    harness.fetcher.rng = lambda: 0.5
    harness.fetch(server.url("/page.html"))
    assert harness.waits() == [0.75]


@pytest.mark.parametrize(("retry_after", "expected"), [("7", 7.0), ("120", 30.0), ("soon", 0.5)])
def test_429_honours_retry_after_seconds_capped(
    h: Harness, server: MirrorServer, retry_after: str, expected: float
):
    server.fault("/page.html", Fault(status=429, headers={"Retry-After": retry_after}))
    assert h.fetch(server.url("/page.html")).status == 200
    assert h.waits() == [expected]


def test_429_honours_retry_after_as_http_date(h: Harness, server: MirrorServer):
    later = h.clock.now() + dt.timedelta(seconds=12)
    stamp = email.utils.format_datetime(later, usegmt=True)
    server.fault("/page.html", Fault(status=429, headers={"Retry-After": stamp}))
    assert h.fetch(server.url("/page.html")).status == 200
    assert h.waits() == [pytest.approx(12.0, abs=0.01)]


def test_429_that_persists_is_its_own_error(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(status=429, headers={"Retry-After": "1"}), times=None)
    with pytest.raises(FetchError, match="rate limited") as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "http_429"


@pytest.mark.parametrize("status", [400, 403, 404, 410])
def test_other_4xx_are_not_retried(h: Harness, server: MirrorServer, status: int):
    server.fault("/page.html", Fault(status=status))
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/page.html"))
    assert (err.value.kind, err.value.status) == ("http_4xx", status)
    assert server.hits("/page.html") == 1


def test_slow_headers_time_out_and_are_retried(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(delay=0.8))
    started = time.monotonic()
    result = h.fetch(server.url("/page.html"))
    assert time.monotonic() - started < 2.0
    assert result.status == 200
    assert [a.error_kind for a in h.page_attempts()] == ["timeout", None]


def test_a_body_that_stalls_times_out(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(stall=0.8), times=None)
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "timeout"
    assert len(h.page_attempts()) == 3


def test_connection_resets_are_retried(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(reset=True), times=2)
    result = h.fetch(server.url("/page.html"))
    assert result.status == 200
    assert [a.error_kind for a in h.page_attempts()] == ["protocol", "protocol", None]


def test_a_truncated_body_is_never_returned(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(truncate=40), times=None)
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "protocol"
    assert [a.error_kind for a in h.page_attempts()] == ["protocol"] * 3


@pytest.mark.parametrize(
    "content_type", ["text/html; charset=utf-8", "text/html", "text/html; charset=bogus-42"]
)
def test_bytes_are_kept_exactly_whatever_the_charset_header(
    h: Harness, server: MirrorServer, content_type: str
):
    server.fault("/latin1.html", Fault(headers={"Content-Type": content_type}))
    result = h.fetch(server.url("/latin1.html"))
    assert result.body == (MIRRORS / "faults" / "latin1.html").read_bytes()
    assert result.content_type == content_type


def test_a_huge_page_is_cut_off_and_not_retried(h: Harness, server: MirrorServer):
    server.fault("/page.html", Fault(body=b"<p>BPJS</p>" * 200_000))
    with pytest.raises(FetchError, match="max_body_bytes") as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "too_large" and server.hits("/page.html") == 1


def gzip_bomb(decoded_mb: int) -> bytes:
    """gzip of `decoded_mb` MB of zeros (about 1000:1)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    return b"".join([*(z.compress(block) for _ in range(decoded_mb)), z.flush()])


def test_a_gzip_bomb_is_stopped_at_the_decoded_cap(h: Harness, server: MirrorServer):
    bomb = gzip_bomb(50)
    assert len(bomb) < 100_000
    server.fault("/page.html", Fault(body=bomb, headers={"Content-Encoding": "gzip"}))
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "too_large" and "decoded" in err.value.message
    assert time.monotonic() - started < 1.0


def test_gzip_and_deflate_bodies_are_decoded(h: Harness, server: MirrorServer):
    plain = b"<p>BPJS Ketenagakerjaan</p>" * 100
    server.fault(
        "/page.html", Fault(body=zlib.compress(plain), headers={"Content-Encoding": "deflate"})
    )
    assert h.fetch(server.url("/page.html")).body == plain
    z = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    server.fault(
        "/page.html",
        Fault(body=z.compress(plain) + z.flush(), headers={"Content-Encoding": "gzip"}),
    )
    assert h.fetch(server.url("/page.html")).body == plain
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    deflated = raw.compress(plain) + raw.flush()
    server.fault("/page.html", Fault(body=deflated, headers={"Content-Encoding": "deflate"}))
    assert h.fetch(server.url("/page.html")).body == plain
    server.fault(
        "/page.html", Fault(body=b"\x1f\x8bnot gzip", headers={"Content-Encoding": "gzip"})
    )
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "bad_encoding"
    server.fault("/page.html", Fault(body=b"xx", headers={"Content-Encoding": "br"}))
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/page.html"))
    assert err.value.kind == "bad_encoding"


def test_a_redirect_within_the_host_is_followed(h: Harness, server: MirrorServer):
    server.fault("/old", Fault(redirect="/page.html"))
    result = h.fetch(server.url("/old"))
    assert result.url == server.url("/old") and result.final_url == server.url("/page.html")


@pytest.mark.parametrize(
    ("location", "kind"),
    [
        ("http://evil.example/page.html", "offsite_redirect"),
        ("http://localhost:{port}/page.html", "unsafe_host"),
        ("http://169.254.169.254/latest/meta-data/", "unsafe_host"),
        ("http://10.1.2.3/", "unsafe_host"),
        ("ftp://{host}/page.html", "bad_url"),
        # urljoin raises ValueError on it: the redirect fails as a bad URL, not as "internal"
        ("http://[{host}/page.html", "bad_url"),
        ("http://{host}:99999/page.html", "bad_url"),
    ],
)
def test_redirects_off_the_declared_hosts_are_refused(
    h: Harness, server: MirrorServer, location: str, kind: str
):
    host, port = server.base_url.split("//")[1].split(":")
    server.fault("/go", Fault(redirect=location.format(port=port, host=host)))
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/go"))
    assert err.value.kind == kind
    assert [r.path for r in server.requests] == ["/robots.txt", "/go"]


def test_a_redirect_loop_ends(h: Harness, server: MirrorServer):
    server.fault("/loop", Fault(redirect="/loop"), times=None)
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/loop"))
    assert err.value.kind == "too_many_redirects"


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://10.0.0.5/bpjs", "unsafe_host"),
        ("http://[::1]/bpjs", "unsafe_host"),
        ("http://news.example/bpjs", "offsite"),
        ("file:///etc/passwd", "bad_url"),
        ("http://[not-an-ip/x", "bad_url"),
        ("/relative/path", "bad_url"),
    ],
)
def test_undeclared_hosts_are_refused_without_a_request(
    h: Harness, server: MirrorServer, url: str, kind: str
):
    with pytest.raises(FetchError) as err:
        h.fetch(url)
    assert err.value.kind == kind and server.requests == []


def test_robots_txt_is_obeyed_and_fetched_once(h: Harness, server: MirrorServer):
    with pytest.raises(FetchError) as err:
        h.fetch(server.url("/private/secret.html"))
    assert err.value.kind == "robots"
    for _ in range(3):
        h.fetch(server.url("/page.html"))
    assert server.hits("/robots.txt") == 1
    assert server.hits("/private/secret.html") == 0


@pytest.mark.parametrize(
    ("status", "allowed"), [(404, True), (403, True), (500, False), (503, False)]
)
def test_robots_errors_follow_rfc_9309(
    source: Source, server: MirrorServer, status: int, allowed: bool
):
    server.fault("/robots.txt", Fault(status=status), times=None)
    harness = Harness(source)
    if allowed:
        assert harness.fetch(server.url("/private/secret.html")).status == 200
    else:
        with pytest.raises(FetchError) as err:
            harness.fetch(server.url("/page.html"))
        assert err.value.kind == "http_5xx" and server.hits("/page.html") == 0
        assert "robots.txt unreadable" in err.value.message


def test_robots_group_for_our_user_agent_wins(source: Source, server: MirrorServer):
    rules = b"User-agent: cakupan-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    server.fault("/robots.txt", Fault(body=rules, headers={"Content-Type": "text/plain"}))
    with pytest.raises(FetchError) as err:
        Harness(source).fetch(server.url("/page.html"))
    assert err.value.kind == "robots"


def test_a_huge_robots_txt_is_read_up_to_500_kib(source: Source, server: MirrorServer):
    rules = b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * 300_000  # 3 MB
    server.fault("/robots.txt", Fault(body=rules, headers={"Content-Type": "text/plain"}))
    harness = Harness(source)
    assert harness.fetch(server.url("/page.html")).status == 200
    with pytest.raises(FetchError, match="robots"):
        harness.fetch(server.url("/private/secret.html"))


def test_robots_unreachable_means_disallow(source: Source, server: MirrorServer):
    server.fault("/robots.txt", Fault(reset=True), times=None)
    harness = Harness(source)
    with pytest.raises(FetchError) as err:
        harness.fetch(server.url("/page.html"))
    # The real cause, not "disallowed by robots.txt": the site reset the connection.
    assert err.value.kind == "protocol"
    assert err.value.message.startswith("robots.txt unreadable, so nothing is fetched from ")
    assert [a.purpose for a in harness.attempts] == ["robots"] * 3


def test_crawl_delay_slows_the_rate(source: Source, server: MirrorServer):
    server.fault(
        "/robots.txt",
        Fault(body=b"User-agent: *\nCrawl-delay: 4\n", headers={"Content-Type": "text/plain"}),
    )
    harness = Harness(source)
    for _ in range(3):
        harness.fetch(server.url("/page.html"))
    assert harness.clock.monotonic() == pytest.approx(8.0, abs=0.01)


def test_rate_limit_spaces_requests_per_host(tmp_path: Path, server: MirrorServer):
    slow = mirror_source(
        tmp_path, ENTRY.replace("rate_per_second = 1000", "rate_per_second = 2"), server
    )
    harness = Harness(slow)
    for _ in range(3):
        harness.fetch(server.url("/page.html"))
    # robots.txt + 3 pages = 4 requests, 0.5 s apart
    assert harness.clock.monotonic() == pytest.approx(1.5)


def test_concurrency_per_host_is_bounded() -> None:
    limiter = HostLimiter(SystemClock())
    inside, peak, lock = [0], [0], threading.Lock()

    def work() -> None:
        with limiter.slot("http://h", interval=0.0, concurrency=2):
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.02)
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak[0] == 2


def test_retry_after_pauses_the_whole_host() -> None:
    clock = FakeClock()
    limiter = HostLimiter(clock)
    with limiter.slot("http://h", interval=0.1, concurrency=2):
        pass
    limiter.defer("http://h", 5.0)
    with limiter.slot("http://h", interval=0.1, concurrency=2):
        pass
    with limiter.slot("http://other", interval=0.1, concurrency=2):
        pass
    assert clock.sleeps == [5.0]


def test_a_conditional_request_gets_304_and_no_body(h: Harness, server: MirrorServer):
    first = h.fetch(server.url("/page.html"))
    again = h.fetch(server.url("/page.html"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert server.requests[-1].headers["if-none-match"] == first.etag
    assert server.requests[-1].headers["if-modified-since"] == first.last_modified


def test_a_request_over_its_total_time_is_cut(source: Source, server: MirrorServer):
    class TickingClock(FakeClock):
        def monotonic(self) -> float:  # every look at the clock costs 1000 s
            self.sleep(1000)
            return super().monotonic()

    fetcher = Fetcher(source, clock=TickingClock(), resolver=public_resolver)
    with pytest.raises(FetchError) as err:
        fetcher.fetch(server.url("/page.html"))
    assert err.value.kind == "timeout"  # robots.txt itself timed out: disallow all, say why
    assert "robots.txt unreadable" in err.value.message
    fetcher.close()
    assert server.hits("/robots.txt") == 3 and server.hits("/page.html") == 0
