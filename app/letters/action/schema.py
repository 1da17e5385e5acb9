"""What each action letter's body holds, declared once (app/letters/declare.py): its check and
its OpenAPI schema both come from here.

A body is the complaint's body plus the action fields, so the answers given for a complaint make
these letters too: the complaint's own fields (author, harm, commune_insee…) are checked as for
the complaint; author.accounts feed the preservation request, the others are accepted and not
used by these letters. Preparing a body also resolves the offences the letters cite: from
`qualification` (the qualification engine, so articles and titles come from the law data) and
from `articles` (law-registry ids). A title is never typed by the user. No Flask.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from app.letters.declare import (
    NAME_MAX,
    TEXT_MAX,
    Bool,
    Choice,
    Date,
    LetterInputError,
    List,
    Obj,
    Problems,
    SeenAt,
    Text,
    described,
)
from app.letters.offences import cited
from app.letters.schema import (
    COMPLAINT,
    COMPLAINT_OWN,
    EXHIBITS,
    FACT,
    PERSON,
    QUALIFICATION,
    REPRESENTATIVE,
    SIGNED_AT_PLACE,
    URL,
)

from .deadlines import due_date
from .platforms import display_name, platform_names
from .us_removal import after_the_duty, contact_given

ActionInputError = LetterInputError

# The complaint's own fields, as the action letters see them: checked as for the complaint.
FROM_COMPLAINT = {
    name: described(spec, "From the complaint body: checked as for the complaint; " + (
        "the preservation request adds its accounts to those to preserve."
        if name == "author" else "not used by the action letters."))
    for name, spec in sorted(COMPLAINT_OWN.items())
}
_OPTIONAL_VICTIM = replace(PERSON, required=False)
EXPLANATION = Text(limit=TEXT_MAX, multiline=True,
                   description="Your own explanation of why the content is illegal.")
CONTROLLER = Obj(
    required=True, description="The data controller (company or person processing the data).",
    fields={"name": Text(limit=200, required=True, description="Name."),
            "address_lines": List(max=6, item=Text(required=True,
                                                   description="One line of the postal "
                                                               "address."))})
MINOR = Bool(description="The data was collected while the person was a minor (art. 51).")


def _place_named(data: dict, path: str, found: Problems) -> None:
    """Content with no web address is found by its group or conversation, or its account."""
    if not (data["conversation"] or data["account"]) and not found.at(f"{path}.conversation"):
        found.add(f"{path}.conversation", "required_place")


# Content with no web address (a message in a group, a story, a direct message): what lets the
# platform find it (DSA art. 16(2)(b): the exact location "and, where necessary, additional
# information enabling the identification of the illegal content").
PLACE = Obj(
    name="ContentPlace", required=True, fill=True, rules=(_place_named,),
    description="Where content with no web address is: the app, the group or conversation, "
                "the account, when it was seen and when it was reported in the app.",
    fields={
        "app": Text(limit=NAME_MAX, description="The app; the letter's platform when empty."),
        "conversation": Text(limit=NAME_MAX, description=(
            "The group or conversation name (a class group, a direct message with @x…). "
            "This or account is required.")),
        "account": Text(limit=NAME_MAX, description="The handle of the account that posted "
                                                    "or sent it."),
        "seen_at": SeenAt(description="When it was seen: YYYY-MM-DD or YYYY-MM-DDTHH:MM."),
        "reported_on": Date(past=True, description=(
            "The day it was reported in the app, if it was; not in the future.")),
    })
# Who the person shown is to the representative writing: the letters then say "my daughter",
# "my son" or "the child". The complaint's representative, plus that one field.
REPRESENTATIVE_OF_CHILD = replace(
    REPRESENTATIVE.with_fields(relation=Choice(choices=("daughter", "son", "child"), description=(
        "The person shown is the writer's daughter, son, or (child) a child in their care: "
        "the letters then say \"my daughter\", \"my son\" or \"the child\" before the "
        "name. Absent: the name alone."))),
    name="ActionLetterRepresentative")

COMMON_SPECS = {
    "letter_lang": Choice(choices=("fr", "en"), default="fr", description=(
        "Language of the letter; both are letters to send (platforms often answer in "
        "English).")),
    "victim": PERSON,
    "representative": REPRESENTATIVE_OF_CHILD,
    "platform": Text(limit=NAME_MAX, required=True, description=(
        f"Platform id ({', '.join(platform_names())}: the letter prints the platform "
        "directory's name) or a free name, printed as typed. Required except for erasure and "
        "cnil-complaint. For delisting, google or bing select that engine's dedicated route "
        "in the notes.")),
    "target_urls": List(item=URL, description=(
        "The exact addresses of the content (or of the search results, for delisting: "
        "required there). Content with no web address goes in target_places; at least one "
        "of the two (422 required_location on target_urls).")),
    "target_places": List(item=PLACE, max=20, description=(
        "Content with no web address (a message in a group, a story, a direct message): "
        "where it is in the app. Not for delisting.")),
    "qualification": QUALIFICATION,
    "articles": List(item=Text(limit=20, required=True, description=(
        "Id of an article in the site's law data, e.g. 226-8-1.")), description=(
        "Offences cited explicitly (titles come from the law data), added to those of "
        "qualification.")),
    "facts": List(item=FACT, description="Optional here; listed in date order."),
    "exhibits": EXHIBITS,
    "signed_at_place": SIGNED_AT_PLACE,
    "signed_on": Date(description="Date of the letter; today when absent. Deadlines stated in "
                                  "the letter run from it."),
}

PER_KIND_FIELDS: dict[str, dict] = {
    "platform_notice": {
        "victim": _OPTIONAL_VICTIM,
        "csam": Bool(description=(
            "The content is child sexual abuse material: victim and representative may be "
            "omitted (anonymous notice) and the letter says why. Otherwise the writer's "
            "e-mail is required.")),
        "explanation": EXPLANATION},
    "platform_appeal": {
        "notice_date": Date(required=True, past=True, description=(
            "Date of the earlier notice; not in the future.")),
        "decision_date": Date(past=True, description=(
            "Date of the platform's refusal; absent when no decision came. Not before "
            "notice_date.")),
        "explanation": EXPLANATION},
    "delisting": {
        "target_urls": List(item=URL, required=True, description=(
            "The exact addresses of the search results to remove.")),
        "target_places": List(item=PLACE, max=0, description=(
            "Not for delisting: search results always have an address (422 too_many).")),
        "content_kind": Choice(choices=("fake", "real"), default="fake", description=(
            "fake: falsely shows the person nude or in a sexual act; real: real intimate "
            "images."))},
    "erasure": {
        "platform": replace(COMMON_SPECS["platform"], required=False),
        "controller": CONTROLLER, "minor_at_collection": MINOR},
    "cnil_complaint": {
        "platform": replace(COMMON_SPECS["platform"], required=False),
        "controller": CONTROLLER,
        "minor_at_collection": described(MINOR, "Art. 51 case: the CNIL decides within three "
                                                "weeks."),
        "request_date": Date(required=True, past=True, description=(
            "Date of the erasure request; not in the future. With answer none, the time to "
            "answer must have run out (error too_early otherwise).")),
        "answer": Choice(choices=("none", "refused"), default="none",
                         description="What the controller answered.")},
    "us_removal_request": {
        "letter_lang": Choice(choices=("en",), default="en", description=(
            "en: the request to send is written in English (a US law; the platform deals with "
            "it in English). Its French reading copy: ?copy=reading with reading_copy_lang "
            "fr.")),
        "reading_copy_lang": described(COMPLAINT_OWN["reading_copy_lang"], (
            "fr: the French reading copy, returned with ?copy=reading (en gives the request "
            "itself).")),
        "content_kind": Choice(choices=("fake", "real"), default="fake", description=(
            "fake: a digital forgery (made or altered, by AI or otherwise, to show the person "
            "in an intimate way); real: a real intimate image or video. Stated in the "
            "good-faith statement.")),
        "depiction": Text(description=(
            "How to recognise the depiction without reproducing it (\"a photo posted by @x on "
            "12 March 2025\"); with target_urls and the facts, what lets the platform locate "
            "it.")),
        "explanation": described(EXPLANATION, (
            "Anything that helps the platform see the depiction was published without "
            "consent, in the person's own words; printed after the good-faith statement.")),
        "electronic_signature": Bool(description=(
            "true: signed electronically (\"/s/\" and the writer's name, with the date), for "
            "a web form or an e-mail; false: a line to sign by hand. The writer's e-mail, "
            "phone or postal address is required (422 required_contact)."))},
    "preservation": {
        "complaint_date": Date(past=True, description=(
            "Date the complaint was filed, if it was; not in the future.")),
        "complaint_authority": Text(description=(
            "Where the complaint was filed, e.g. \"procureur de la République de Paris\".")),
        "accounts": List(item=Text(required=True, description="An account that posted the "
                                                              "content."))},
}


def _writer_reachable(data: dict, path: str, found: Problems) -> None:
    """A notice names its writer with an e-mail, unless it reports child sexual abuse
    material, which may be sent anonymously (DSA art. 16)."""
    if data["csam"] and data["representative"] is None:
        return
    if data["victim"] is None:
        if not found.at("victim"):
            found.add("victim", "required")
        return
    if data["csam"]:
        return
    writer = data["representative"] or data["victim"]
    field = "representative.email" if data["representative"] else "victim.email"
    if not writer["email"] and not found.at(field):
        found.add(field, "required")


def _located(data: dict, path: str, found: Problems) -> None:
    """Every letter says where the content is: its web address or, without one, its place."""
    if not data["target_urls"] and not data["target_places"] and not found.at("target_urls") \
            and not found.at("target_places"):
        found.add("target_urls", "required_location")


def _decision_after_notice(data: dict, path: str, found: Problems) -> None:
    if data["notice_date"] and data["decision_date"] and data["decision_date"] < data[
            "notice_date"]:
        found.add("decision_date", "before_notice")


def _controller_late(data: dict, path: str, found: Problems) -> None:
    """No complaint to the CNIL about an unanswered request before its time to answer ran out."""
    if data["request_date"] and data["answer"] == "none":
        key = "lil51_answer" if data["minor_at_collection"] else "gdpr_answer"
        if found.today <= due_date(data["request_date"], key):
            found.add("request_date", "too_early")


RULES = {"platform_notice": (_writer_reachable,), "platform_appeal": (_decision_after_notice,),
         "cnil_complaint": (_controller_late,),
         "us_removal_request": (contact_given, after_the_duty)}
RULES = {kind: (_located, *RULES.get(kind, ())) for kind in PER_KIND_FIELDS}
NAMES = {"platform_notice": "PlatformNoticeInput", "platform_appeal": "PlatformAppealInput",
         "delisting": "DelistingInput", "erasure": "ErasureInput",
         "cnil_complaint": "CnilComplaintInput", "preservation": "PreservationInput",
         "us_removal_request": "UsRemovalRequestInput"}


def body(kind: str, description: str) -> Obj:
    """The declaration of one kind's body: the complaint's own fields, the common ones, then
    the kind's own (which may replace a common one, e.g. an optional platform)."""
    fields = {**FROM_COMPLAINT, **COMMON_SPECS}
    fields.update(PER_KIND_FIELDS[kind])
    return Obj(name=NAMES[kind], required=True, fields=fields, rules=RULES.get(kind, ()),
               description=description)


def _absent() -> dict:
    """Every kind's own fields as when left out, so a builder may read any of them."""
    throwaway = Problems()
    return {name: spec.clean(None, name, throwaway)
            for fields in PER_KIND_FIELDS.values() for name, spec in fields.items()}


ABSENT = _absent()


def validate_body(kind: str, declaration: Obj, raw: Any, today: date,
                  lang: str | None = None) -> dict:
    """A clean copy of `raw` for a letter of `kind`, or LetterInputError listing every problem.
    Never raises anything else, whatever `raw` holds. `lang` asks for the letter in another
    language (a reading copy): the offences' titles are then in that language too."""
    found = Problems(today)
    data = declaration.clean(raw, "", found)
    if data is None:
        raise LetterInputError(found.items)
    data = {**ABSENT, **data, "kind": kind, "platform_name": display_name(data["platform"])}
    if lang:
        data["letter_lang"] = lang
    data["offences"] = cited(data["qualification"], data["articles"], data["letter_lang"],
                             today, found)
    if kind == "platform_notice" and not data["offences"] and not any(
            e["field"].startswith(("qualification", "articles")) for e in found.items):
        found.add("articles", "required_offence")
    if found.items:
        raise LetterInputError(found.items)
    return data


# Field names per kind, for tests and readers: a kind's body accepts exactly these.
COMPLAINT_ONLY = frozenset(FROM_COMPLAINT)
COMMON = frozenset(COMMON_SPECS)
PER_KIND = {kind: frozenset(fields) - COMMON for kind, fields in PER_KIND_FIELDS.items()}
assert frozenset(COMPLAINT.fields) <= COMPLAINT_ONLY | COMMON
