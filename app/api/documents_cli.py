"""CLI for documents: `flask document complaint FILE.json --format pdf -o OUT`."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the document commands."""
