"""limits' in-memory storage, made to forget each entry as soon as its window ends.

limits' MemoryStorage drops expired entries only when another request comes in (a timer runs once,
10 ms after each hit): a visitor who asked for one letter on a quiet night would stay in memory
until the next visitor. The privacy page promises less than that, so this storage keeps a heap of
the moments windows end and a thread that wakes at each of them and erases what has expired.
The thread is started by the first hit in each process (never in gunicorn's master, whose threads
do not survive the fork) and stops when nothing is held.

URI: `expiring-memory://` (the default of RATELIMIT_STORAGE_URI in app/config.py).
"""

from __future__ import annotations

import heapq
import threading
import time

from limits.storage import MemoryStorage


class ExpiringMemoryStorage(MemoryStorage):
    STORAGE_SCHEME = ["expiring-memory"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: str):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self._ends: list[float] = []
        self._wake = threading.Condition()
        self._sweeping = False

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        count = super().incr(key, expiry, amount)
        if count == amount:  # a new window: fixed-window keys expire `expiry` after their first hit
            self._forget_at(self.get_expiry(key))
        return count

    def held(self) -> list[str]:
        """The keys held now (each holds one client's count for one limit)."""
        return list(self.storage)

    def _forget_at(self, moment: float) -> None:
        with self._wake:
            heapq.heappush(self._ends, moment)
            if not self._sweeping:
                self._sweeping = True
                threading.Thread(target=self._sweep, name="ratelimit-expiry", daemon=True).start()
            self._wake.notify()

    def _sweep(self) -> None:
        with self._wake:
            while self._ends:
                wait = self._ends[0] - time.time()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                heapq.heappop(self._ends)
                for key in list(self.expirations):
                    self.get(key)  # MemoryStorage.get erases an expired key
            self._sweeping = False

    def reset(self) -> int | None:
        with self._wake:
            self._ends.clear()
        return super().reset()
