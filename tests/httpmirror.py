"""A local site mirror over real HTTP on 127.0.0.1, with faults injected in the server.

Serves the files of `tests/sites/mirrors/<site>/` (`{{BASE}}` in text files becomes the
server's base URL), answers conditional requests with 304, logs every request, and lets a test
queue faults per path: error statuses, Retry-After, slow headers or bodies, connection resets,
truncated bodies, wrong headers, redirects, or any generated body (huge pages, gzip bombs,
endless sitemaps). Raw sockets, not mocks: the client meets the faults the way it would live.
"""

from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

MIRRORS = Path(__file__).parent / "sites" / "mirrors"
LAST_MODIFIED = "Sat, 21 Nov 2026 00:00:00 GMT"
CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/gzip",
}


@dataclass
class Fault:
    """What the server does instead of (or on top of) serving the file, for one request."""

    status: int | None = None  # answer this status with an empty body
    headers: dict[str, str] = field(default_factory=dict)  # added or overriding headers
    delay: float = 0.0  # sleep before sending anything
    stall: float = 0.0  # send headers and half the body, then sleep
    reset: bool = False  # close the socket abruptly (RST) without answering
    truncate: int | None = None  # send only this many body bytes (Content-Length says more)
    redirect: str | None = None  # 302 to this location
    body: bytes | None = None  # serve these bytes instead of the file
    stream: Callable[[], Iterable[bytes]] | None = None  # stream chunks, no Content-Length


@dataclass(frozen=True)
class Request:
    """A request as the server saw it."""

    path: str
    headers: dict[str, str]


class _Server(ThreadingHTTPServer):
    """A client hanging up mid-answer is what the fault tests provoke (size caps, deadlines): no
    traceback for it on stderr; any other handler error is still printed."""

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class MirrorServer:
    """A threaded HTTP server for one mirror directory; use as a context manager."""

    def __init__(self, site: str | Path, *, conditional: bool = True) -> None:
        self.root = Path(site) if isinstance(site, Path) else MIRRORS / site
        if not self.root.is_dir():
            raise FileNotFoundError(f"no mirror at {self.root}")
        self.conditional = conditional
        self.requests: list[Request] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._always: dict[str, Fault] = {}
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:<port>"""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def fault(self, path: str, fault: Fault, *, times: int | None = 1) -> None:
        """Apply `fault` to the next `times` requests of `path` (None: every request)."""
        with self._lock:
            if times is None:
                self._always[path] = fault
            else:
                self._faults.setdefault(path, deque()).extend([fault] * times)

    def heal(self) -> None:
        """Drop every queued and permanent fault."""
        with self._lock:
            self._faults.clear()
            self._always.clear()

    def hits(self, path: str) -> int:
        """How many requests reached `path` (query string included in the match)."""
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def next_fault(self, path: str) -> Fault | None:
        """The fault for this request, if any (queued ones first)."""
        with self._lock:
            queue = self._faults.get(path)
            if queue:
                return queue.popleft()
            return self._always.get(path)

    def log(self, request: Request) -> None:
        """Remember a request."""
        with self._lock:
            self.requests.append(request)

    def resolve(self, path: str) -> Path | None:
        """The file behind a URL path (dir → index.html, no suffix → .html), or None."""
        rel = urlsplit(path).path.lstrip("/")
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root.resolve()):
            return None
        for candidate in (target, target / "index.html", target.with_name(target.name + ".html")):
            if candidate.is_file():
                return candidate
        return None

    def render(self, file: Path) -> bytes:
        """A mirror file's bytes, with {{BASE}} replaced in text files."""
        data = file.read_bytes()
        if file.suffix != ".gz":
            data = data.replace(b"{{BASE}}", self.base_url.encode())
        return data

    def __enter__(self) -> MirrorServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _handler_for(server: MirrorServer) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to one mirror."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: tests read `server.requests` instead."""

        def do_GET(self) -> None:
            server.log(Request(self.path, {k.lower(): v for k, v in self.headers.items()}))
            fault = server.next_fault(self.path) or Fault()
            if fault.delay:
                time.sleep(fault.delay)
            if fault.reset:
                self._reset()
                return
            if fault.redirect:
                self._send(302, b"", {"Location": fault.redirect, **fault.headers})
                return
            if fault.status:
                self._send(fault.status, b"", fault.headers)
                return
            if fault.stream:
                self._stream(fault)
                return
            if fault.body is not None:
                self._send(200, fault.body, {"Content-Type": "text/html", **fault.headers}, fault)
                return
            file = server.resolve(self.path)
            if file is None:
                self._send(404, b"not found", {"Content-Type": "text/plain"})
                return
            body = server.render(file)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers = {
                "Content-Type": CONTENT_TYPES.get(file.suffix, "text/html; charset=utf-8"),
                "ETag": etag,
                "Last-Modified": LAST_MODIFIED,
                **fault.headers,
            }
            if server.conditional and self.headers.get("If-None-Match") == etag:
                self._send(304, b"", {"ETag": etag})
                return
            self._send(200, body, headers, fault)

        def _send(
            self, status: int, body: bytes, headers: dict[str, str], fault: Fault | None = None
        ) -> None:
            """Status line, headers, then the body (maybe stalled or cut short)."""
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status == 304:
                return
            try:
                if fault and fault.truncate is not None:
                    self.wfile.write(body[: fault.truncate])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                if fault and fault.stall:
                    half = len(body) // 2
                    self.wfile.write(body[:half])
                    self.wfile.flush()
                    time.sleep(fault.stall)
                    self.wfile.write(body[half:])
                    return
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _stream(self, fault: Fault) -> None:
            """A body of unknown length, ended by closing the connection."""
            assert fault.stream is not None
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            for key, value in fault.headers.items():
                self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                for chunk in fault.stream():
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError, OSError):
                return

        def _reset(self) -> None:
            """Close with RST: the client sees 'connection reset by peer'."""
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

    return Handler


def mirror_source(tmp_dir: Path, toml: str, server: MirrorServer):  # -> Source
    """Load a `[[source]]` TOML entry (with {{BASE}} for the server) through the real loader."""
    from extractors.sources import load_sources

    path = Path(tmp_dir) / "sources.toml"
    path.write_text(toml.replace("{{BASE}}", server.base_url), encoding="utf-8")
    (source,) = load_sources(path)
    return source
