"""OpenAPI paths and schemas for the documents endpoints, merged into /api/v1/openapi.json.

Limits mirror app/letters/schema.py (NAME_MAX, LINE_MAX, TEXT_MAX, URL_MAX, LIST_MAX) so the
description cannot promise more than the validator accepts.
"""

from __future__ import annotations

from app.letters.action import platform_names
from app.letters.action.schema import COMPLAINT_ONLY
from app.letters.schema import LINE_MAX, LIST_MAX, NAME_MAX, TEXT_MAX, URL_MAX


def _text(description: str, limit: int = LINE_MAX, **extra) -> dict:
    return {"type": "string", "maxLength": limit, "description": description, **extra}


DATE = {"type": ["string", "null"], "format": "date", "description": "YYYY-MM-DD."}
URL = _text("http or https address.", URL_MAX, format="uri", pattern="^https?://")

PERSON_PROPERTIES = {
    "first_name": _text("First name.", NAME_MAX),
    "last_name": _text("Last name (written in capitals in the letter).", NAME_MAX),
    "birth_date": {**DATE, "description": "Date of birth, YYYY-MM-DD."},
    "address": _text("Number and street."),
    "postcode": _text("Postcode. For the victim, with commune, it finds the court when neither "
                      "tribunal nor commune_insee is given.", 10),
    "commune": _text("Town (commune), as written in the address.", NAME_MAX),
    "email": _text("E-mail address.", 254, format="email"),
    "phone": _text("Phone number (digits, spaces, + . - ( )).", 30),
}

COMPLAINT_PROPERTIES = {
    "letter_lang": {"type": "string", "enum": ["fr", "en"], "default": "fr",
                    "description": "fr: the letter to send; en: a reading copy."},
    "reading_copy_lang": {"type": ["string", "null"], "enum": ["fr", "en", None],
                          "description": "Language of the reading copy, returned with "
                                         "?copy=reading."},
    "victim": {"$ref": "#/components/schemas/LetterPerson"},
    "representative": {"$ref": "#/components/schemas/LetterRepresentative"},
    "commune_insee": _text("INSEE code of the commune where the person targeted lives: "
                           "the competent court is looked up from it (CPP 43 for "
                           "offences committed online). When absent, the victim's postcode "
                           "and commune are used (never the representative's): the court is "
                           "filled in only when they lead to a single tribunal judiciaire; "
                           "several possible courts give 422 ambiguous_court with the "
                           "candidates, a French postcode whose communes do not have that "
                           "name gives 422 commune_mismatch, and an address the French tables "
                           "do not know (abroad) leaves the court blank.", 5,
                           pattern="^([0-9]{5}|2[AB][0-9]{3})$"),
    "tribunal": _text("Explicit choice of court, which wins over commune_insee and the "
                      "address (CPP 43 also makes competent the court of the place of the "
                      "offence or of the author's residence): the official name "
                      "(\"Tribunal judiciaire de Marseille\") or the town alone "
                      "(\"Marseille\"). It must be a tribunal judiciaire (or an overseas "
                      "tribunal de première instance) of the Ministry of Justice's list, "
                      "otherwise 422 unknown_tribunal; its address is filled in.", 200),
    "qualification": {"type": "object",
                      "description": "The same object as the /api/v1/qualify input "
                                     "(facts_date, content_type, distribution…); it "
                                     "names the offences in the letter. Optional; "
                                     "its errors are reported as qualification.<field>."},
    "author": {"$ref": "#/components/schemas/LetterAuthor"},
    "facts": {"type": "array", "minItems": 1, "maxItems": LIST_MAX,
              "items": {"$ref": "#/components/schemas/LetterFact"}},
    "harm": _text("The harm suffered.", TEXT_MAX),
    "partie_civile": {"type": "boolean", "default": False,
                      "description": "Declare the constitution de partie civile now."},
    "exhibits": {"type": "array", "maxItems": LIST_MAX,
                 "items": {"$ref": "#/components/schemas/LetterExhibit"}},
    "signed_at_place": _text("Place of signature.", NAME_MAX),
    "signed_on": {**DATE, "description": "Date of signature; today when absent. It must not "
                                         "come before the latest fact's date (422 "
                                         "before_facts) nor more than a year after today "
                                         "(422 far_ahead). For the "
                                         "partie civile letter it must not come before the "
                                         "refusal_date, or without one before "
                                         "first_complaint_date plus the CPP 85 delay "
                                         "(422 too_early or before_refusal, naming the first "
                                         "possible date); a later date prepares the letter "
                                         "in advance."},
}

SCHEMAS: dict = {
    "LetterPerson": {
        "type": "object", "additionalProperties": False,
        "required": ["first_name", "last_name"],
        "description": "The person targeted (victim).",
        "properties": PERSON_PROPERTIES,
    },
    "LetterRepresentative": {
        "type": ["object", "null"], "additionalProperties": False,
        "required": ["first_name", "last_name", "role"],
        "description": "The legal representative writing for a minor; null or absent otherwise.",
        "properties": {**{k: v for k, v in PERSON_PROPERTIES.items() if k != "birth_date"},
                       "role": _text("Capacity, e.g. \"mère et représentante légale\".",
                                     NAME_MAX)},
    },
    "LetterAuthor": {
        "type": "object", "additionalProperties": False,
        "description": "Who did it. Unknown (known: false) makes a complaint against X.",
        "properties": {
            "known": {"type": "boolean", "default": False},
            "name": _text("The author's name; required when known is true.", NAME_MAX),
            "accounts": {"type": "array", "maxItems": LIST_MAX,
                         "items": _text("An account or username used by the author.")},
            "relationship": _text("Relationship to the person targeted."),
        },
    },
    "LetterFact": {
        "type": "object", "additionalProperties": False, "required": ["date", "description"],
        "description": "One fact; the letter lists facts in date order.",
        "properties": {
            "date": {"type": "string", "format": "date",
                     "description": "YYYY-MM-DD, not in the future (422 future_date)."},
            "description": _text("What happened (the content is never reproduced).", TEXT_MAX),
            "platform": _text("Platform or app.", NAME_MAX),
            "urls": {"type": "array", "maxItems": LIST_MAX, "items": URL},
            "account": _text("Account that posted or sent it."),
        },
    },
    "LetterExhibit": {
        "type": "object", "additionalProperties": False, "required": ["description"],
        "description": "One exhibit of the list of exhibits (bordereau de pièces).",
        "properties": {
            "description": _text("What the exhibit is.", 500),
            "seen_at": _text("When it was seen: YYYY-MM-DD or YYYY-MM-DDTHH:MM.", 40),
            "url": URL,
            "sha256": _text("SHA-256 of the file, 64 hexadecimal characters (computed by the "
                            "user; files are never sent).", 64, pattern="^[0-9a-fA-F]{64}$"),
        },
    },
    "ComplaintLetterInput": {
        "type": "object", "additionalProperties": False, "required": ["victim", "facts"],
        "description": "Everything the complaint to the procureur de la République says.",
        "properties": COMPLAINT_PROPERTIES,
    },
    "PartieCivileLetterInput": {
        "description": "The complaint input plus the dates that make the plainte avec "
                       "constitution de partie civile admissible (CPP 85; the delay comes "
                       "from the law data).",
        "type": "object", "additionalProperties": False,
        "required": ["victim", "facts", "first_complaint_date"],
        "properties": {
            **COMPLAINT_PROPERTIES,
            "first_complaint_date": {"type": "string", "format": "date",
                                     "description": "Date of the first complaint, not in "
                                                    "the future. Without a refusal_date, the "
                                                    "letter can only be dated from this date "
                                                    "plus the CPP 85 delay (from the law "
                                                    "data): an earlier signed_on, or "
                                                    "today when signed_on is absent, gives "
                                                    "422 too_early on signed_on (or on this "
                                                    "field when signed_on is absent)."},
            "refusal_date": {**DATE, "description": "Date of the prosecutor's decision not to "
                                                    "prosecute, if any (not before the first "
                                                    "complaint)."},
        },
    },
    "DocumentErrors": {
        "type": "object", "required": ["status", "errors"],
        "properties": {
            "status": {"type": "integer", "enum": [400, 404, 413, 422]},
            "errors": {"type": "array", "items": {
                "type": "object", "required": ["field", "code", "message"],
                "properties": {
                    "field": {"type": "string", "description": "Path, e.g. facts[0].date or "
                                                               "qualification.facts_date."},
                    "code": {"type": "string"},
                    "message": {"type": "object", "required": ["fr", "en"],
                                "properties": {"fr": {"type": "string"},
                                               "en": {"type": "string"}}},
                    "candidates": {
                        "type": "array",
                        "description": "Only with ambiguous_court: every commune the address "
                                       "may mean and its court; send one commune_insee or "
                                       "tribunal.",
                        "items": {"type": "object", "properties": {
                            "commune_insee": {"type": "string"},
                            "commune": {"type": "string"},
                            "postcodes": {"type": "array", "items": {"type": "string"}},
                            "tribunal": {"type": ["string", "null"]}}}},
                }}},
        },
    },
}

_FILES = {
    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        {"schema": {"type": "string", "format": "binary"}},
    "application/vnd.oasis.opendocument.text": {"schema": {"type": "string", "format": "binary"}},
    "text/plain": {"schema": {"type": "string"}},
}
_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentErrors"}}}
_PARAMETERS = [
    {"name": "format", "in": "query", "required": False,
     "schema": {"type": "string", "enum": ["pdf", "docx", "odt", "txt"], "default": "pdf"},
     "description": "File format of the letter."},
    {"name": "copy", "in": "query", "required": False,
     "schema": {"type": "string", "enum": ["reading"]},
     "description": "Return the reading copy in reading_copy_lang instead of the letter."},
]


def _operation(summary: str, schema: str, operation_id: str) -> dict:
    return {
        "operationId": operation_id,
        "summary": summary,
        "description": "Built in memory and streamed; nothing is stored or logged. "
                       "Responses carry Cache-Control: no-store.",
        "tags": ["documents"],
        "parameters": _PARAMETERS,
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}},
        "responses": {
            "200": {"description": "The file, as an attachment (Content-Disposition).",
                    "content": _FILES},
            "400": {"description": "The body is not JSON.", "content": _ERROR},
            "413": {"description": "The body is too large.", "content": _ERROR},
            "422": {"description": "Unknown fields, bad values or an unknown format; every "
                                   "problem is listed.", "content": _ERROR},
        },
    }


PATHS: dict = {
    "/api/v1/documents/complaint": {"post": _operation(
        "The complaint to the procureur de la République", "ComplaintLetterInput",
        "documentComplaint")},
    "/api/v1/documents/partie-civile": {"post": _operation(
        "The plainte avec constitution de partie civile (CPP 85)", "PartieCivileLetterInput",
        "documentPartieCivile")},
}

# --- Action pack (app.letters.action): six letters that act on the content itself ---------------

_ACTION_COMMON = {
    "letter_lang": {"type": "string", "enum": ["fr", "en"], "default": "fr",
                    "description": "Language of the letter; both are letters to send "
                                   "(platforms often answer in English)."},
    "victim": {"$ref": "#/components/schemas/LetterPerson"},
    "representative": {"$ref": "#/components/schemas/LetterRepresentative"},
    "platform": _text(f"Platform id ({', '.join(platform_names())}: the letter prints the "
                      "platform directory's name) or a free name, printed as typed. Required "
                      "except for erasure and cnil-complaint. For delisting, google or bing "
                      "select that engine's dedicated route in the notes.", NAME_MAX),
    "target_urls": {"type": "array", "minItems": 1, "maxItems": LIST_MAX, "items": URL,
                    "description": "The exact addresses of the content (or of the search "
                                   "results, for delisting)."},
    "qualification": COMPLAINT_PROPERTIES["qualification"],
    "articles": {"type": "array", "maxItems": LIST_MAX,
                 "items": _text("Id of an article in the site's law data, e.g. 226-8-1.", 20),
                 "description": "Offences cited explicitly (titles come from the law data), "
                                "added to those of qualification."},
    "facts": {"type": "array", "maxItems": LIST_MAX,
              "items": {"$ref": "#/components/schemas/LetterFact"},
              "description": "Optional here; listed in date order."},
    "exhibits": COMPLAINT_PROPERTIES["exhibits"],
    "signed_at_place": COMPLAINT_PROPERTIES["signed_at_place"],
    "signed_on": {**DATE, "description": "Date of the letter; today when absent. Deadlines "
                                         "stated in the letter run from it."},
}
# The complaint's own fields: the action endpoints take the complaint's body as it is.
_FROM_COMPLAINT = {
    name: {**COMPLAINT_PROPERTIES[name], "description": (
        "From the complaint body: checked as for the complaint; "
        + ("the preservation request adds its accounts to those to preserve."
           if name == "author" else "not used by the action letters."))}
    for name in sorted(COMPLAINT_ONLY)
}
_CONTROLLER = {
    "type": "object", "additionalProperties": False, "required": ["name"],
    "description": "The data controller (company or person processing the data).",
    "properties": {"name": _text("Name.", 200),
                   "address_lines": {"type": "array", "maxItems": 6,
                                     "items": _text("One line of the postal address.")}},
}
_ACTION_KINDS = {
    "PlatformNoticeInput": (
        "platform-notice", "documentPlatformNotice",
        "A notice to a platform or host (EU DSA art. 16): why the content is illegal (French "
        "articles), exact URLs, the notifier's name and e-mail (not required for child sexual "
        "abuse material), good-faith statement; asks for receipt and the decision with redress "
        "routes. At least one offence (qualification or articles) is required.",
        ["platform", "target_urls"],
        {"csam": {"type": "boolean", "default": False,
                  "description": "The content is child sexual abuse material: victim and "
                                 "representative may be omitted (anonymous notice) and the "
                                 "letter says why. Otherwise the writer's e-mail is required."},
         "explanation": _text("Your own explanation of why the content is illegal.",
                              TEXT_MAX)}),
    "PlatformAppealInput": (
        "platform-appeal", "documentPlatformAppeal",
        "The internal complaint (EU DSA art. 20) after a refusal or no action; the notes give "
        "the date to send by (six months after the decision, from the deadlines data).",
        ["victim", "platform", "target_urls", "notice_date"],
        {"notice_date": {"type": "string", "format": "date",
                         "description": "Date of the earlier notice; not in the future."},
         "decision_date": {**DATE, "description": "Date of the platform's refusal; absent when "
                                                  "no decision came. Not before notice_date."},
         "explanation": _text("Your own explanation of why the content is illegal.",
                              TEXT_MAX)}),
    "DelistingInput": (
        "delisting", "documentDelisting",
        "A request to a search engine to delist results leading to intimate images shared "
        "without consent (real or fake); the notes point to the engine's dedicated form first.",
        ["victim", "platform", "target_urls"],
        {"content_kind": {"type": "string", "enum": ["fake", "real"], "default": "fake",
                          "description": "fake: falsely shows the person nude or in a sexual "
                                         "act; real: real intimate images."}}),
    "ErasureInput": (
        "erasure", "documentErasure",
        "A GDPR art. 17 erasure request (plus Loi Informatique et Libertés art. 51 when the "
        "person was a minor at collection), stating the date the answer is due.",
        ["victim", "controller", "target_urls"],
        {"controller": _CONTROLLER,
         "minor_at_collection": {"type": "boolean", "default": False,
                                 "description": "The data was collected while the person was "
                                                "a minor (art. 51)."}}),
    "CnilComplaintInput": (
        "cnil-complaint", "documentCnilComplaint",
        "A complaint to the CNIL once the erasure request went unanswered for one month (or "
        "was refused); dates computed from request_date.",
        ["victim", "controller", "target_urls", "request_date"],
        {"controller": _CONTROLLER,
         "minor_at_collection": {"type": "boolean", "default": False,
                                 "description": "Art. 51 case: the CNIL decides within three "
                                                "weeks."},
         "request_date": {"type": "string", "format": "date",
                          "description": "Date of the erasure request; not in the future. With "
                                         "answer none, the time to answer must have run out "
                                         "(error too_early otherwise)."},
         "answer": {"type": "string", "enum": ["none", "refused"], "default": "none",
                    "description": "What the controller answered."}}),
    "PreservationInput": (
        "preservation", "documentPreservation",
        "A request to a platform to preserve the content and the accounts' identifying data "
        "for the investigation, referring to the complaint if filed.",
        ["victim", "platform", "target_urls"],
        {"complaint_date": {**DATE, "description": "Date the complaint was filed, if it was; "
                                                   "not in the future."},
         "complaint_authority": _text("Where the complaint was filed, e.g. \"procureur de la "
                                      "République de Paris\"."),
         "accounts": {"type": "array", "maxItems": LIST_MAX,
                      "items": _text("An account that posted the content.")}}),
}
for _name, (_path, _op, _summary, _required, _extra) in _ACTION_KINDS.items():
    SCHEMAS[_name] = {"type": "object", "additionalProperties": False, "required": _required,
                      "description": _summary,
                      "properties": {**_FROM_COMPLAINT, **_ACTION_COMMON, **_extra}}
    _operation_doc = _operation(_summary.split(":")[0].split(";")[0], _name, _op)
    _operation_doc["parameters"] = [_PARAMETERS[0]]  # no reading copy: both are letters to send
    _operation_doc["responses"]["404"] = {"description": "Unknown document kind.",
                                          "content": _ERROR}
    PATHS[f"/api/v1/documents/{_path}"] = {"post": _operation_doc}
