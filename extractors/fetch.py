"""Polite HTTP fetching for one source: robots.txt, limits, retries, caps, safe redirects.

`Fetcher.fetch(url)` returns a `FetchResult` or raises `FetchError` (with a `kind` from
`ERROR_KINDS`); every HTTP attempt, failures included, is reported to `on_attempt` so the
crawl can log it in raw/attempts.jsonl. Fetching never parses articles.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from protego import Protego

from extractors.fetch_parts import (
    ERROR_KINDS,
    Attempt,
    Decoder,
    FetchError,
    FetchResult,
    Head,
    Sink,
    connect_kind,
    feed_sink,
    status_error,
)
from extractors.landing import utc_stamp
from extractors.politeness import (
    Clock,
    HostLimiter,
    Resolver,
    SystemClock,
    host_refusal,
    retry_after_seconds,
    system_resolver,
)
from extractors.sources import Politeness, Source, origin_of
from extractors.urls import absolute_url, split_url, without_fragment

__all__ = [
    "ERROR_KINDS", "Attempt", "Decoder", "FetchError", "FetchResult", "Fetcher", "Head", "Sink",
    "connect_kind", "make_client", "status_error",
]

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
#: Kinds retried with backoff: the network may recover (a DNS blip, a restarting server).
RETRYABLE_KINDS = frozenset({"timeout", "dns", "connect", "tls", "protocol"})
#: RFC 9309 asks crawlers to read at least 500 KiB of robots.txt.
ROBOTS_MAX_BYTES = 512_000


@dataclass
class _Response:
    """What one request gave back (internal)."""

    status: int
    headers: httpx.Headers
    body: bytes = b""
    stopped_early: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def make_client(politeness: Politeness) -> httpx.Client:
    """An httpx client with our timeouts, user agent and no automatic redirects or proxies."""
    timeout = httpx.Timeout(
        connect=politeness.timeout_connect,
        read=politeness.timeout_read,
        write=politeness.timeout_read,
        pool=politeness.timeout_connect,
    )
    return httpx.Client(
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": politeness.user_agent, "Accept-Encoding": "gzip, deflate"},
    )


class Fetcher:
    """Fetches URLs of one source politely; one instance per source per run."""

    def __init__(
        self,
        source: Source,
        *,
        client: httpx.Client | None = None,
        clock: Clock | None = None,
        on_attempt: Callable[[Attempt], None] | None = None,
        resolver: Resolver = system_resolver,
        rng: Callable[[], float] = random.random,
        limiter: HostLimiter | None = None,
    ) -> None:
        self.source = source
        self.policy = source.politeness
        self.client = client or make_client(self.policy)
        self._owns_client = client is None
        self.clock = clock or SystemClock()
        self.on_attempt = on_attempt
        self.resolver = resolver
        self.rng = rng
        self.limiter = limiter or HostLimiter(self.clock)
        self._robots: dict[str, Protego | bool] = {}
        #: Why a host's robots.txt could not be read (then nothing there is fetched, RFC 9309).
        self._robots_errors: dict[str, FetchError] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        """Close the HTTP client if this fetcher made it."""
        if self._owns_client:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ------------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        sink: Sink | None = None,
        purpose: str = "page",
    ) -> FetchResult:
        """GET a URL of this source (conditional if validators are given); raise `FetchError`."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers, sink, purpose=purpose, check_robots=True)

    def allowed_by_robots(self, url: str) -> bool:
        """True when the host's robots.txt (fetched once per host per run) allows the URL."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots_rules(key)
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(url, self.policy.user_agent)

    # -- internals ---------------------------------------------------------------------------

    def _get(
        self,
        url: str,
        headers: dict[str, str],
        sink: Sink | None,
        *,
        purpose: str,
        check_robots: bool,
    ) -> FetchResult:
        """Follow redirects by hand, each hop checked for host safety and robots."""
        first = current = self._check_url(url, redirect=False)
        attempts = 0
        for _ in range(MAX_REDIRECTS + 1):
            if check_robots and not self.allowed_by_robots(current):
                raise self._robots_refusal(current)
            resp, used = self._with_retries(current, headers, sink, purpose)
            attempts += used
            location = resp.headers.get("location")
            if resp.status in REDIRECT_STATUS and location:
                target = absolute_url(current, location)
                if target is None:
                    raise FetchError("bad_url", "redirect to an unreadable URL", url=current)
                current = self._check_url(target, redirect=True)
                continue
            return self._result(first, current, resp, attempts)
        raise FetchError("too_many_redirects", f"more than {MAX_REDIRECTS} redirects", url=first)

    def _result(self, url: str, final: str, resp: _Response, attempts: int) -> FetchResult:
        """Turn the last response into a result, or raise for an error status."""
        status = resp.status
        error = status_error(status, final)
        if error is None and 300 <= status < 400 and status != 304:
            error = FetchError("http_4xx", f"HTTP {status} without a usable Location", url=final)
        if error is not None:
            raise error
        return FetchResult(
            url=url,
            final_url=final,
            status=status,
            body=resp.body,
            fetched_at=utc_stamp(self.clock.now()),
            content_type=resp.headers.get("content-type"),
            etag=resp.headers.get("etag"),
            last_modified=resp.headers.get("last-modified"),
            attempts=attempts,
            stopped_early=resp.stopped_early,
        )

    def _check_url(self, url: str, *, redirect: bool) -> str:
        """The URL without fragment, if its scheme and host may be fetched."""
        url = without_fragment(url)
        parts = split_url(url)
        if parts is None or not parts.hostname or parts.scheme not in ("http", "https"):
            raise FetchError("bad_url", "not an absolute http(s) URL", url=url)
        host = parts.hostname
        refusal = host_refusal(host, self.source.hosts, self.resolver)
        what = "redirect to" if redirect else "URL on"
        message = f"{what} host {host} not declared"
        if not refusal and origin_of(url) not in self.source.origins:
            # a declared host on another scheme or port is another service (an admin panel)
            refusal = "offsite"
            message = (f"{what} {parts.scheme}://{parts.netloc}: host {host} is declared on "
                       "another scheme or port only")
        if refusal == "offsite" and redirect:
            refusal = "offsite_redirect"
        if refusal:
            raise FetchError(refusal, message, url=url)
        return url

    def _interval(self, host_key: str) -> float:
        """Seconds between two requests to a host: our rate, or robots' Crawl-delay if slower."""
        interval = 1.0 / self.policy.rate_per_second
        rules = self._robots.get(host_key)
        if isinstance(rules, Protego):
            delay = rules.crawl_delay(self.policy.user_agent)
            if delay:
                interval = max(interval, min(float(delay), self.policy.max_wait))
        return interval

    def _with_retries(
        self, url: str, headers: dict[str, str], sink: Sink | None, purpose: str
    ) -> tuple[_Response, int]:
        """One URL, retried with backoff on connection errors, timeouts, 5xx and 429."""
        parts = urlsplit(url)
        host_key = f"{parts.scheme}://{parts.netloc}"
        tries = self.policy.max_retries + 1
        for attempt in range(1, tries + 1):
            with self.limiter.slot(
                host_key,
                interval=self._interval(host_key),
                concurrency=self.policy.max_concurrency,
            ):
                started = self.clock.monotonic()
                stamp = utc_stamp(self.clock.now())
                try:
                    resp = self._once(url, headers, sink, started)
                except FetchError as exc:
                    self._report(url, attempt, stamp, started, purpose, error=exc)
                    if exc.kind not in RETRYABLE_KINDS or attempt == tries:
                        raise
                    wait = self._backoff(attempt)
                else:
                    self._report(
                        url,
                        attempt,
                        stamp,
                        started,
                        purpose,
                        status=resp.status,
                        error=status_error(resp.status, url),
                    )
                    if resp.status not in RETRYABLE_STATUS or attempt == tries:
                        return resp, attempt
                    asked = retry_after_seconds(resp.headers.get("retry-after"), self.clock.now())
                    wait = asked if asked is not None else self._backoff(attempt)
                    if asked is not None:  # the whole host asked for a pause, not just this URL
                        self.limiter.defer(host_key, min(asked, self.policy.max_wait))
            self.clock.sleep(min(wait, self.policy.max_wait))
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter on top: base·2^(n-1) + U(0, base·2^(n-1))."""
        step = self.policy.backoff_base * 2 ** (attempt - 1)
        return step + self.rng() * step

    def _report(
        self,
        url: str,
        attempt: int,
        stamp: str,
        started: float,
        purpose: str,
        *,
        status: int | None = None,
        error: FetchError | None = None,
    ) -> None:
        """Tell the attempt log about one request."""
        if self.on_attempt is None:
            return
        self.on_attempt(
            Attempt(
                url=url,
                attempt=attempt,
                time=stamp,
                duration=self.clock.monotonic() - started,
                status=status if status is not None else (error.status if error else None),
                error_kind=error.kind if error else None,
                message=error.message if error else None,
                purpose=purpose,
            )
        )

    def _once(
        self, url: str, headers: dict[str, str], sink: Sink | None, started: float
    ) -> _Response:
        """One request, body streamed through the size cap and the total deadline."""
        try:
            request = self.client.build_request("GET", url, headers=headers)
            response = self.client.send(request, stream=True)
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise FetchError("bad_url", f"{type(exc).__name__}: {exc}", url=url) from None
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"{type(exc).__name__}", url=url) from None
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            kind = connect_kind(exc) if isinstance(exc, httpx.ConnectError) else "protocol"
            raise FetchError(kind, f"{type(exc).__name__}: {exc}", url=url) from None
        except httpx.HTTPError as exc:
            raise FetchError("protocol", f"{type(exc).__name__}: {exc}", url=url) from None
        try:
            out = _Response(status=response.status_code, headers=response.headers)
            if 200 <= out.status < 300:
                self._read_body(response, out, sink, started)
            return out
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"{type(exc).__name__} while reading", url=url) from None
        except httpx.HTTPError as exc:
            raise FetchError("protocol", f"{type(exc).__name__}: {exc}", url=url) from None
        finally:
            response.close()

    def _read_body(
        self, response: httpx.Response, out: _Response, sink: Sink | None, started: float
    ) -> None:
        """Decode and count the body chunk by chunk; stop at the cap, the deadline or the sink."""
        url = str(response.request.url)
        limit = self.policy.max_body_bytes
        decoder = Decoder(response.headers.get("content-encoding", ""), limit, url)
        chunks: list[bytes] = []
        if sink is not None:
            sink.reset()
        # No chunk size: httpx would gather 64 KiB before yielding, so a server dripping a byte
        # at a time inside the read timeout could outlast timeout_total by hours.
        for raw in response.iter_raw():
            data = decoder.feed(raw)
            if self.clock.monotonic() - started > self.policy.timeout_total:
                total = self.policy.timeout_total
                raise FetchError("timeout", f"over {total:g}s in total", url=url)
            if sink is None:
                chunks.append(data)
            elif data and feed_sink(sink, data, url):
                out.stopped_early = True
                return
        tail = decoder.flush()
        if sink is None:
            out.body = b"".join((*chunks, tail))
        elif not (tail and feed_sink(sink, tail, url)):
            feed_sink(sink, None, url)

    def _robots_refusal(self, url: str) -> FetchError:
        """The error for a URL robots.txt keeps us from: its real cause when unreadable."""
        parts = urlsplit(url)
        cause = self._robots_errors.get(f"{parts.scheme}://{parts.netloc}")
        if cause is None:
            return FetchError("robots", "disallowed by robots.txt", url=url)
        message = (f"robots.txt unreadable, so nothing is fetched from {parts.netloc}: "
                   f"{cause.message}")
        return FetchError(cause.kind, message, url=url, status=cause.status)

    def _robots_rules(self, key: str) -> Protego | bool:
        """The parsed robots.txt of a host, fetched once: True/False mean allow/deny all."""
        with self._robots_lock:
            lock = self._host_locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._robots:
                self._robots[key] = self._load_robots(key)
            return self._robots[key]

    def _load_robots(self, key: str) -> Protego | bool:
        """RFC 9309: 2xx → rules; 4xx → allow all; 5xx or unreachable → disallow all."""
        head = Head(ROBOTS_MAX_BYTES)
        try:
            self._get(f"{key}/robots.txt", {}, head, purpose="robots", check_robots=False)
        except FetchError as exc:
            allowed = exc.kind in ("http_4xx", "offsite_redirect", "too_many_redirects")
            if not allowed:
                self._robots_errors[key] = exc
            return allowed
        return Protego.parse(head.data.decode("utf-8", errors="replace"))
