"""The engine's answer, made ready to show: penalties in words, links, services, answers recap.

Why: the template should only lay things out. Every penalty is phrased by
app.formats.penalty_text from the engine's numbers (which come from the law data), so
no legal value is ever typed here. No Flask: the content site is passed in.
"""

from __future__ import annotations

from datetime import date

from app.formats import article_name, long_date, penalty_text
from app.interview.engine import Flow, parse_date
from app.law import get_registry
from app.services.directory import get as get_service

CONTACT_SCHEMES = {"phone": "tel:", "sms": "sms:", "email": "mailto:"}
BOOLEAN_WORDS = {"yes": "yes", "no": "no", "unknown": "dont_know"}
NEXT_PAGES = ("what-to-do", "evidence", "removal", "complaint")


def _href(kind: str, value: str) -> str:
    if kind in CONTACT_SCHEMES:
        return CONTACT_SCHEMES[kind] + value.replace(" ", "").replace("\u00a0", "")
    return value


def _page_url(site, lang: str, key: str) -> str | None:
    page = site.get(lang, key) if site else None
    return page.url if page else None


def _day(iso: str | None, lang: str) -> str | None:
    return long_date(date.fromisoformat(iso), lang) if iso else None


def offences(result: dict, lang: str, site) -> list[dict]:
    shown = []
    for item in result["offences"]:
        known = item["prison_years"] is not None or item["fine_eur"] is not None
        shown.append({
            **item,
            "name": article_name(item["article"], item["code"], lang),
            "penalty": penalty_text(item["prison_years"], item["fine_eur"], lang)
            if known else None,
            "page_url": _page_url(site, lang, f"offence-{item['article']}"),
            "since": _day(item["version_in_force_since"], lang),
        })
    return shown


def not_applicable(result: dict, lang: str, site) -> list[dict]:
    law = get_registry()
    return [{**item, "name": article_name(item["article"], law.offence(item["article"]).code, lang),
             "page_url": _page_url(site, lang, f"offence-{item['article']}")}
            for item in result["not_applicable"]]


def services(ids: list[str], lang: str) -> list[dict]:
    shown = []
    for service_id in ids:
        service = get_service(service_id)
        shown.append({
            "id": service.id,
            "name": service.name[lang],
            "what": service.what[lang],
            "hours": service.hours[lang] if service.hours else None,
            "cost": service.cost[lang] if service.cost else None,
            "contacts": [{"kind": c.kind, "value": c.value, "href": _href(c.kind, c.value),
                          "label": c.label[lang] if c.label else None}
                         for c in service.contacts],
        })
    return shown


def next_pages(result: dict, lang: str, site, words: dict) -> list[dict]:
    keys = list(NEXT_PAGES)
    if result["first_steps"]:
        keys.insert(0, "sextortion")
    if any(o["article"] in ("227-23", "227-23-1") for o in result["offences"]):
        keys.append("minors")
    if result["limitation"]:
        keys.append("time-limits")
    links = []
    for key in keys:
        url = _page_url(site, lang, key)
        if url:
            links.append({"key": key, "url": url, "label": words["result"]["pages"][key]})
    return links


def answers_recap(flow: Flow, answers: dict[str, str], lang: str) -> list[dict]:
    """Each visible question with the answer given, worded as on the form."""
    words = flow.text(lang)
    recap = []
    for step in flow.visible_steps(answers):
        for question in flow.questions(step, answers):
            raw = answers.get(question.id)
            if not raw:
                continue
            if question.type == "boolean":
                shown = words["ui"][BOOLEAN_WORDS.get(raw, "dont_know")]
            elif question.type == "choice":
                shown = words["questions"][question.id]["choices"][raw]
            elif question.type == "date":
                shown = _day(_iso(raw), lang) or raw
            else:
                shown = raw
            recap.append({"question": words["questions"][question.id]["label"],
                          "answer": shown})
    return recap


def _iso(raw: str) -> str | None:
    parsed = parse_date(raw)
    return parsed.isoformat() if parsed else None


def present(result: dict, flow: Flow, answers: dict[str, str], lang: str, site) -> dict:
    words = flow.text(lang)
    limitation = result["limitation"]
    return {
        "result": result,
        "facts_date": _day(result["facts_date"], lang),
        "offences": offences(result, lang, site),
        "not_applicable": not_applicable(result, lang, site),
        "services": services(result["services"], lang),
        "next_pages": next_pages(result, lang, site, words),
        "limitation_end": _day(limitation["ends_on"], lang) if limitation else None,
        "recap": answers_recap(flow, answers, lang),
    }
