"""Static export: every content page in both languages, the assets, sitemap and robots, written as
files that any static host or CDN can serve (`flask export static`, or `python -m app.export`)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.export.cli import export_cli

    app.cli.add_command(export_cli)
