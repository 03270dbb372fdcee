"""Time, host limits and host safety for the fetcher: small pieces with no HTTP in them.

Time is injected (`Clock`) so backoff and rate-limit tests advance a fake clock instead of
sleeping; the host checks keep a crawl on the outlet's own hosts and off private networks.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

#: Resolves a host name to its IP address strings (injectable so tests never hit DNS).
Resolver = Callable[[str], list[str]]


class Clock(Protocol):
    """Wall time for records, monotonic time for intervals, and a sleep that can be faked."""

    def now(self) -> dt.datetime: ...

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        """The current UTC time."""
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Really wait."""
        if seconds > 0:
            time.sleep(seconds)


class FakeClock:
    """A clock whose sleep advances time at once and remembers each wait (for tests and replay)."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._start = start or dt.datetime(2026, 11, 21, tzinfo=dt.UTC)
        self._elapsed = 0.0
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    def now(self) -> dt.datetime:
        """The start time plus every wait so far."""
        return self._start + dt.timedelta(seconds=self._elapsed)

    def monotonic(self) -> float:
        """Seconds waited so far."""
        return self._elapsed

    def sleep(self, seconds: float) -> None:
        """Advance time instead of waiting."""
        with self._lock:
            self.sleeps.append(seconds)
            self._elapsed += max(seconds, 0.0)


class HostLimiter:
    """Per-host concurrency (a semaphore) and request spacing (a reserved next start time)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, host: str, *, interval: float, concurrency: int) -> Iterator[None]:
        """Hold one of the host's slots, starting no sooner than `interval` after the last."""
        with self._lock:
            sem = self._slots.setdefault(host, threading.BoundedSemaphore(max(concurrency, 1)))
        with sem:
            with self._lock:
                now = self.clock.monotonic()
                start = max(now, self._next.get(host, now))
                self._next[host] = start + interval
            if start > now:
                self.clock.sleep(start - now)
            yield

    def defer(self, host: str, seconds: float) -> None:
        """Hold every request to a host for `seconds` (it said 429/503 with Retry-After)."""
        with self._lock:
            until = self.clock.monotonic() + max(seconds, 0.0)
            self._next[host] = max(self._next.get(host, until), until)


def retry_after_seconds(value: str | None, now: dt.datetime) -> float | None:
    """Seconds asked by a Retry-After header (delta seconds or HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²".isdigit() is True, float("²") raises
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max((when - now).total_seconds(), 0.0)


def system_resolver(host: str) -> list[str]:
    """The host's addresses from the system resolver (empty if it does not resolve)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in infos]


def is_internal_address(addr: str) -> bool:
    """True for private, loopback, link-local, reserved or unspecified addresses."""
    try:
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
    except ValueError:
        return False
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_unspecified
        or ip.is_multicast
    )


def host_refusal(host: str, declared: frozenset[str], resolver: Resolver) -> str | None:
    """None when the host may be fetched; else the error kind: "unsafe_host" or "offsite".

    Declared hosts are allowed whatever their address (tests' mirrors live on 127.0.0.1);
    any other host is refused, as "unsafe_host" when it is or resolves to an internal address.
    """
    host = host.lower().strip("[]")
    if host in declared:
        return None
    try:
        addrs = [str(ipaddress.ip_address(host))]
    except ValueError:
        addrs = ["127.0.0.1"] if host == "localhost" else resolver(host)
    if any(is_internal_address(a) for a in addrs):
        return "unsafe_host"
    return "offsite"
