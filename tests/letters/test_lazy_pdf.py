"""WeasyPrint is loaded by the first letter, not by start-up (a third of the start-up time)."""

from __future__ import annotations

import subprocess
import sys

import pytest

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


def test_render_is_a_function_and_no_package_shares_its_name():
    """`app.letters.render` is the function; the renderers live in `app.letters.formats`, so no
    import order can make the name mean the package."""
    import importlib

    import app.letters
    import app.letters.formats.pdf  # noqa: F401

    assert callable(app.letters.render) and app.letters.render.__module__ == "app.letters.formats"
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("app.letters.render")
