"""Recours: bilingual legal information for people targeted by sexual deepfakes in France.

The factory only wires configuration and the capabilities; each capability lives in its own
package and wires itself with `init_app(app)` (see docs/architecture.md).
"""

from __future__ import annotations

from importlib import import_module

from flask import Flask

from app.config import DefaultConfig

# Every capability, in the order they are wired: the law first (a broken data file stops start-up
# by its name), the web layer next (hooks, languages, the site map), the capabilities with pages,
# then search, which reads every page the others registered.
CAPABILITIES = (
    "app.law",
    "app.web",
    "app.services",
    "app.pages",
    "app.interview",
    "app.api",
    "app.search",
    "app.export",
    "app.lawwatch",
)


def create_app(test_config: dict | None = None) -> Flask:
    """Build the application. `test_config` overrides the defaults (used by tests)."""
    app = Flask(__name__, static_folder=None)
    app.config.from_object(DefaultConfig)
    app.config.from_prefixed_env("RECOURS")
    if test_config:
        app.config.update(test_config)
    for name in CAPABILITIES:
        import_module(name).init_app(app)
    return app


def create_served_app() -> Flask:
    """The application as production servers run it (deploy/granian.sh, deploy/gunicorn.conf.py):
    `create_app()`, then the work it leaves to first use done at once (every content page
    rendered, the search index built: app/web/warmup.py), so no visitor waits for it and a broken
    content file stops the server at start."""
    from app.web.warmup import warm_up

    return warm_up(create_app())
