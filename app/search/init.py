"""Start-up work for search (the index is built once, in memory)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Build the search index."""
