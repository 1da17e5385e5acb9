"""The web layer shared by every capability: languages, safety headers, errors, assets."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Every request's hooks and the helpers every template uses; imports no capability."""
    from app.web import (
        assets,
        compress,
        errors,
        hygiene,
        i18n,
        pagecache,
        proxy,
        ratelimit,
        safety,
        sitemap,
        templating,
        wellknown,
    )

    hygiene.init_app(app)  # first: refused requests reach no other hook
    i18n.init_app(app)
    compress.init_app(app)
    safety.init_app(app)
    errors.init_app(app)
    assets.init_app(app)
    templating.init_app(app)
    sitemap.init_app(app)
    wellknown.init_app(app)
    pagecache.init_app(app)
    proxy.init_app(app)
    ratelimit.init_app(app)
