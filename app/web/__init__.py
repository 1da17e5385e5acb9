"""The web layer shared by every capability: languages, safety headers, errors, assets."""

from __future__ import annotations

from flask import Flask


def init_web(app: Flask) -> None:
    from app.web import (
        assets,
        compress,
        errors,
        i18n,
        pagecache,
        proxy,
        safety,
        templating,
        wellknown,
    )

    i18n.init_app(app)
    compress.init_app(app)
    safety.init_app(app)
    errors.init_app(app)
    assets.init_app(app)
    templating.init_app(app)
    wellknown.init_app(app)
    pagecache.init_app(app)
    proxy.init_app(app)
