"""Action pack: letters that get content taken down, delisted, erased or preserved.

Seven kinds, beside the complaint letters and built on the same model (app.letters.model.Letter),
so every format renders them. Pure functions, no Flask, nothing written. Unlike the complaint, the
English letter is a letter to send (platforms often answer in English), not a reading copy; the
request under the US TAKE IT DOWN Act is English only, with a French reading copy.
Each is a document kind of app/letters/registry.py (kinds.py): the API, the CLI and the
interview make these letters through the registry, like every other letter.

    from app.letters.action import KINDS, validate, BUILDERS, deadline, due_date

    KINDS == ("platform_notice", "platform_appeal", "delisting", "erasure", "cnil_complaint",
              "preservation", "us_removal_request")  # URL/CLI spelling: "-" for "_"
    data = validate(kind, raw, today)    # clean dict, or raises LetterInputError(.errors)
                                         #  {field, code, message{fr,en}}; resolves the offences
                                         #  into data["offences"] = [{article, code, title}]
    letter = BUILDERS[kind](data, today) # -> Letter
    deadline("gdpr_answer")              # -> Deadline(key, amount, unit, rule{fr,en}, source,
                                         #    grade, checked_on), from deadlines.yaml
    due_date(start, "gdpr_answer")       # start + that duration (month arithmetic as CPP 85)

What each body holds (fields, limits, which are required per kind) is declared in schema.py,
which also gives the OpenAPI schemas of /api/v1/documents/<kind>. In short: the complaint's
body (victim, representative — a parent writing for a child —, facts, exhibits, qualification,
author…) plus platform, target_urls (up to 50 exact addresses) and/or target_places (content
with no web address: app, group or conversation, account, seen, reported in the app; at least
one of the two), articles, and per kind:
platform_notice csam, explanation; platform_appeal notice_date, decision_date, explanation;
delisting content_kind; erasure controller, minor_at_collection; cnil_complaint controller,
minor_at_collection, request_date, answer; preservation complaint_date, complaint_authority,
accounts; us_removal_request content_kind, depiction, explanation, electronic_signature.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .deadlines import Deadline, deadline, due_date
from .kinds import KINDS as DOCUMENT_KINDS
from .platforms import platform_names
from .schema import ActionInputError

KINDS = tuple(kind.id for kind in DOCUMENT_KINDS)
BUILDERS = {kind.id: kind.build for kind in DOCUMENT_KINDS}
_BY_ID = {kind.id: kind for kind in DOCUMENT_KINDS}


def validate(kind: str, raw: Any, today: date) -> dict:
    """A clean copy of `raw` for a letter of `kind`; raises LetterInputError."""
    if kind not in _BY_ID:
        raise ValueError(f"unknown kind: {kind}")
    return _BY_ID[kind].prepare(raw, today, None)


__all__ = ["BUILDERS", "KINDS", "ActionInputError", "Deadline", "deadline", "due_date",
           "platform_names", "validate"]
