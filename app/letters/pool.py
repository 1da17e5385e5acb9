"""Letters are drawn in a few separate processes, each task bounded in CPU time and in wall time.

Why: drawing a PDF holds a CPU (and, in the web process, the interpreter) for as long as the letter
needs. In the web process, a long letter would stall every page that worker serves; a handful of
them would stall the site. Here each web process sends its letters to a small pool of its own
(pebble's ProcessPool, started on first use, its processes forked from a server that has already
loaded the renderers):

- at most `workers` letters are drawn at once and `waiting` more may queue; past that the caller
  gets `Busy` at once (the web answers 503 with Retry-After), never a growing queue;
- pool processes run at a lower priority (nice 10): on a busy machine the pages come first;
- a task over `cpu_seconds` of CPU is killed by the kernel (RLIMIT_CPU, set afresh before each
  task): the caller gets `TooCostly` (the letter itself costs too much) and a fresh process takes
  its place; one still running after `timeout` seconds of wall time, CPU time not spent (the
  machine is overloaded), is stopped too and the caller gets `Busy`, to try again later.

No Flask here; nothing is written anywhere: the letter's model goes to the process through a pipe
and its bytes come back the same way.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.util
import os
import resource
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from pebble import ProcessExpired, ProcessPool


@dataclass(frozen=True)
class Settings:
    # Letters drawn at once and letters waiting, per web process. Together they must stay below
    # the web process's threads (granian --blocking-threads 3, gunicorn --threads 4): a thread
    # waiting for a letter serves no page, so one thread is always left for pages.
    workers: int = 2
    waiting: int = 0
    cpu_seconds: int = 10     # CPU time one letter may take (RLIMIT_CPU, whole seconds)
    timeout: float = 45.0     # wall time, waiting for a CPU included (under nginx's 60 s)
    retry_after: int = 5      # seconds a client is told to wait when the pool is full


class Busy(RuntimeError):
    """Every process is drawing and the queue is full: try again in `retry_after` seconds."""

    def __init__(self, retry_after: int):
        super().__init__(f"the render pool is full; retry in {retry_after} s")
        self.retry_after = retry_after


class TooCostly(RuntimeError):
    """The letter took more CPU time than one letter may take."""


def _lower_priority() -> None:
    """Pool processes yield the CPU to the web processes: pages stay fast while letters draw."""
    os.nice(10)


def _bounded(cpu_seconds: int, function: Callable, args: tuple) -> Any:
    """Run in a pool process: the kernel stops it past `cpu_seconds` more of CPU time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent = usage.ru_utime + usage.ru_stime
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    limit = int(spent) + cpu_seconds + 1
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))
    try:
        return function(*args)
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))


def _stop(pool: ProcessPool) -> None:
    pool.stop()
    pool.join(timeout=5)


class RenderPool:
    def __init__(self, settings: Settings | None = None, preload: tuple[str, ...] = ()):
        self.settings = settings or Settings()
        self.preload = preload
        self._lock = threading.Lock()
        self._pool: ProcessPool | None = None
        self._pid = 0
        self._slots = threading.BoundedSemaphore(self.settings.workers + self.settings.waiting)

    def configure(self, settings: Settings) -> None:
        """New limits (at start-up); the processes are started again on next use."""
        with self._lock:
            self.settings = settings
            self._slots = threading.BoundedSemaphore(settings.workers + settings.waiting)
            self._close_locked()

    def _processes(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or self._pid != os.getpid() or not self._pool.active:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(list(self.preload))
                self._pool = ProcessPool(max_workers=self.settings.workers, context=context,
                                         initializer=_lower_priority)
                self._pid = os.getpid()
                # A web process that is itself a multiprocessing child (granian's and gunicorn's
                # workers) exits through multiprocessing, which runs no atexit handler and waits
                # for its children: stop the pool first, or the worker never ends.
                multiprocessing.util.Finalize(self, _stop, args=(self._pool,), exitpriority=100)
            return self._pool

    def run(self, function: Callable, *args: Any) -> Any:
        """`function(*args)` in a pool process; Busy when full, TooCostly when over a limit."""
        slots = self._slots
        if not slots.acquire(blocking=False):
            raise Busy(self.settings.retry_after)
        try:
            future = self._processes().schedule(
                _bounded, args=(self.settings.cpu_seconds, function, args),
                timeout=self.settings.timeout)
            try:
                return future.result()
            except ProcessExpired as error:
                raise TooCostly(str(error)) from None
            except FutureTimeout:
                raise Busy(self.settings.retry_after) from None
        finally:
            slots.release()

    def _close_locked(self) -> None:
        if self._pool is not None and self._pid == os.getpid():
            self._pool.stop()
            self._pool.join(timeout=5)
        self._pool = None

    def close(self) -> None:
        with self._lock:
            self._close_locked()
