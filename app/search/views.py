"""The search page: an empty form on GET, results on POST (the query never enters a URL).

The query is read, searched and shown back in the response only: no log line, no cookie, no cache
(`no_store`). Bad input gets the form again with a message and status 422, never a 500.
"""

from __future__ import annotations

import contextlib
import unicodedata

from flask import current_app, g, render_template, request, url_for
from werkzeug.routing import BuildError

from app.search.wording import say, wording
from app.web.i18n import localized_blueprint
from app.web.safety import no_store

bp = localized_blueprint("search", __name__, paths={"fr": {"/search": "/recherche"}})

MAX_QUERY = 200  # characters; the longest real question fits well within this


def clean(raw: str) -> str:
    """Control and format characters out, runs of spaces collapsed."""
    kept = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in raw)
    return " ".join(kept.split())


def help_links(lang: str) -> list[dict[str, str]]:
    """Where to go when nothing matched: what to do, how to file a complaint, support services."""
    site = current_app.extensions["recours.site"]
    links = []
    for key, label in (("what-to-do", "none_what_to_do"), ("complaint", "none_complaint")):
        page = site.get(lang, key)
        if page is not None:
            links.append({"url": page.url, "label": say(lang, label)})
    with contextlib.suppress(BuildError):  # the services capability may be absent
        links.append({"url": url_for("services.directory"), "label": say(lang, "none_services")})
    return links


@bp.route("/search", methods=("GET", "POST"))
@no_store
def search():
    lang = g.lang
    context = {"w": wording(lang), "query": "", "result": None, "error": None,
               "max_query": MAX_QUERY}
    if request.method == "GET":
        return render_template("search/search.html", **context)
    query = clean(request.form.get("q", ""))
    context["query"] = query
    if not query:
        context["error"] = say(lang, "error_empty")
    elif len(query) > MAX_QUERY:
        context["error"] = say(lang, "error_long", max=MAX_QUERY)
    if context["error"]:
        return render_template("search/search.html", **context), 422
    result = current_app.extensions["recours.search"].search(lang, query)
    context["result"] = result
    if not result.hits:
        context["help_links"] = help_links(lang)
    return render_template("search/search.html", **context)
