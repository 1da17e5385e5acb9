"""The direction of imports (docs/architecture.md): a capability imports only the layers below it,
never one beside or above it; the web layer and the shared modules import no capability.

Read from the source with `ast`, so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.config import ROOT

APP = ROOT / "app"

# Lowest first. A module may import its own capability and any layer below its own; two
# capabilities of one layer know nothing of each other.
LAYERS = (
    ("config", "datafiles"),  # settings (the languages among them); the YAML reader
    ("formats", "wording"),  # how dates and penalties read; the loader of wording files
    ("web",),  # every request's hooks and the site map: no feature
    ("law", "services"),  # the law as dated data; support services, courts, platforms
    ("qualify", "pages"),  # rules as code; content pages
    ("letters",),  # the registry of document kinds
    ("interview",),  # guided questions, complaint builder, action pack
    ("api", "search"),  # the JSON API; search, sitemap.xml
    ("export", "lawwatch"),  # static export; the law watch (reads app/law, nothing imports it)
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def capability(module: str) -> str | None:
    """'app.pages.facts' → 'pages'; 'app.formats' → 'formats'; 'app' (the factory) → None."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "app" else None


def module_name(path: Path, root: Path = ROOT) -> str:
    relative = path.relative_to(root).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) for every `import app…` and `from app… import …`, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name == "app":  # `from app import x`: x is the module
                found += [(node.lineno, f"app.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, name))
    return [(line, name) for line, name in found if name == "app" or name.startswith("app.")]


def violations(app_dir: Path = APP) -> list[str]:
    root = app_dir.parent
    faults = []
    for path in sorted(app_dir.rglob("*.py")):
        source = capability(module_name(path, root))
        if source is None:
            continue  # app/__init__.py: the factory wires every capability
        assert source in RANK, f"{path}: place '{source}' in a layer of LAYERS"
        for line, name in imported(path, root):
            target = capability(name)
            where = f"{path.relative_to(root)}:{line}"
            if target is None:
                if path.name != "__main__.py":
                    faults.append(f"{where}: imports the factory (only a __main__ may)")
            elif target != source and RANK.get(target, -1) >= RANK[source]:
                faults.append(f"{where}: {source} imports {name} ({target} is not below it)")
    return faults


def test_no_layer_imports_one_beside_or_above_it():
    assert violations() == []


def test_every_capability_is_placed():
    folders = {p.name for p in APP.iterdir() if (p / "__init__.py").exists()}
    modules = {p.stem for p in APP.glob("*.py")} - {"__init__"}
    assert folders | modules <= set(RANK)


@pytest.mark.parametrize(("source", "line", "why"), [
    ("web", "from app.pages.facts import ContentFunctions", "pages"),
    ("web", "from app.services import strip", "services"),
    ("law", "from app.qualify import engine", "qualify"),
    ("services", "from app.pages import wording", "pages"),
    ("search", "from app.export.cli import export_cli", "export"),
    ("letters", "    from app.interview import views", "interview"),
    ("pages", "import app.qualify.rules", "qualify"),
    ("formats", "from app.web.i18n import LANGUAGES", "web"),
])
def test_an_upward_import_is_named(tmp_path, source, line, why):
    """The check fails on each kind of wrong import (one module in a stand-in app/ folder)."""
    fake = tmp_path / "app"
    target = fake / source / "added.py" if (APP / source).is_dir() else fake / f"{source}.py"
    target.parent.mkdir(parents=True)
    target.write_text("def f():\n" + (line if line.startswith(" ") else "    " + line) + "\n")
    faults = [fault for fault in violations(fake) if why in fault]
    assert faults, line
