"""The tests' own layout: no test module imports another one.

What several modules share (request bodies, helpers, cases) lives in a module that is not a test
module (tests/api/bodies.py, tests/browser/helpers.py …) or in a conftest fixture: importing a
test module runs its module-level code again under another name and ties one test file to the
inside of another.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_modules(path: Path, root: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved (a name imported from a package
    counts as a module too: `from . import test_x`)."""
    package = ".".join((root.name, *path.relative_to(root).parent.parts))
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(filter(None, [*parts[: len(parts) - node.level + 1], base]))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def imports_of_test_modules(root: Path) -> dict[str, list[str]]:
    """File under `root` → the test modules (test_*.py) it imports."""
    paths = sorted(root.rglob("*.py"))
    names = {".".join((root.name, *path.relative_to(root).with_suffix("").parts))
             for path in paths if path.name.startswith("test_")}
    found = {}
    for path in paths:
        wrong = sorted(imported_modules(path, root) & names)
        if wrong:
            found[path.relative_to(root.parent).as_posix()] = wrong
    return found


def test_no_test_module_imports_another():
    assert imports_of_test_modules(TESTS) == {}


def test_the_check_finds_an_import_of_a_test_module(tmp_path):
    """The check can fail: absolute, relative and `from . import` forms are all caught."""
    folder = tmp_path / "tests" / "area"
    folder.mkdir(parents=True)
    (folder / "test_a.py").write_text("X = 1\n")
    (folder / "helpers.py").write_text("Y = 2\n")
    (folder / "test_b.py").write_text("from tests.area.test_a import X\nfrom .helpers import Y\n")
    (folder / "test_c.py").write_text("from .test_a import X\n")
    (folder / "test_d.py").write_text("from . import test_a\nimport tests.area.helpers\n")
    assert imports_of_test_modules(tmp_path / "tests") == {
        "tests/area/test_b.py": ["tests.area.test_a"],
        "tests/area/test_c.py": ["tests.area.test_a"],
        "tests/area/test_d.py": ["tests.area.test_a"]}
