"""Imports run one way: law < qualify < letters < interview < api, and inside the interviews
engine < qualify < complaint < action. A module that imports a higher layer fails here, named
with the import, whether it imports at the top of the file or inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
LAYERS = ["app.law", "app.qualify", "app.letters", "app.interview", "app.api"]
INTERVIEWS = ["app.interview.engine", "app.interview.qualify", "app.interview.complaint",
              "app.interview.action"]


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module `source` (the text of `module`) imports, relative imports made absolute."""
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            name = node.module or ""
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            found |= {name} | {f"{name}.{alias.name}" for alias in node.names}
    return found


def rank(name: str, order: list[str]) -> int | None:
    return next((i for i, layer in enumerate(order)
                 if name == layer or name.startswith(layer + ".")), None)


def upward(module: str, imported: set[str], order: list[str]) -> list[str]:
    own = rank(module, order)
    if own is None:
        return []
    higher = [name for name in imported if (rank(name, order) is not None
                                            and rank(name, order) > own)]
    return sorted(f"{module} imports {name}" for name in higher)


@pytest.mark.parametrize("order", [LAYERS, INTERVIEWS], ids=["capabilities", "interviews"])
def test_no_module_imports_a_higher_layer(order):
    wrong = []
    for path in sorted(APP.rglob("*.py")):
        module = module_name(path)
        wrong += upward(module, imports_of(path.read_text(encoding="utf-8"), module,
                                           path.name == "__init__.py"), order)
    assert not wrong, wrong


@pytest.mark.parametrize(("module", "source"), [
    ("app.letters.probe", "from app.interview.engine import Flow\n"),
    ("app.letters.probe", "def f():\n    from ..api import views\n"),
    ("app.interview.engine.probe", "from ..complaint import body\n"),
    ("app.qualify.probe", "import app.letters.registry\n"),
])
def test_the_check_sees_an_upward_import(module, source):
    order = INTERVIEWS if module.startswith("app.interview") else LAYERS
    assert upward(module, imports_of(source, module), order)


def test_the_check_lets_downward_imports_pass():
    source = "from app.law import get_registry\nfrom .declare import Obj\n"
    assert not upward("app.letters.probe", imports_of(source, "app.letters.probe"), LAYERS)
