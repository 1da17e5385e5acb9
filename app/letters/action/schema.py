"""Strict validation of the action letters' input, reusing the complaint validator's field
checks (same limits, same error shape) so the interview, the API and the CLI report problems the
same way. Everything is reported at once; unknown fields are errors.

The body is the complaint's body plus the action fields: the complaint's own fields (author, harm,
commune_insee…) are checked by the complaint validator itself; author.accounts feed the
preservation request, the others are accepted and not used by these letters.

Also resolves the offences the letters cite: from `qualification` (the qualification engine, so
articles and titles come from the law data) and from `articles` (law-registry ids). A title is
never typed by the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from app.law import get_registry
from app.letters import schema as base
from app.letters.schema import LINE_MAX, LIST_MAX, NAME_MAX, URL_MAX, LetterInputError
from app.qualify import QualifyInputError, qualify_json
from app.services.communes import commune

from .deadlines import due_date
from .platforms import display_name

KINDS = ("platform_notice", "platform_appeal", "delisting", "erasure", "cnil_complaint",
         "preservation")
COMMON = {"letter_lang", "victim", "representative", "platform", "target_urls",
          "qualification", "articles", "facts", "exhibits", "signed_at_place", "signed_on"}
PER_KIND = {
    "platform_notice": {"csam", "explanation"},
    "platform_appeal": {"notice_date", "decision_date", "explanation"},
    "delisting": {"content_kind"},
    "erasure": {"controller", "minor_at_collection"},
    "cnil_complaint": {"controller", "minor_at_collection", "request_date", "answer"},
    "preservation": {"complaint_date", "complaint_authority", "accounts"},
}
COMPLAINT_ONLY = frozenset(base.COMPLAINT_OWN_FIELDS)  # author, harm, commune_insee, tribunal…
MESSAGES = {
    **base.MESSAGES,
    "unknown_article": ("Article inconnu des données juridiques du site.",
                        "Article not in the site's law data."),
    "required_offence": ("Indiquez au moins une infraction (qualification ou articles) : la "
                         "notification doit expliquer pourquoi le contenu est illicite.",
                         "Give at least one offence (qualification or articles): the notice "
                         "must explain why the content is illegal."),
    "future_date": ("Cette date est dans le futur.", "This date is in the future."),
    "before_notice": ("Cette date est antérieure à celle de la notification.",
                      "This date is before the date of the notice."),
    "too_early": ("Le délai de réponse du responsable du traitement n'a pas encore expiré.",
                  "The controller's time to answer has not expired yet."),
    "unknown_commune": ("Aucune commune ne porte ce code INSEE.",
                        "No commune has this INSEE code."),
}
ActionInputError = LetterInputError


class _Errors(base._Errors):
    def add(self, field: str, code: str) -> None:
        fr, en = MESSAGES[code]
        self.items.append({"field": field, "code": code, "message": {"fr": fr, "en": en}})


def _past_date(value, field, errs, today: date, required=False) -> date | None:
    parsed = base._date(value, field, errs, required)
    if parsed is not None and parsed > today:
        errs.add(field, "future_date")
        return None
    return parsed


def _lines(value, field, errs, limit=LINE_MAX, required=False, pattern=None, code=None):
    return [base._line(v, f"{field}[{i}]", errs, limit, True, pattern, code)
            for i, v in enumerate(base._list(value, field, errs, required))]


def _controller(raw, errs, required: bool) -> dict | None:
    m = base._mapping(raw, "controller", errs, {"name", "address_lines"}, required)
    if m is None:
        return None
    lines = _lines(m.get("address_lines"), "controller.address_lines", errs)
    if len(lines) > 6:
        errs.add("controller.address_lines", "too_many")
    return {"name": base._line(m.get("name"), "controller.name", errs, 200, True),
            "address_lines": lines[:6]}


def complaint_fields(m: Mapping, errs: _Errors) -> dict:
    """The complaint's own fields of `m`, checked by the complaint schema (same rules, same
    errors), and the INSEE code checked against the communes as for the complaint."""
    before = len(errs.items)
    clean = base.complaint_own_fields(m, errs)
    insee = clean["commune_insee"]
    if len(errs.items) == before and insee and commune(insee) is None:
        errs.add("commune_insee", "unknown_commune")
    return clean


def offences(qualification: Mapping, articles: list[str], lang: str, today: date,
             errs: _Errors) -> list[dict]:
    """[{article, code, title}] from the qualification engine, then the explicit articles."""
    found: list[dict] = []
    if qualification:
        try:
            result = qualify_json({"lang": lang, **qualification}, today)
            found = [{"article": o["article"], "code": o.get("code") or "code_penal",
                      "title": o["title"]} for o in result["offences"]]
        except QualifyInputError as exc:
            for item in exc.errors:
                item = dict(item)
                item["field"] = (f"qualification.{item['field']}" if item["field"]
                                 else "qualification")
                errs.items.append(item)
    law = get_registry()
    for i, article_id in enumerate(articles):
        if not article_id:
            continue
        try:
            rule = law.offence(article_id)
        except LookupError:
            errs.add(f"articles[{i}]", "unknown_article")
            continue
        if rule.article not in {o["article"] for o in found}:
            found.append({"article": rule.article, "code": rule.code,
                          "title": rule.title[lang]})
    return found


def validate(kind: str, raw: Any, today: date) -> dict:
    """A clean copy of `raw` for a letter of `kind`, or LetterInputError listing every problem.
    Never raises anything else, whatever `raw` holds."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind: {kind}")
    errs = _Errors()
    m = base._mapping(raw, "data", errs, COMMON | COMPLAINT_ONLY | PER_KIND[kind],
                      required=True)
    if m is None:
        raise LetterInputError(errs.items)
    complaint = complaint_fields(m, errs)
    csam = base._bool(m.get("csam"), "csam", errs, False)
    has_rep = m.get("representative") is not None
    victim_required = not (kind == "platform_notice" and csam) or has_rep
    qualification = m.get("qualification")
    if qualification is not None and not isinstance(qualification, Mapping):
        errs.add("qualification", "type")
        qualification = None
    lang = base._choice(m.get("letter_lang"), "letter_lang", errs, ("fr", "en"), "fr")
    platform = base._line(m.get("platform"), "platform", errs, NAME_MAX,
                          required=kind not in ("erasure", "cnil_complaint"))
    data: dict[str, Any] = {
        "kind": kind,
        "letter_lang": lang,
        "victim": (base._person(m.get("victim"), "victim", errs, representative=False)
                   if victim_required or m.get("victim") is not None else None),
        "representative": base._person(m.get("representative"), "representative", errs,
                                       representative=True),
        "platform": platform,
        "platform_name": display_name(platform),
        "target_urls": _lines(m.get("target_urls"), "target_urls", errs, URL_MAX, True,
                              base._URL, "invalid_url"),
        "articles": _lines(m.get("articles"), "articles", errs, 20),
        "facts": [base._fact(f, f"facts[{i}]", errs)
                  for i, f in enumerate(base._list(m.get("facts"), "facts", errs))],
        "exhibits": [base._exhibit(x, f"exhibits[{i}]", errs)
                     for i, x in enumerate(base._list(m.get("exhibits"), "exhibits", errs))],
        "signed_at_place": base._line(m.get("signed_at_place"), "signed_at_place", errs,
                                      NAME_MAX),
        "signed_on": base._date(m.get("signed_on"), "signed_on", errs),
        "csam": csam,
        "explanation": base._text(m.get("explanation"), "explanation", errs),
        "minor_at_collection": base._bool(m.get("minor_at_collection"), "minor_at_collection",
                                          errs, False),
        "controller": _controller(m.get("controller"), errs,
                                  kind in ("erasure", "cnil_complaint")),
        "content_kind": base._choice(m.get("content_kind"), "content_kind", errs,
                                     ("fake", "real"), "fake"),
        "notice_date": _past_date(m.get("notice_date"), "notice_date", errs, today,
                                  kind == "platform_appeal"),
        "decision_date": _past_date(m.get("decision_date"), "decision_date", errs, today),
        "request_date": _past_date(m.get("request_date"), "request_date", errs, today,
                                   kind == "cnil_complaint"),
        "answer": base._choice(m.get("answer"), "answer", errs, ("none", "refused"), "none"),
        "complaint_date": _past_date(m.get("complaint_date"), "complaint_date", errs, today),
        "complaint_authority": base._line(m.get("complaint_authority"), "complaint_authority",
                                          errs),
        "accounts": _lines(m.get("accounts"), "accounts", errs),
        "author": complaint["author"],
    }
    writer = data["representative"] or data["victim"]
    if kind == "platform_notice" and not csam and writer and not writer["email"]:
        field = "representative.email" if data["representative"] else "victim.email"
        if not any(e["field"] == field for e in errs.items):
            errs.add(field, "required")
    notice, decision = data["notice_date"], data["decision_date"]
    if notice and decision and decision < notice:
        errs.add("decision_date", "before_notice")
    if kind == "cnil_complaint" and data["request_date"] and data["answer"] == "none":
        key = "lil51_answer" if data["minor_at_collection"] else "gdpr_answer"
        if today <= due_date(data["request_date"], key):
            errs.add("request_date", "too_early")
    data["offences"] = offences(dict(qualification or {}), data["articles"], lang, today, errs)
    if kind == "platform_notice" and not data["offences"] and not any(
            e["field"].startswith(("qualification", "articles")) for e in errs.items):
        errs.add("articles", "required_offence")
    if len(data["target_urls"]) > LIST_MAX:  # _list already refuses; kept for clarity
        errs.add("target_urls", "too_many")
    if errs.items:
        raise LetterInputError(errs.items)
    return data
