"""Request bodies of the documents API that many tests send: a complaint, the partie-civile letter
and the appeal to the procureur général, and `post` to send one as JSON."""

from __future__ import annotations

import copy
import json

from tests.letters.action_bodies import GOOD
from tests.letters.cases import base

QUALIFICATION = {"facts_date": "2025-03-12", "content_type": "sexual_deepfake",
                 "distribution": "public_online"}
BODY = base(qualification=QUALIFICATION, commune_insee="75111", partie_civile=True)
# Received by the procureur on 2 June 2025: the three months end on 2 September (a Tuesday).
PC_BODY = {**copy.deepcopy(BODY), "first_complaint_to": "procureur",
           "first_complaint_date": "2025-06-02", "signed_on": "2025-09-03"}
# The complaint's body as it is, plus the decision it appeals against (CPP 40-3).
PG_BODY = {**copy.deepcopy(BODY), "complaint_date": "2025-06-02", "decision_date": "2026-10-01",
           "decision_reference": "25153000123", "decision_reason": "Auteur non identifié",
           "signed_on": "2026-11-20"}
URL = "/api/v1/documents"


def post(client, path, body, **kwargs):
    data = body if isinstance(body, bytes) else json.dumps(body)
    return client.post(path, data=data, content_type=kwargs.pop("content_type",
                                                                "application/json"), **kwargs)


# One good body for every kind of document of the registry.
SAMPLES = {"complaint": BODY, "partie_civile": PC_BODY, "pg_appeal": PG_BODY, **GOOD}


TARGETS = ["https://www.twitch.tv/videos/123456", "https://t.me/canal_x/43?single=1"]


def from_complaint(**changes) -> dict:
    """The complaint API's body as it is, plus the action fields."""
    body = copy.deepcopy(BODY)
    body.update({"target_urls": list(TARGETS), **changes})
    return body


