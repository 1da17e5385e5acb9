"""OpenAPI paths and schemas for POST /api/v1/qualify, merged into /api/v1/openapi.json.

Enums are read from the engine (app.qualify.facts), so the description cannot drift from what
the engine accepts; a test validates real answers against the output schema. Shared error
schemas `ApiError` and `ApiErrors` may be referenced by other endpoints.
"""

from __future__ import annotations

from app.qualify.facts import BOOLEANS, CHOICES, DATES, FIELDS, REQUIRED

DESCRIPTIONS = {
    "facts_date": "Date of the facts (YYYY-MM-DD, not in the future, not before 1994-03-01). "
                  "It selects the version of each article that applies.",
    "content_type": "sexual_deepfake: fake sexual image or video; deepfake: fake non-sexual "
                    "image, video or voice; real_intimate: real intimate image; none: no image.",
    "how_obtained": "For real_intimate only: captured_without_consent, or given_or_self_made.",
    "distribution": "none, third_party (sent to one or a few people), or public_online.",
    "threat": "none, money_or_other (blackmail for money or anything but images), or "
              "sexual_content (demand for sexual images).",
    "threat_carried_out": "Under a threat only (ignored when threat is none or absent): the "
                          "person carried out the threat, for example by sharing the images "
                          "after threatening to. true counts the higher penalty of article "
                          "312-11 for blackmail; false or absent does not, and a note says "
                          "when it may apply.",
    "lang": "Language of the texts in the answer (default fr).",
    "labelled_as_fake": "The content was presented as fake or generated.",
    "repeated_or_group": "Repeated acts, or several people joining in.",
    "impersonation": "The author pretended to be the person targeted.",
    "author_is_partner": "The author is a spouse, cohabitant, PACS partner, or former one.",
    "solicited_images_from_minor": "The author asked a minor for sexual images.",
    "victim_birth_date": "Date of birth of the person targeted (YYYY-MM-DD); gives the exact "
                         "time limit for offences against minors.",
    "victim_age_at_facts": "Age in whole years of the person targeted at the time (0 to 120).",
}


def _field(name: str) -> dict:
    if name in CHOICES:
        schema = {"type": "string", "enum": list(CHOICES[name])}
    elif name in BOOLEANS:
        schema = {"type": "boolean"}
    elif name in DATES:
        schema = {"type": "string", "format": "date"}
    else:
        schema = {"type": "integer", "minimum": 0, "maximum": 120}
    return {**schema, "description": DESCRIPTIONS[name]}


ORDER = ("facts_date", "content_type", "how_obtained", "labelled_as_fake", "distribution",
         "threat", "threat_carried_out", "victim_age_at_facts", "victim_birth_date",
         "solicited_images_from_minor", "author_is_partner", "impersonation", "repeated_or_group",
         "lang")
assert set(ORDER) == set(FIELDS), "every engine field is described"

# (name, schema, required) in display order, for the human API page too.
INPUT_FIELDS = [(name, _field(name), name in REQUIRED) for name in ORDER]

_TEXT = {"type": "string"}
_NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}

SCHEMAS = {
    "QualifyInput": {
        "type": "object",
        "additionalProperties": False,
        "required": list(REQUIRED),
        "properties": {name: schema for name, schema, _required in INPUT_FIELDS},
    },
    "Offence": {
        "type": "object",
        "required": ["article", "code", "title", "prison_years", "fine_eur", "aggravations",
                     "version_in_force_since", "url", "notes"],
        "properties": {
            "article": {**_TEXT, "examples": ["226-8-1"]},
            "code": {"type": "string", "enum": ["code_penal", "code_procedure_penale"]},
            "title": _TEXT,
            "prison_years": {"type": ["number", "null"],
                             "description": "Maximum prison term; null when the version of "
                                            "that date is not held (a note says so)."},
            "fine_eur": {"type": ["integer", "null"], "description": "Maximum fine in euros."},
            "aggravations": {"type": "array", "items": {
                "type": "object", "required": ["key", "label"],
                "properties": {"key": _TEXT, "label": _TEXT}}},
            "version_in_force_since": {**_NULLABLE_DATE,
                                       "description": "Day this version came into force; null "
                                                      "when it is not known (a note says "
                                                      "so)."},
            "url": {"type": "string", "format": "uri", "description": "Légifrance"},
            "notes": {"type": "array", "items": _TEXT},
        },
    },
    "Limitation": {
        "type": "object",
        "required": ["years", "starts_on", "ends_on", "rule", "caveat"],
        "properties": {
            "years": {"type": "integer"},
            "starts_on": {"type": "string", "format": "date"},
            "ends_on": {"type": "string", "format": "date",
                        "description": "Prosecution stays possible at least until this date."},
            "rule": _TEXT,
            "caveat": _TEXT,
        },
    },
    "QualifyResult": {
        "type": "object",
        "required": ["facts_date", "offences", "not_applicable", "complaint_required",
                     "limitation", "first_steps", "services", "disclaimer"],
        "properties": {
            "facts_date": {"type": "string", "format": "date"},
            "offences": {"type": "array", "items": {"$ref": "#/components/schemas/Offence"},
                         "description": "Most severe first. Penalties are maximums."},
            "not_applicable": {"type": "array", "items": {
                "type": "object", "required": ["article", "reason"],
                "properties": {"article": _TEXT, "reason": _TEXT}}},
            "complaint_required": {"type": "boolean"},
            "limitation": {"oneOf": [{"$ref": "#/components/schemas/Limitation"},
                                     {"type": "null"}]},
            "first_steps": {"type": "array", "description": "Under a threat only: show first.",
                            "items": {"type": "object", "required": ["id", "text"],
                                      "properties": {"id": _TEXT, "text": _TEXT}}},
            "services": {"type": "array", "items": _TEXT,
                         "description": "Ids of support services, in the order to show."},
            "disclaimer": _TEXT,
        },
    },
    "ApiError": {
        "type": "object",
        "required": ["field", "code", "message", "text"],
        "properties": {
            "field": {"type": "string", "description": "Field at fault; empty for the body."},
            "code": _TEXT,
            "message": {"type": "object", "required": ["fr", "en"],
                        "properties": {"fr": _TEXT, "en": _TEXT}},
            "text": {"type": "string",
                     "description": "The message in the language asked for: the body's lang, "
                                    "else the best match of Accept-Language (fr or en), else "
                                    "fr."},
        },
    },
    "ApiErrors": {
        "type": "object",
        "required": ["status", "errors"],
        "properties": {"status": {"type": "integer"},
                       "errors": {"type": "array",
                                  "items": {"$ref": "#/components/schemas/ApiError"}}},
    },
}


def _error_response(description: str) -> dict:
    return {"description": description, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ApiErrors"}}}}


PATHS = {
    "/api/v1/qualify": {
        "post": {
            "operationId": "qualify",
            "summary": "Qualify facts: offences, maximum penalties, time limit, services",
            "description": "Nothing sent is stored or logged. Responses carry "
                           "Cache-Control: no-store.",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/QualifyInput"}}}},
            "responses": {
                "200": {"description": "The legal reading of the facts",
                        "content": {"application/json": {
                            "schema": {"$ref": "#/components/schemas/QualifyResult"}}}},
                "400": _error_response("The body is not readable JSON"),
                "413": _error_response("The body is too large"),
                "422": _error_response("Unknown field or bad value; every problem listed"),
            },
        }
    }
}
