"""OpenAPI paths and schemas for POST /api/v1/qualify, merged into /api/v1/openapi.json.

Enums are read from the engine (app.qualify.facts), so the description cannot drift from what
the engine accepts; a test validates real answers against the output schema. Shared error
schemas `ApiError` and `ApiErrors` may be referenced by other endpoints.
"""

from __future__ import annotations

from app.qualify.facts import BOOLEANS, CHOICES, DATES, FIELDS, INTEGERS, REQUIRED

DESCRIPTIONS = {
    "facts_date": "Date of the facts (YYYY-MM-DD, not in the future, not before 1994-03-01): the "
                  "most recent act when there were several. It selects the version of each "
                  "article that applies.",
    "first_facts_date": "Date of the first act when there were several (YYYY-MM-DD, on or before "
                        "facts_date). Each offence committed by each act (each sharing, each "
                        "message) then gets first_act_ends_on, and acts before a change of the "
                        "law are also assessed under the version then in force (an extra entry "
                        "with its own assessed_on). Harassment runs from the last act.",
    "content_type": "sexual_deepfake: fake sexual image or video; deepfake: fake non-sexual "
                    "image, video or voice; real_intimate: real intimate image; none: no image.",
    "how_obtained": "For real_intimate only: captured_without_consent; recorded_during_exchange "
                    "(recorded without agreement during a call or exchange the person had "
                    "agreed to: also a capture without consent); or given_or_self_made.",
    "age_shown_in_content": "For a real image, the person's age when it was made; for a fake, "
                            "the age it shows (0 to 120; ignored when content_type is none). "
                            "Under 18, article 227-23 applies whatever the person's age today, "
                            "and the removal tool is Take It Down, not StopNCII. For a real "
                            "image it cannot exceed the age on facts_date.",
    "distribution": "none, third_party (sent to one or a few people), or public_online.",
    "threat": "none, money_or_other (blackmail for money or anything but images), "
              "sexual_content (demand for sexual images), or sexual_act (a sexual act demanded "
              "under threat: sexual harassment by serious pressure, 227-22-2 for a minor "
              "targeted online by an adult; the answer says a sexual act obtained this way is a "
              "sexual assault or a rape).",
    "threat_channel": "Under a threat only: how the threat or demand was made. public_online "
                      "(a post, comment or public channel: the higher penalty of article 312-10 "
                      "paragraph 3 applies to blackmail with sexual images), private_messages "
                      "(direct message, e-mail, messaging app: base penalty, the open question "
                      "is stated), offline, or unknown (the default).",
    "threat_carried_out": "Under a threat only (ignored when threat is none or absent): the "
                          "person carried out the threat, for example by sharing the images "
                          "after threatening to. true counts the higher penalty of article "
                          "312-11 for blackmail; false or absent does not, and a note says "
                          "when it may apply.",
    "lang": "Language of the texts in the answer (default fr).",
    "labelled_as_fake": "The content was presented as fake or generated.",
    "repeated_or_group": "Repeated acts, or several people joining in (the older, combined "
                         "answer; repeated_acts and others_joined tell them apart and must not "
                         "contradict it).",
    "repeated_acts": "The author acted more than once (several sendings, posts or messages).",
    "others_joined": "Other people: sent_on_or_attacked (they sent it on or attacked the person: "
                     "a pile-on, 222-33-2-2), only_received (they only received it: not a "
                     "pile-on), no, or unknown.",
    "impersonation": "The author pretended to be the person targeted.",
    "author_is_partner": "The author is a spouse, cohabitant, PACS partner, or former one (the "
                         "older answer; author_relationship says which, and must not "
                         "contradict it).",
    "author_relationship": "partner (spouse, PACS partner or cohabitant), former_partner, "
                           "same_school (studies or works in the school where the person "
                           "targeted is a pupil), work, acquaintance, stranger, or unknown. "
                           "Repeated acts by a partner or former partner: 222-33-2-1; by someone "
                           "of the same school: 222-33-2-3. A partner aggravation applies only "
                           "where the article provides for it; for a former partner only if the "
                           "acts were committed because of the past relationship (a note says "
                           "so).",
    "author_age": "adult, minor or unknown, at the time of the facts. Offences only an adult "
                  "can commit (227-23-1, 227-22-2) are ruled out for a minor and stated with "
                  "that condition when unknown; for a minor, a note says the penalties shown "
                  "are adults' maximums and how a minor's are reduced.",
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
    elif name in INTEGERS:
        schema = {"type": "integer", "minimum": 0, "maximum": 120}
    else:
        raise ValueError(f"no schema for {name}")
    return {**schema, "description": DESCRIPTIONS[name]}


ORDER = ("facts_date", "first_facts_date", "content_type", "how_obtained", "age_shown_in_content",
         "labelled_as_fake", "distribution", "threat", "threat_channel", "threat_carried_out",
         "victim_age_at_facts", "victim_birth_date", "solicited_images_from_minor",
         "author_relationship", "author_age", "author_is_partner", "impersonation",
         "repeated_acts", "others_joined", "repeated_or_group", "lang")
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
                     "version_in_force_since", "url", "notes", "complaint_required",
                     "assessed_on", "limitation"],
        "properties": {
            "article": {**_TEXT, "examples": ["226-8-1"]},
            "code": {"type": "string", "enum": ["code_penal", "code_procedure_penale",
                                                "code_justice_penale_mineurs"]},
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
            "complaint_required": {"type": "boolean",
                                   "description": "Prosecution only on the victim's complaint "
                                                  "(Code pénal 226-6)."},
            "assessed_on": {"type": "string", "format": "date",
                            "description": "Date of the act whose law applies: facts_date, or "
                                           "first_facts_date for an entry added because the "
                                           "law then differed."},
            "limitation": {"$ref": "#/components/schemas/OffenceLimitation"},
        },
    },
    "OffenceLimitation": {
        "type": "object",
        "required": ["years", "starts_on", "ends_on", "first_act_ends_on", "rule"],
        "properties": {
            "years": {"type": "integer"},
            "starts_on": {"type": "string", "format": "date"},
            "ends_on": {"type": "string", "format": "date",
                        "description": "For the most recent act: prosecution stays possible at "
                                       "least until this date."},
            "first_act_ends_on": {**_NULLABLE_DATE,
                                  "description": "For the first act, when first_facts_date is "
                                                 "given: earlier for an offence committed by "
                                                 "each act, the same for harassment (from the "
                                                 "last act)."},
            "rule": _TEXT,
        },
    },
    "Limitation": {
        "type": "object",
        "required": ["years", "starts_on", "ends_on", "earliest_ends_on", "rule", "caveat"],
        "properties": {
            "years": {"type": "integer"},
            "starts_on": {"type": "string", "format": "date"},
            "ends_on": {"type": "string", "format": "date",
                        "description": "The latest date until which at least one listed "
                                       "offence can still be prosecuted (at least until)."},
            "earliest_ends_on": {"type": "string", "format": "date",
                                 "description": "The earliest end date among the offences and "
                                                "acts listed: show it first."},
            "rule": _TEXT,
            "caveat": _TEXT,
        },
    },
    "QualifyResult": {
        "type": "object",
        "required": ["facts_date", "offences", "not_applicable", "complaint_required",
                     "limitation", "first_steps", "notes", "services", "disclaimer"],
        "properties": {
            "facts_date": {"type": "string", "format": "date"},
            "offences": {"type": "array", "items": {"$ref": "#/components/schemas/Offence"},
                         "description": "Most severe first. Penalties are maximums."},
            "not_applicable": {"type": "array", "items": {
                "type": "object", "required": ["article", "reason"],
                "properties": {"article": _TEXT, "reason": _TEXT}}},
            "complaint_required": {"type": "boolean",
                                   "description": "True when any listed offence can be "
                                                  "prosecuted only on the victim's complaint "
                                                  "(each offence says which)."},
            "limitation": {"oneOf": [{"$ref": "#/components/schemas/Limitation"},
                                     {"type": "null"}]},
            "first_steps": {"type": "array", "description": "Under a threat only: show first.",
                            "items": {"type": "object", "required": ["id", "text"],
                                      "properties": {"id": _TEXT, "text": _TEXT}}},
            "notes": {"type": "array", "description": "Notes on the whole answer.",
                      "items": {"type": "object", "required": ["id", "text"],
                                "properties": {"id": {"type": "string",
                                                      "enum": ["sexual_act_assault",
                                                               "minor_author"]},
                                               "text": _TEXT}}},
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
