"""Action pack answers → each chosen letter's body (app/letters/action), and the letters'
objections back on form fields. No Flask.

Why on top of the complaint's body: the person, facts, exhibits and qualification are the
complaint's answers, converted exactly as for the complaint letter (complaint/body.py); only the
`pack.*` answers are added here.
"""

from __future__ import annotations

import re
from datetime import date

from app.interview.complaint.body import as_date, lines, to_body
from app.interview.engine import Flow
from app.letters import registry
from app.letters.action import KINDS, platform_names

# Body field (first part of the letters' error path) → form field of this interview.
TO_FORM = {
    "platform": "pack.platform", "target_urls": "pack.urls", "letter_lang": "pack.lang",
    "csam": "pack.csam", "explanation": "pack.explanation", "notice_date": "pack.notice_date",
    "decision_date": "pack.decision_date", "content_kind": "pack.content_kind",
    "controller.name": "pack.controller_name", "controller.address_lines":
        "pack.controller_address", "controller": "pack.controller_name",
    "minor_at_collection": "pack.minor", "request_date": "pack.request_date",
    "answer": "pack.answer", "complaint_date": "pack.complaint_date",
    "complaint_authority": "pack.complaint_authority",
    "target_places.conversation": "pack.place", "target_places.account": "pack.place",
    "target_places.app": "pack.place", "target_places.seen_at": "pack.seen_at",
    "target_places.reported_on": "pack.reported_on", "target_places": "pack.has_url",
    "representative.relation": "pack.relation",
}
# What an error on the addresses means when the content has no web address.
NO_URL = {"target_urls": "pack.has_url"}
_INDEX = re.compile(r"\[[0-9]{1,2}\]")


def chosen(answers: dict[str, str]) -> list[str]:
    """The letters chosen, in the order of KINDS. The request under the US TAKE IT DOWN Act
    comes only with the notice, for a platform the data say answers to that law."""
    out = [kind for kind in KINDS if answers.get(f"pack.{kind}") == "yes"]
    if "us_removal_request" in out and not (
            "platform_notice" in out and answers.get("pack.us_platform") == "yes"):
        out.remove("us_removal_request")
    return out


def anonymous(kind: str, answers: dict[str, str]) -> bool:
    """The notice about child sexual abuse material goes without the sender's name (DSA
    art. 16) when they chose so: it then names neither the writer nor the child."""
    return kind == "platform_notice" and answers.get("pack.csam") == "yes" \
        and answers.get("pack.anonymous") == "yes"


def places(answers: dict[str, str]) -> list[dict]:
    """Content with no web address: where it is in the app (one place per form)."""
    if answers.get("pack.has_url") != "no" or answers.get("pack.delisting") == "yes":
        return []
    return [{"conversation": answers.get("pack.place", ""),
             "account": answers.get("pack.account", ""),
             "seen_at": answers.get("pack.seen_at", "").replace(" ", "T"),
             "reported_on": as_date(answers.get("pack.reported_on"))}]


def platform_choices(lang: str, words: dict) -> list[tuple[str, str]]:
    """The platforms of the directory (the names the letters print), then "other"."""
    return [*platform_names().items(), ("other", words["questions"]["pack.platform"]["other"])]


def platform(answers: dict[str, str]) -> str:
    """The platform id chosen, or the name typed for "other"."""
    value = answers.get("pack.platform", "")
    return answers.get("pack.platform_other", "") if value == "other" else value


def platform_name(answers: dict[str, str]) -> str:
    """The platform's printed name, or the name typed."""
    value = answers.get("pack.platform", "")
    return platform(answers) if value == "other" else platform_names().get(value, value)


def body(flow: Flow, kind: str, answers: dict[str, str]) -> dict:
    """The app.letters.action input for `kind`, from the answers."""
    base, _where = to_body(flow.carries_flow, answers)
    urls = [] if places(answers) else lines(answers.get("pack.urls"))
    out = {"letter_lang": answers.get("pack.lang") or "fr",
           "victim": base["victim"] if any(base["victim"].values()) else None,
           "target_urls": urls, "target_places": places(answers),
           "facts": base["facts"], "exhibits": base["exhibits"],
           "signed_at_place": base["signed_at_place"]}
    if out["victim"] is None or anonymous(kind, answers):
        out.pop("victim")
    if "representative" in base and not anonymous(kind, answers):
        out["representative"] = base["representative"]
        if answers.get("pack.relation"):
            out["representative"]["relation"] = answers["pack.relation"]
    if base["qualification"]:
        out["qualification"] = base["qualification"]
    if platform(answers):
        out["platform"] = platform(answers)
    yes = {"yes": True, "no": False}
    if kind == "platform_notice":
        out["csam"] = answers.get("pack.csam") == "yes"
    if kind in ("platform_notice", "platform_appeal", "us_removal_request") and answers.get(
            "pack.explanation"):
        out["explanation"] = answers["pack.explanation"]
    if kind == "us_removal_request":
        out["letter_lang"] = "en"
        out["reading_copy_lang"] = "fr"
        out["content_kind"] = answers.get("pack.content_kind") or "fake"
    if kind == "platform_appeal":
        out["notice_date"] = as_date(answers.get("pack.notice_date"))
        out["decision_date"] = as_date(answers.get("pack.decision_date"))
    if kind == "delisting":
        out["content_kind"] = answers.get("pack.content_kind") or "fake"
    if kind in ("erasure", "cnil_complaint"):
        out["controller"] = {"name": answers.get("pack.controller_name", ""),
                             "address_lines": lines(answers.get("pack.controller_address"))}
        out["minor_at_collection"] = yes.get(answers.get("pack.minor", ""), False)
    if kind == "cnil_complaint":
        out["request_date"] = as_date(answers.get("pack.request_date"))
        out["answer"] = answers.get("pack.answer") or "none"
    if kind == "preservation":
        out["complaint_date"] = as_date(answers.get("pack.complaint_date"))
        out["complaint_authority"] = answers.get("pack.complaint_authority", "")
        out["accounts"] = lines(answers.get("author.accounts"))
    return {k: v for k, v in out.items() if v is not None}


def form_field(name: str, answers: dict[str, str]) -> str:
    """The form field an error of the letters belongs to."""
    if name.startswith("qualification."):
        return name.split(".", 1)[1]
    plain = _INDEX.sub("", name)
    if plain == "platform" and answers.get("pack.platform") == "other":
        return "pack.platform_other"
    if answers.get("pack.has_url") == "no" and plain in NO_URL:
        return NO_URL[plain]
    return TO_FORM.get(plain, TO_FORM.get(plain.split(".")[0], plain))


def letter_errors(flow: Flow, answers: dict[str, str], today: date) -> list[dict]:
    """Every objection of the chosen letters' checks, on form field names, each field once."""
    found, seen = [], set()
    for kind in chosen(answers):
        for item in registry.check(kind, body(flow, kind, answers), today):
            field = form_field(item["field"], answers)
            if field not in seen:
                seen.add(field)
                found.append({**item, "field": field, "kind": kind})
    return found
