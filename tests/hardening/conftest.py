"""A full run must really judge at least 5 000 hostile inputs, not just ask for them.

Hypothesis may run fewer examples than `max_examples` (a small search space, a filter that
rejects), so the inputs actually judged by `hostile.check` are counted. When every fuzz test of
this folder ran at full scale, fewer than the minimum fails the session.
"""

from __future__ import annotations

import pytest

from . import hostile

FUZZ_MODULES = ("tests/hardening/test_fuzz_api.py", "tests/hardening/test_fuzz_forms.py")
_state = {"partial": False, "ran": 0}


def _is_fuzz(item) -> bool:
    return str(item.fspath).replace("\\", "/").endswith(FUZZ_MODULES)


def pytest_deselected(items):
    if any(_is_fuzz(item) for item in items):
        _state["partial"] = True


def pytest_runtest_logreport(report):
    if report.when == "call" and report.nodeid.startswith(FUZZ_MODULES):
        _state["ran"] += 1
        if not report.passed:
            _state["partial"] = True


def pytest_collection_finish(session):
    _state["expected"] = sum(1 for item in session.items if _is_fuzz(item))


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    judged = hostile.JUDGED[0]
    full = (hostile.SCALE >= 1 and not _state["partial"] and _state.get("expected")
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
