"""Support-services directory and "help near you" pages (thin views over app.services).

The directory's filters say something of a person's situation (a minor, blackmail…): the form
sends them by POST, so they never enter the address bar or the browser history (a GET with the
same query still works, for links). The place typed in "help near you" is location data, so it
is sent by POST only. Neither answer is ever cached.
"""

from __future__ import annotations

from flask import g, render_template, request

from app.services import present
from app.services.communes import MAX_QUERY
from app.services.directory import urgent_strip
from app.services.filters import CHOICES, apply_filters, read_filters
from app.services.nearby import Answer, answer
from app.services.wording import say, wording
from app.web.i18n import localized_blueprint
from app.web.safety import no_store

bp = localized_blueprint("services", __name__,
                         paths={"fr": {"/help-near-you": "/aide-pres-de-chez-vous",
                                       "/services": "/services-d-aide"}})


@bp.route("/services", methods=["GET", "POST"])
@no_store
def directory():
    lang = g.lang
    filters = read_filters(request.form if request.method == "POST" else request.args)
    services = [present.service_view(s, lang) for s in apply_filters(filters)]
    urgent = [] if services else [present.service_view(s, lang) for s in urgent_strip()]
    errors = {name: say(lang, "invalid_filter", field=say(lang, f"filter_{name}"))
              for name in filters.invalid}
    count = (say(lang, "count_one") if len(services) == 1
             else say(lang, "count_many", count=len(services)))
    html = render_template("services/directory.html", w=wording(lang), filters=filters,
                           choices=CHOICES, services=services, urgent=urgent, errors=errors,
                           count=count)
    return html, 400 if filters.invalid else 200


def _near_page(result: Answer | None = None):
    lang = g.lang
    context = {"w": wording(lang), "place": "", "result": result, "max_query": MAX_QUERY,
               "attribution": present.attribution(lang)}
    if result is not None:
        context.update(present.answer_context(result, lang))
    return render_template("services/help_near_you.html", **context)


@bp.get("/help-near-you")
@no_store
def help_near_you():
    return _near_page()


@bp.post("/help-near-you")
@no_store
def help_near_you_answer():
    result = answer(request.form)
    return _near_page(result), result.status
