"""The lock files hold every package pinned in pyproject.toml, at the same version, with hashes.

When this fails after adding or changing a dependency in pyproject.toml: run `make lock` and
commit pyproject.toml with both lock files (docs/dependencies.md)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s;]+)")
LOCKED = re.compile(r"^([a-z0-9_.-]+)==([^\s;\\]+)", re.M)


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(requirements: list[str]) -> dict[str, str]:
    found = {}
    for line in requirements:
        match = PIN.match(line.strip())
        assert match, f"not pinned with ==: {line!r}"
        found[normal(match.group(1))] = match.group(2)
    return found


def locked(name: str) -> dict[str, str]:
    return {normal(n): v for n, v in LOCKED.findall((ROOT / "requirements" / name).read_text())}


def declared() -> tuple[dict[str, str], dict[str, str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    build = [line for line in (ROOT / "requirements" / "build.in").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    runtime = pins(project["dependencies"] + build)
    extras = pins([r for reqs in project["optional-dependencies"].values() for r in reqs])
    return runtime, extras


def test_every_pinned_package_is_locked_at_its_version():
    runtime, extras = declared()
    app, dev = locked("app.lock"), locked("dev.lock")
    stale = {name: (version, app.get(name)) for name, version in runtime.items()
             if app.get(name) != version}
    stale |= {name: (version, dev.get(name)) for name, version in {**runtime, **extras}.items()
              if dev.get(name) != version}
    assert not stale, f"pyproject.toml and the locks differ: run `make lock` ({stale})"


def test_the_app_lock_is_the_dev_lock_s_runtime_part():
    app, dev = locked("app.lock"), locked("dev.lock")
    assert {name: dev.get(name) for name in app} == app


def test_every_locked_package_carries_hashes():
    for name in ("app.lock", "dev.lock"):
        text = (ROOT / "requirements" / name).read_text()
        entries = re.split(r"\n(?=[a-z0-9_.-]+==)", text.split("\n", 2)[2])
        for entry in entries:
            if entry.strip() and not entry.startswith("#"):
                assert re.search(r"--hash=sha256:[0-9a-f]{64}", entry), entry[:80]
