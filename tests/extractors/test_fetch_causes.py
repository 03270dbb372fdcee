"""A failed fetch names its real cause: dns, connect, tls, timeout, an HTTP status or robots.

Issue 18: an unreachable site was reported as "disallowed by robots.txt". Faults are real: a
closed port, a plain-HTTP server spoken to over TLS; only the name lookup is a built chain, as
tests never query DNS.
"""

from __future__ import annotations

import socket
import ssl
from pathlib import Path

import httpx
import pytest

from extractors.fetch import ERROR_KINDS, Fetcher, FetchError, connect_kind
from extractors.politeness import FakeClock
from extractors.sources import load_sources
from tests.httpmirror import MirrorServer

ENTRY = """
[[source]]
id = "causes"
name = "Causes"
base_url = "{base}"
sitemap = "{base}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan"]
rate_per_second = 1000
timeout_connect = 1
timeout_read = 0.5
max_retries = 1
backoff_base = 0.01
user_agent = "cakupan-test/1.0"
"""


def closed_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch_error(tmp_path: Path, base: str) -> FetchError:
    """The error fetching a page of a source at `base` (robots.txt is read first)."""
    path = tmp_path / "sources.toml"
    path.write_text(ENTRY.format(base=base), encoding="utf-8")
    (source,) = load_sources(path)
    with Fetcher(source, clock=FakeClock(), rng=lambda: 0.0) as fetcher, \
            pytest.raises(FetchError) as err:
        fetcher.fetch(f"{base}/page.html")
    return err.value


def chained(outer: BaseException, inner: BaseException) -> BaseException:
    """`outer` raised from `inner`, the way httpx wraps the socket's error."""
    try:
        try:
            raise inner
        except BaseException as exc:
            raise outer from exc
    except BaseException as exc:
        return exc


def test_new_kinds_are_declared() -> None:
    assert {"dns", "connect", "tls", "timeout", "robots", "http_5xx"} <= set(ERROR_KINDS)


def test_a_closed_port_is_connect_not_robots(tmp_path: Path) -> None:
    err = fetch_error(tmp_path, f"http://127.0.0.1:{closed_port()}")
    assert err.kind == "connect"
    assert err.message.startswith("robots.txt unreadable, so nothing is fetched from 127.0.0.1:")
    assert "ConnectError" in err.message


def test_tls_to_a_plain_http_server_is_tls(tmp_path: Path) -> None:
    with MirrorServer("faults") as server:
        base = server.base_url.replace("http://", "https://")
        err = fetch_error(tmp_path, base)
    assert err.kind == "tls", err.message


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (chained(httpx.ConnectError("x"), socket.gaierror(socket.EAI_NONAME, "Name or service "
                                                           "not known")), "dns"),
        (httpx.ConnectError("[Errno -3] Temporary failure in name resolution"), "dns"),
        (chained(httpx.ConnectError("x"), ssl.SSLCertVerificationError("certificate verify "
                                                                        "failed")), "tls"),
        (chained(httpx.ConnectError("x"), ConnectionRefusedError(111, "refused")), "connect"),
        (httpx.ConnectError("[Errno 113] No route to host"), "connect"),
    ],
)
def test_connection_failures_are_told_apart(exc: BaseException, kind: str) -> None:
    assert connect_kind(exc) == kind
