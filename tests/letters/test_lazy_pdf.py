"""WeasyPrint is loaded by the first letter, not by start-up (a third of the start-up time)."""

from __future__ import annotations

import subprocess
import sys

from app.letters import build_complaint, render, validate

from .cases import OFFENCES, PARIS, TODAY, base


def test_start_up_does_not_import_weasyprint():
    code = ("import sys; from app import create_app; create_app(); "
            "print('weasyprint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_the_first_letter_loads_it_and_renders():
    letter = build_complaint(validate(base()), OFFENCES, PARIS, TODAY)
    assert render(letter, "pdf").startswith(b"%PDF-")
    assert "weasyprint" in sys.modules


def test_render_stays_the_function_whatever_is_imported_later():
    """`app.letters.render` is both a function and a package of renderers: the function wins."""
    import importlib

    import app.letters
    import app.letters.render.pdf  # noqa: F401

    importlib.import_module("app.letters.render")
    assert callable(app.letters.render) and app.letters.render.__module__ == "app.letters"
