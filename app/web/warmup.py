"""Work that a capability leaves to first use, so that `create_app()` stays short (tests, `flask`
commands, `make run`): rendering every content page, building the search index.

A capability registers that work with `on_warm_up(app, work)`; `warm_up(app)` does it all at once.
Production servers call it before serving (`app:create_served_app`), so no visitor waits for it,
workers forked from a preloading master share the result, and a broken content file stops the
server by its name, as it always did.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

KEY = "recours.warm_up"


def on_warm_up(app: Flask, work: Callable[[], object]) -> None:
    app.extensions.setdefault(KEY, []).append(work)


def warm_up(app: Flask) -> Flask:
    """Do every capability's deferred work now, in the order they registered it."""
    for work in app.extensions.get(KEY, ()):
        work()
    return app
