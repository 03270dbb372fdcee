"""What fetching hands around: its error and result types, and the body's streaming helpers.

`extractors.fetch.Fetcher` does the requests; these pieces (the error kinds' exception, the
result and attempt records, Content-Encoding decoding under a cap, a head-only sink, the
HTTP-status and connection-failure classifiers) are small and tested on their own.
"""

from __future__ import annotations

import socket
import ssl
import zlib
from dataclasses import dataclass
from typing import Protocol

#: Error kinds, in the order a request meets them.
ERROR_KINDS: tuple[str, ...] = (
    "bad_url",  # not an absolute http(s) URL
    "offsite",  # a host the source does not declare
    "unsafe_host",  # an undeclared host on a private, loopback or link-local address
    "robots",  # robots.txt disallows the path for our user agent
    "dns",  # the host name does not resolve
    "connect",  # could not connect (refused, unreachable, reset during connect)
    "tls",  # the TLS handshake failed (certificate, protocol)
    "timeout",  # connect, read or total time exceeded
    "protocol",  # connection reset or body shorter than Content-Length
    "too_large",  # decoded body larger than max_body_bytes (gzip bombs included)
    "bad_encoding",  # a Content-Encoding we did not ask for, or corrupt compressed data
    "offsite_redirect",  # a redirect to a host the source does not declare
    "too_many_redirects",
    "internal",  # an unexpected error in our code, reported per page instead of stopping the crawl
    "landing",  # fetched, but raw/ could not store it (disk full, permissions)
    "bad_document",  # a sitemap or feed refused while streaming (DOCTYPE, not XML)
    "http_4xx",  # a client error other than 429: not retried
    "http_429",  # still rate limited after the retries
    "http_5xx",  # still failing after the retries
)


class FetchError(Exception):
    """A URL that could not be fetched, with a machine-readable kind and a one-line reason."""

    def __init__(self, kind: str, message: str, *, url: str, status: int | None = None) -> None:
        super().__init__(f"{kind}: {message} ({url})")
        self.kind = kind
        self.message = message
        self.url = url
        self.status = status


class Sink(Protocol):
    """A streaming consumer of a body (a sitemap parser): `feed` returns True when it has enough."""

    def reset(self) -> None: ...

    def feed(self, chunk: bytes) -> bool: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched URL: the final response's status, headers that matter, and the body."""

    url: str
    final_url: str
    status: int
    body: bytes
    fetched_at: str
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1
    #: True when a sink stopped reading before the end of the body.
    stopped_early: bool = False

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request: nothing new to land."""
        return self.status == 304


@dataclass(frozen=True, slots=True)
class Attempt:
    """One HTTP request as it happened, for raw/attempts.jsonl."""

    url: str
    attempt: int
    time: str
    duration: float
    status: int | None = None
    error_kind: str | None = None
    message: str | None = None
    purpose: str = "page"


#: errno values and texts of a failed name lookup (getaddrinfo), across platforms.
_DNS_ERRNOS = frozenset({socket.EAI_NONAME, socket.EAI_AGAIN, socket.EAI_FAIL,
                         getattr(socket, "EAI_NODATA", socket.EAI_NONAME)})
_DNS_TEXTS = ("name or service not known", "temporary failure in name resolution",
              "nodename nor servname", "getaddrinfo failed", "no address associated")


def connect_kind(exc: BaseException) -> str:
    """"dns", "tls" or "connect": what a connection failure really was (from its cause chain)."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            break
        if isinstance(seen, socket.gaierror) or getattr(seen, "errno", None) in _DNS_ERRNOS:
            return "dns"
        if isinstance(seen, ssl.SSLError):
            return "tls"
        seen = seen.__cause__ or seen.__context__
    text = str(exc).lower()
    if any(t in text for t in _DNS_TEXTS):
        return "dns"
    if "ssl" in text or "certificate" in text or "tls" in text:
        return "tls"
    return "connect"


class Head:
    """A sink keeping the first `limit` bytes of a body, then stopping the download."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.data = b""

    def reset(self) -> None:
        """Start over on a retry."""
        self.data = b""

    def feed(self, chunk: bytes) -> bool:
        """Keep what fits; True once full."""
        self.data += chunk[: self.limit - len(self.data)]
        return len(self.data) >= self.limit

    def close(self) -> None:
        """Nothing to finish."""


def status_error(status: int, url: str) -> FetchError | None:
    """The error an HTTP status stands for (None for 1xx-3xx)."""
    if status == 429:
        return FetchError("http_429", "rate limited (429)", url=url, status=status)
    if status >= 500:
        return FetchError("http_5xx", f"server error {status}", url=url, status=status)
    if status >= 400:
        return FetchError("http_4xx", f"HTTP {status}", url=url, status=status)
    return None


def feed_sink(sink: Sink, data: bytes | None, url: str) -> bool:
    """Give a sink a chunk (None: the end); its refusal becomes a `bad_document` error."""
    try:
        if data is None:
            sink.close()
            return True
        return sink.feed(data)
    except ValueError as exc:
        raise FetchError("bad_document", str(exc), url=url) from None


class Decoder:
    """Undo Content-Encoding (identity, gzip, deflate) with a hard cap on decoded bytes."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        self.encoding = encoding.strip().lower()
        self.limit = limit
        self.url = url
        self.total = 0
        self._raw = False
        if self.encoding in ("", "identity"):
            self._z = None
        elif self.encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self._z = zlib.decompressobj(32 + zlib.MAX_WBITS)
        else:
            raise FetchError("bad_encoding", f"unexpected Content-Encoding {encoding!r}", url=url)

    def feed(self, data: bytes) -> bytes:
        """Decoded bytes of one raw chunk; never inflates more than the cap allows."""
        if self._z is None:
            return self._count(data)
        parts = []
        try:
            while data and not self._z.eof:
                parts.append(self._count(self._z.decompress(data, self.limit - self.total + 1)))
                data = self._z.unconsumed_tail
        except zlib.error as exc:
            if self.encoding == "deflate" and self.total == 0 and not self._raw:
                # Some servers send "deflate" without the zlib header (raw RFC 1951 data).
                self._raw, self._z = True, zlib.decompressobj(-zlib.MAX_WBITS)
                return self.feed(data)
            reason = f"corrupt {self.encoding} data: {exc}"
            raise FetchError("bad_encoding", reason, url=self.url) from None
        return b"".join(parts)

    def flush(self) -> bytes:
        """Whatever the decompressor still holds."""
        return self._count(self._z.flush()) if self._z is not None else b""

    def _count(self, data: bytes) -> bytes:
        """Add to the decoded total; past the cap is an error, whatever the compression ratio."""
        self.total += len(data)
        if self.total > self.limit:
            raise FetchError(
                "too_large", f"body over max_body_bytes={self.limit} (decoded)", url=self.url
            )
        return data
