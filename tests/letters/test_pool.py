"""The render pool: a letter runs in another process, bounded in CPU and wall time; a full pool
answers at once instead of queueing without end. Stand-in tasks (builtins) keep this fast; the
letters themselves go through the pool in tests/api and tests/interview/complaint."""

from __future__ import annotations

import threading
import time

import pytest

from app.letters.pool import Busy, RenderPool, Settings, TooCostly


@pytest.fixture()
def pool():
    instance = RenderPool(Settings(workers=1, waiting=1, cpu_seconds=1, timeout=60))
    yield instance
    instance.close()


def test_a_task_runs_in_another_process_and_returns_its_result(pool):
    import os

    assert pool.run(sum, range(1000)) == 499500
    assert pool.run(os.getpid) != os.getpid()


def test_a_task_over_its_cpu_time_is_stopped_and_the_pool_goes_on(pool):
    with pytest.raises(TooCostly):
        pool.run(sum, range(10**12))  # minutes of CPU: the kernel stops it after one second
    assert pool.run(sum, range(10)) == 45


def test_a_task_over_its_wall_time_is_stopped_and_said_busy():
    """Wall time without CPU time means an overloaded machine, not a costly letter: try later."""
    quick = RenderPool(Settings(workers=1, waiting=0, cpu_seconds=5, timeout=1))
    try:
        started = time.monotonic()
        with pytest.raises(Busy):
            quick.run(time.sleep, 30)
        assert time.monotonic() - started < 25
        assert quick.run(sum, range(3)) == 3
    finally:
        quick.close()


def test_a_full_pool_answers_busy_at_once_with_a_delay_to_wait(pool):
    pool.run(sum, range(3))  # started
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(pool.run(time.sleep, 2)))
               for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    started = time.monotonic()
    with pytest.raises(Busy) as busy:
        pool.run(sum, range(3))
    assert time.monotonic() - started < 0.5 and busy.value.retry_after > 0
    for thread in threads:
        thread.join()
    assert results == [None, None]
    assert pool.run(sum, range(3)) == 3, "free again once the letters are done"
