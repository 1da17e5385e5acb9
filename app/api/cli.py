"""CLI commands over the same engines as the API (`flask qualify FILE.json`, documents)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the CLI commands."""
