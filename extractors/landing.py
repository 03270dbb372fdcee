"""The raw/ landing store: pages by content hash, an append-only manifest and attempt log.

Layout and manifest row: docs/architecture.md ("raw/: the landing store"). Pages are written
to a temporary file, fsynced and renamed, so a killed process never leaves half a page under
its final name; log lines are appended with one `write` on an O_APPEND descriptor.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
MANIFEST_FIELDS: tuple[str, ...] = (
    "sha256",
    "url",
    "final_url",
    "source",
    "fetched_at",
    "status",
    "content_type",
    "etag",
    "last_modified",
    "size",
)


#: Secrets that must never reach the attempt log in clear: a URL's password, and the values of
#: query parameters with these names (case-insensitive). Each rule: (pattern, replacement).
SECRET_QUERY_PARAMS: tuple[str, ...] = (
    "token", "access_token", "auth", "api_key", "apikey", "key", "password", "passwd", "pass",
    "secret", "sig", "signature", "session", "sessionid", "sid",
)
REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(//[^/\s:@]*:)[^@/\s]*@"), r"\1***@"),
    (re.compile(r"([?&;](?:" + "|".join(SECRET_QUERY_PARAMS) + r")=)[^&;#\s]*", re.IGNORECASE),
     r"\1***"),
)


def redact(text: str) -> str:
    """Text with URL passwords and secret query values masked, so logs never keep them."""
    for pattern, replacement in REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RawStoreError(Exception):
    """The raw store cannot give back what it promised (missing or corrupted page)."""


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One landed page: where it came from, when, and the hash that names its file."""

    sha256: str
    url: str
    final_url: str
    source: str
    fetched_at: str
    status: int
    content_type: str | None
    etag: str | None
    last_modified: str | None
    size: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON object written to manifest.jsonl."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class LandResult:
    """What `land` did: whether the bytes and the (sha256, url) row were new."""

    sha256: str
    path: Path
    new_file: bool
    new_row: bool


@dataclass(frozen=True, slots=True)
class SourceStats:
    """Per-source health: pages landed, last fetch attempt, last error."""

    pages_landed: int = 0
    last_fetch: str | None = None
    last_error: str | None = None


def utc_stamp(when: dt.datetime | None = None) -> str:
    """An ISO-8601 UTC timestamp with a Z, second precision, as in the manifest."""
    when = when or dt.datetime.now(dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class RawStore:
    """Content-addressed landing of fetched pages under one `raw/` directory."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.pages = self.root / "pages"
        self.manifest_path = self.root / "manifest.jsonl"
        self.attempts_path = self.root / "attempts.jsonl"
        self._lock = threading.Lock()
        self._keys: set[tuple[str, str]] | None = None
        self._latest: dict[str, str] = {}  # URL -> hash of the bytes last landed from it
        self._validators: dict[str, tuple[str | None, str | None]] = {}

    # -- pages -------------------------------------------------------------------------------

    def page_path(self, sha: str) -> Path:
        """Where the page with this hash lives (raw/pages/ab/abcdef....html)."""
        if not SHA_RE.match(sha):
            raise RawStoreError(f"not a sha256 hex digest: {sha!r}")
        return self.pages / sha[:2] / f"{sha}.html"

    def land(
        self,
        *,
        url: str,
        source: str,
        body: bytes,
        status: int = 200,
        final_url: str | None = None,
        fetched_at: str | None = None,
        content_type: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> LandResult:
        """Write the body once by hash and add a manifest row unless these bytes are already
        the latest landed from this URL.

        A file already there is rewritten when its bytes no longer match their name (a corrupted
        copy heals when the page is fetched again).
        """
        sha = hashlib.sha256(body).hexdigest()
        path = self.page_path(sha)
        new_file = not path.exists()
        if new_file or not _holds(path, sha):
            _atomic_write(path, body)
        row = ManifestRow(
            sha256=sha,
            url=url,
            final_url=final_url or url,
            source=source,
            fetched_at=fetched_at or utc_stamp(),
            status=status,
            content_type=content_type,
            etag=etag,
            last_modified=last_modified,
            size=len(body),
        )
        with self._lock:
            keys = self._load_index()
            # Bytes seen before from this URL are a new row when the URL showed other bytes
            # since (98,450 -> 12,345 -> 98,450): the latest fetch is the article's version.
            new_row = (sha, url) not in keys or self._latest.get(url) != sha
            if new_row:
                _append_line(self.manifest_path, row.to_dict())
                keys.add((sha, url))
            self._remember(row)
        return LandResult(sha256=sha, path=path, new_file=new_file, new_row=new_row)

    def read(self, sha: str) -> bytes:
        """The bytes of a landed page, checked against their hash."""
        path = self.page_path(sha)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise RawStoreError(f"page {sha} is not in {self.root}") from None
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            raise RawStoreError(f"page {path.name} is corrupted: its bytes hash to {actual[:12]}…")
        return data

    def has(self, sha: str, url: str) -> bool:
        """True when these bytes were already landed from this URL."""
        with self._lock:
            return (sha, url) in self._load_index()

    def landed_urls(self) -> set[str]:
        """Every URL a page was landed from (discovery gives the page budget to the others)."""
        with self._lock:
            self._load_index()
            return set(self._latest)

    # -- manifest ----------------------------------------------------------------------------

    def iter_manifest(
        self, on_error: Callable[[int, str], None] | None = None
    ) -> Iterator[ManifestRow]:
        """Stream the manifest; a corrupted line is reported (line number, reason) and skipped."""
        report = on_error or _log_bad_line(self.manifest_path)
        for lineno, obj in _iter_jsonl(self.manifest_path, report):
            try:
                row = ManifestRow(**{k: obj[k] for k in MANIFEST_FIELDS})
                row = _shared_strings(row)
            except (KeyError, TypeError) as exc:
                report(lineno, f"not a manifest row ({exc})")
                continue
            if not SHA_RE.match(str(row.sha256)):
                report(lineno, "bad sha256")
                continue
            yield row

    def validators_for(self, url: str) -> tuple[str | None, str | None]:
        """The latest (ETag, Last-Modified) seen for a URL, for a conditional request."""
        with self._lock:
            self._load_index()
            return self._validators.get(url, (None, None))

    def _load_index(self) -> set[tuple[str, str]]:
        """Read the manifest once to know the landed keys and latest validators."""
        if self._keys is None:
            self._keys = set()
            for row in self.iter_manifest():
                self._keys.add((row.sha256, row.url))
                self._remember(row)
        return self._keys

    def _remember(self, row: ManifestRow) -> None:
        """Keep the newest validators and bytes per URL (manifest order is landing order)."""
        self._validators[row.url] = (row.etag, row.last_modified)
        self._latest[row.url] = row.sha256

    # -- attempts ----------------------------------------------------------------------------

    def record_attempt(
        self,
        *,
        url: str,
        source: str,
        attempt: int,
        status: int | None = None,
        error_kind: str | None = None,
        message: str | None = None,
        duration: float = 0.0,
        time: str | None = None,
        **extra: Any,
    ) -> None:
        """Append one fetch attempt (success or failure) to attempts.jsonl, secrets masked."""
        row = {
            "time": time or utc_stamp(),
            "source": source,
            "url": redact(url),
            "attempt": attempt,
            "status": status,
            "error_kind": error_kind,
            "message": redact(message) if message else message,
            "duration": round(duration, 4),
            **extra,
        }
        with self._lock:
            _append_line(self.attempts_path, row)

    def iter_attempts(self, on_error: Callable[[int, str], None] | None = None) -> Iterator[dict]:
        """Stream the attempt log (corrupted lines reported and skipped)."""
        report = on_error or _log_bad_line(self.attempts_path)
        for _, obj in _iter_jsonl(self.attempts_path, report):
            yield obj

    def stats(self) -> dict[str, SourceStats]:
        """Per source: pages landed (manifest rows), last attempt time, last error message."""
        landed: dict[str, int] = {}
        for row in self.iter_manifest():
            landed[row.source] = landed.get(row.source, 0) + 1
        last: dict[str, str] = {}
        errors: dict[str, str] = {}
        for obj in self.iter_attempts():
            src = str(obj.get("source"))
            last[src] = max(last.get(src, ""), str(obj.get("time", "")))
            if obj.get("error_kind"):
                errors[src] = f"{obj.get('time')} {obj['error_kind']}: {obj.get('message')}"
        return {
            src: SourceStats(landed.get(src, 0), last.get(src), errors.get(src))
            for src in sorted(set(landed) | set(last))
        }


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, fsync, rename: the final name only ever holds whole bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), 0o666 & ~_UMASK)  # mkstemp makes 0600; pages follow the umask
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _process_umask() -> int:
    """The process's umask, read without changing it (os.umask would race other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # not Linux: read it once, at import, before any thread lands
    os.umask(mask)
    return mask


_UMASK = _process_umask()


def _holds(path: Path, sha: str) -> bool:
    """True when the file's bytes hash to `sha` (False if unreadable)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha
    except OSError:
        return False


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (best effort where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _append_line(path: Path, obj: dict[str, Any]) -> None:
    """Append one JSON line with a single write on an O_APPEND descriptor, then fsync."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        # Writers in other processes take the same lock, so the torn-line check sees whole lines.
        fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            # A killed writer left a partial last line: end it so ours stays whole.
            line = b"\n" + line
        written = os.write(fd, line)
        if written != len(line):
            raise RawStoreError(f"short write to {path.name}: {written} of {len(line)} bytes")
        os.fsync(fd)
    finally:
        os.close(fd)


def _iter_jsonl(
    path: Path, report: Callable[[int, str], None]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Stream (line number, object) from a JSON-lines file, reporting lines that do not parse."""
    if not path.exists():
        return
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                report(lineno, f"not JSON ({exc.__class__.__name__})")
                continue
            if not isinstance(obj, dict):
                report(lineno, "not a JSON object")
                continue
            yield lineno, obj


def _log_bad_line(path: Path) -> Callable[[int, str], None]:
    """The default reporter: a warning naming the file and line."""

    def report(lineno: int, reason: str) -> None:
        log.warning("%s line %d skipped: %s", path.name, lineno, reason)

    return report


def _shared_strings(row: ManifestRow) -> ManifestRow:
    """The same row, with its repeated strings shared: a run holds every pending row in memory.

    JSON parsing makes a new string per field: a final URL equal to the URL is a second copy, and
    source ids and content types repeat on every line (about 30% of a row at 100,000 pages).
    """
    final_url = row.url if row.final_url == row.url else row.final_url
    source = sys.intern(row.source) if isinstance(row.source, str) else row.source
    ctype = row.content_type
    if isinstance(ctype, str):
        ctype = sys.intern(ctype)
    if final_url is row.final_url and source is row.source and ctype is row.content_type:
        return row
    return replace(row, final_url=final_url, source=source, content_type=ctype)
