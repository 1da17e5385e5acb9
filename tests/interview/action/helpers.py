"""The application with the action pack registered, and a complete set of answers.

Until the lead adds the blueprint to app/blueprints.py, the tests register it themselves."""

from __future__ import annotations

from app import create_app
from tests.conftest import FACTS_ON
from tests.interview.complaint.answers import ANSWERS as COMPLAINT

KINDS = ("platform_notice", "platform_appeal", "delisting", "erasure", "cnil_complaint",
         "preservation")
ALL = {f"pack.{kind}": "yes" for kind in KINDS}
PACK = {
    **ALL,
    "pack.platform": "instagram", "pack.has_url": "yes",
    "pack.urls": "https://www.instagram.com/p/AbC123/",
    "pack.lang": "fr", "pack.csam": "no", "pack.explanation": "Un faux montage sexuel de moi.",
    "pack.notice_date": "2026-10-02", "pack.decision_date": "2026-10-10",
    "pack.content_kind": "fake", "pack.controller_name": "Exemple SAS",
    "pack.controller_address": "1 rue de l'Exemple\n75002 Paris", "pack.minor": "no",
    "pack.request_date": "2026-10-03", "pack.answer": "none",
    "pack.complaint_date": "2026-10-05", "pack.complaint_authority": "procureur de Paris",
}
ANSWERS = {**COMPLAINT, **PACK, "pack.source": "complaint"}


def action_app():
    application = create_app({"TESTING": True, "FACTS_ON": FACTS_ON,
                              "RATE_LIMIT_DOCUMENTS": (0, 60)})
    if "action" not in application.blueprints:
        from app.interview.action.views import bp

        application.register_blueprint(bp)
    return application
