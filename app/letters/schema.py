"""What the complaint to the procureur holds, declared once (app/letters/declare.py): its check
and its OpenAPI schema both come from here.

The pieces (a person, a fact, an exhibit, the author) are shared with the other letters: the
partie civile letter takes the whole body, and the action letters take the same body plus
their own fields, so a body made for one letter serves the others.
"""

from __future__ import annotations

import re
from typing import Any

from app.services.communes import commune

from .declare import (
    LINE_MAX,
    LIST_MAX,
    NAME_MAX,
    TEXT_MAX,
    URL_MAX,
    Bool,
    Choice,
    Date,
    Free,
    LetterInputError,
    List,
    Obj,
    Problems,
    SeenAt,
    Text,
)
from .messages import MESSAGES

EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s]{2,63}$")
PHONE = re.compile(r"^\+?[0-9 .()\-]{4,30}$")
POSTCODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z \-]{1,9}$")
INSEE = re.compile(r"^(?:[0-9]{5}|2[AB][0-9]{3})$")
WEB = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")

URL = Text(limit=URL_MAX, required=True, pattern=WEB, code="invalid_url", format="uri",
           published_pattern="^https?://", description="http or https address.")

_PERSON = {
    "first_name": Text(limit=NAME_MAX, required=True, description="First name."),
    "last_name": Text(limit=NAME_MAX, required=True,
                      description="Last name (written in capitals in the letter)."),
    "birth_date": Date(description="Date of birth, YYYY-MM-DD."),
    "address": Text(description="Number and street."),
    "postcode": Text(limit=10, pattern=POSTCODE, code="invalid_postcode",
                     description="Postcode. For the victim, with commune, it finds the court "
                                 "when neither tribunal nor commune_insee is given."),
    "commune": Text(limit=NAME_MAX, description="Town (commune), as written in the address."),
    "email": Text(limit=254, pattern=EMAIL, code="invalid_email", format="email",
                  description="E-mail address."),
    "phone": Text(limit=30, pattern=PHONE, code="invalid_phone",
                  description="Phone number (digits, spaces, + . - ( ))."),
}
PERSON = Obj(name="LetterPerson", fields=_PERSON, required=True,
             description="The person targeted (victim).")
REPRESENTATIVE = Obj(
    name="LetterRepresentative", nullable=True,
    description="The legal representative writing for a minor; null or absent otherwise.",
    fields={**{k: v for k, v in _PERSON.items() if k != "birth_date"},
            "role": Text(limit=NAME_MAX, required=True,
                         description='Capacity, e.g. "mère et représentante légale".')})


def _author_named(data: dict, path: str, found: Problems) -> None:
    """A known author is named: the complaint is then made against that person."""
    where = f"{path}.name" if path else "name"
    if data["known"] and not data["name"] and not found.at(where):
        found.add(where, "required")


AUTHOR = Obj(
    name="LetterAuthor", fill=True, rules=(_author_named,),
    description="Who did it. Unknown (known: false) makes a complaint against X.",
    fields={
        "known": Bool(),
        "name": Text(limit=NAME_MAX, description="The author's name; required when known is "
                                                 "true."),
        "accounts": List(item=Text(required=True, description="An account or username used "
                                                              "by the author.")),
        "relationship": Text(description="Relationship to the person targeted."),
    })
FACT = Obj(
    name="LetterFact", fill=True, required=True,
    description="One fact; the letter lists facts in date order.",
    fields={
        "date": Date(required=True, description="YYYY-MM-DD, not in the future (422 "
                                                "future_date)."),
        "description": Text(limit=TEXT_MAX, multiline=True, required=True,
                            description="What happened (the content is never reproduced)."),
        "platform": Text(limit=NAME_MAX, description="Platform or app."),
        "urls": List(item=URL),
        "account": Text(description="Account that posted or sent it."),
        # Content with no web address (a group message, a story, a direct message): where it
        # is in the app, and when it was reported there.
        "place": Text(limit=NAME_MAX, description=(
            "Where the content is when it has no web address: the group or conversation "
            "name, e.g. \"4e B\" (a Snapchat group).")),
        "reported_on": Date(past=True, description=(
            "The day it was reported in the app, if it was; not in the future.")),
    })
EXHIBIT = Obj(
    name="LetterExhibit", fill=True, required=True,
    description="One exhibit of the list of exhibits (bordereau de pièces).",
    fields={
        "description": Text(limit=500, required=True, description="What the exhibit is."),
        "seen_at": SeenAt(description="When it was seen: YYYY-MM-DD or YYYY-MM-DDTHH:MM."),
        "url": Text(limit=URL_MAX, pattern=WEB, code="invalid_url", format="uri",
                    published_pattern="^https?://", description="http or https address."),
        "place": Text(limit=URL_MAX, description=(
            "Where it is when it has no web address (app, group or conversation, account); "
            "printed in the address column when url is empty.")),
        "sha256": Text(limit=64, pattern=SHA256, code="invalid_sha256", lower=True,
                       description="SHA-256 of the file, 64 hexadecimal characters (computed "
                                   "by the user; files are never sent)."),
    })


WITNESS = Obj(
    name="LetterWitness", fill=True, required=True,
    description="Someone who saw the content or the facts and can be heard.",
    fields={
        "name": Text(limit=NAME_MAX, required=True, description="First name and last name."),
        "contact": Text(description="Address, e-mail or phone, as the investigators can reach "
                                    "them."),
        "saw": Text(limit=500, description="What they saw or know, in a few words."),
    })


def _commune_exists(insee: str) -> bool:
    return commune(insee) is not None


QUALIFICATION = Free(description="The same object as the /api/v1/qualify input (facts_date, "
                                 "content_type, distribution…); it names the offences in the "
                                 "letter. Optional; its errors are reported as "
                                 "qualification.<field>.")
EXHIBITS = List(item=EXHIBIT)
SIGNED_AT_PLACE = Text(limit=NAME_MAX, description="Place of signature.")

# The fields only the complaint letters use (the action letters accept and check them too).
COMPLAINT_OWN = {
    "reading_copy_lang": Choice(choices=("fr", "en"), description=(
        "Language of the reading copy, returned with ?copy=reading.")),
    "commune_insee": Text(
        limit=5, pattern=INSEE, code="invalid_insee", known=_commune_exists,
        unknown_code="unknown_commune", description=(
            "INSEE code of the commune where the person targeted lives: the competent court "
            "is looked up from it (CPP 43 for offences committed online). When absent, the "
            "victim's postcode and commune are used (never the representative's): the court "
            "is filled in only when they lead to a single tribunal judiciaire; several "
            "possible courts give 422 ambiguous_court with the candidates, a French postcode "
            "whose communes do not have that name gives 422 commune_mismatch, and an address "
            "the French tables do not know (abroad) leaves the court blank.")),
    "tribunal": Text(limit=200, description=(
        "Explicit choice of court, which wins over commune_insee and the address (CPP 43 "
        "also makes competent the court of the place of the offence or of the author's "
        "residence): the official name (\"Tribunal judiciaire de Marseille\") or the town "
        "alone (\"Marseille\"). It must be a tribunal judiciaire (or an overseas tribunal de "
        "première instance) of the Ministry of Justice's list, otherwise 422 "
        "unknown_tribunal; its address is filled in.")),
    "author": AUTHOR,
    "harm": Text(limit=TEXT_MAX, multiline=True, description="The harm suffered."),
    "partie_civile": Bool(description="Declare the constitution de partie civile now."),
    "witnesses": List(item=WITNESS, max=10, description=(
        "People who can be heard as witnesses; the complaint lists them.")),
}

COMPLAINT = Obj(
    name="ComplaintLetterInput", required=True,
    description="Everything the complaint to the procureur de la République says.",
    fields={
        "letter_lang": Choice(choices=("fr", "en"), default="fr",
                              description="fr: the letter to send; en: a reading copy."),
        "victim": PERSON,
        "representative": REPRESENTATIVE,
        "qualification": QUALIFICATION,
        **COMPLAINT_OWN,
        "facts": List(item=FACT, required=True),
        "exhibits": EXHIBITS,
        "signed_at_place": SIGNED_AT_PLACE,
        "signed_on": Date(description=(
            "Date of signature; today when absent. It must not come before the latest fact's "
            "date (422 before_facts) nor more than a year after today (422 far_ahead). For the "
            "partie civile letter it must not come before the refusal_date, or without one "
            "before first_complaint_date plus the CPP 85 delay (422 too_early or "
            "before_refusal, naming the first possible date); a later date prepares the "
            "letter in advance.")),
    })

TOP_FIELDS = frozenset(COMPLAINT.fields)
PERSON_FIELDS = frozenset(_PERSON)
COMPLAINT_OWN_FIELDS = tuple(COMPLAINT_OWN)


def check(declaration: Obj, raw: Any, found: Problems) -> dict | None:
    """`raw` checked against a declaration; the problems go to `found`."""
    return declaration.clean(raw, "", found)


def validate(raw: Any) -> dict:
    """A clean copy of a complaint body (dates as `date`), or LetterInputError listing every
    problem. Never raises anything else, whatever `raw` holds."""
    found = Problems()
    data = check(COMPLAINT, raw, found)
    if found.items:
        raise LetterInputError(found.items)
    return data


__all__ = ["COMPLAINT", "COMPLAINT_OWN_FIELDS", "LINE_MAX", "LIST_MAX", "MESSAGES", "NAME_MAX",
           "PERSON_FIELDS", "TEXT_MAX", "TOP_FIELDS", "URL_MAX", "LetterInputError",
           "validate"]
