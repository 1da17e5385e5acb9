"""A full run must really judge at least 5 000 hostile inputs, not just ask for them.

Hypothesis may run fewer examples than `max_examples` (a small search space, a filter that
rejects), so the inputs actually judged by `hostile.check` are counted. When every fuzz test of
the hardening folder ran at full scale, fewer than the minimum fails the session.

A plugin loaded by tests/conftest.py, not a conftest of the folder: with pytest-xdist the
controlling process collects nothing, so a folder's conftest would never run there. Each worker
sends its count and what it collected in `workeroutput`; the controller adds them up.
"""

from __future__ import annotations

import pytest

from . import hostile

FUZZ_MODULES = ("tests/hardening/test_fuzz_api.py", "tests/hardening/test_fuzz_forms.py")
_state = {"partial": False, "ran": 0, "expected": 0, "judged_by_workers": 0, "workers": 0}


def _is_fuzz(item) -> bool:
    return str(item.fspath).replace("\\", "/").endswith(FUZZ_MODULES)


def pytest_deselected(items):
    if any(_is_fuzz(item) for item in items):
        _state["partial"] = True


def pytest_runtest_logreport(report):
    """Called in the process that runs the tests and, under xdist, in the controller too."""
    if report.when == "call" and report.nodeid.startswith(FUZZ_MODULES):
        _state["ran"] += 1
        if not report.passed:
            _state["partial"] = True


def pytest_collection_finish(session):
    _state["expected"] = sum(1 for item in session.items if _is_fuzz(item))


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """Controller side of xdist: one worker's count and collection."""
    output = getattr(node, "workeroutput", {}).get("fuzz_count")
    if not output:
        _state["partial"] = True  # a worker that died counted nothing: no verdict on the total
        return
    _state["workers"] += 1
    _state["judged_by_workers"] += output["judged"]
    _state["expected"] = max(_state["expected"], output["expected"])
    _state["partial"] = _state["partial"] or output["partial"]


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:  # an xdist worker: the controller judges the total
        worker_output["fuzz_count"] = {"judged": hostile.JUDGED[0], "partial": _state["partial"],
                                       "expected": _state["expected"]}
        return
    judged = hostile.JUDGED[0] + _state["judged_by_workers"]
    full = (hostile.SCALE >= 1 and not _state["partial"] and _state["expected"]
            and _state["ran"] == _state["expected"])
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter and judged:
        reporter.ensure_newline()
        reporter.write_line(f"fuzz: {judged} hostile inputs judged, none answered 5xx")
    if full and judged < hostile.FULL_RUN_MINIMUM:
        if reporter:
            reporter.write_line(f"fuzz: fewer than {hostile.FULL_RUN_MINIMUM} inputs judged "
                                "in a full run", red=True)
        session.exitstatus = 1
