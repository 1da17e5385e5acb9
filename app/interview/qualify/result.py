"""The engine's answer, made ready to show: what to do first (plan.py), penalties in words, time
limits (earliest end first), links, services, answers recap.

Why: the template should only lay things out. Every penalty is phrased by
app.formats.penalty_text from the engine's numbers (which come from the law data), so
no legal value is ever typed here. No Flask: the content site is passed in; tools are named by
endpoint for the template's tool_url.
"""

from __future__ import annotations

from datetime import date

from app.formats import article_name, long_date, penalty_text
from app.interview.engine import Flow, parse_date
from app.law import get_registry
from app.qualify import Facts
from app.qualify.texts import say as qualify_say
from app.services.directory import get as get_service
from app.services.present import contact_view

from . import plan as plan_steps

BOOLEAN_WORDS = {"yes": "yes", "no": "no", "unknown": "dont_know"}
NEXT_PAGES = ("what-to-do", "evidence", "removal", "complaint")
TOOL_LABELS = {plan_steps.PLATFORMS_TOOL: "tool_platforms",
               plan_steps.COMPLAINT_TOOL: "tool_complaint"}


def _page(site, lang: str, key: str):
    return site.get(lang, key) if site else None


def _page_url(site, lang: str, key: str, anchor: str = "") -> str | None:
    page = _page(site, lang, key)
    if page is None:
        return None
    return f"{page.url}#{anchor}" if anchor else page.url


def _day(iso: str | None, lang: str) -> str | None:
    return long_date(date.fromisoformat(iso), lang) if iso else None


def offences(result: dict, lang: str, site) -> list[dict]:
    """Each offence as shown; whether only a complaint starts prosecution is its own line (the
    engine's note saying so moves there, so it is not said twice)."""
    on_complaint = qualify_say(lang, "complaint")
    shown = []
    for item in result["offences"]:
        known = item["prison_years"] is not None or item["fine_eur"] is not None
        shown.append({
            **item,
            "notes": [note for note in item["notes"] if note != on_complaint],
            "complaint": on_complaint if item["complaint_required"]
            else plan_steps.say(lang, "offence_complaint_no"),
            "name": article_name(item["article"], item["code"], lang),
            "penalty": penalty_text(item["prison_years"], item["fine_eur"], lang)
            if known else None,
            "page_url": _page_url(site, lang, f"offence-{item['article']}"),
            "since": _day(item["version_in_force_since"], lang),
            "time_limit": time_limit(item["limitation"], lang),
        })
    return shown


def time_limit(limit: dict, lang: str) -> dict:
    """One offence's time limit, the earliest end first: the first act's when it ends earlier
    than the most recent act's (each act of sharing has its own period)."""
    first = limit["first_act_ends_on"]
    earlier = first if first and first < limit["ends_on"] else None
    end = _day(limit["ends_on"], lang)
    if earlier:
        text = plan_steps.say(lang, "time_both",
                              first=plan_steps.say(lang, "time_first_act",
                                                   date=_day(earlier, lang)),
                              last=plan_steps.say(lang, "time_last_act", date=end))
    else:
        text = plan_steps.say(lang, "time_until", date=end)
    return {"first_act_end": _day(earlier, lang), "end": end, "text": text,
            "earliest": earlier or limit["ends_on"], "rule": limit["rule"]}


def time_limits(shown: list[dict]) -> list[dict]:
    """Every offence with its time limit, the one that ends first at the top."""
    return sorted(shown, key=lambda o: (o["time_limit"]["earliest"], o["article"]))


def not_applicable(result: dict, lang: str, site) -> list[dict]:
    law = get_registry()
    return [{**item, "name": article_name(item["article"], law.offence(item["article"]).code, lang),
             "page_url": _page_url(site, lang, f"offence-{item['article']}")}
            for item in result["not_applicable"]]


def services(ids, lang: str) -> list[dict]:
    """Services as the result shows them; contacts through the services' own presenter, so an
    app (the 3018 app) is named, never turned into a link to nowhere."""
    shown = []
    for service_id in ids:
        service = get_service(service_id)
        shown.append({
            "id": service.id,
            "name": service.name[lang],
            "what": service.what[lang],
            "hours": service.hours[lang] if service.hours else None,
            "cost": service.cost[lang] if service.cost else None,
            "contacts": [contact_view(c, lang) for c in service.contacts],
        })
    return shown


def plan(facts: Facts, articles: tuple[str, ...], lang: str, site) -> list[dict]:
    """The steps to take, in order, with their links: the first existing page of each step,
    this site's tools (by endpoint) and the services to call."""
    shown = []
    for step in plan_steps.steps(facts, articles):
        found = next(((page, plan_steps.anchor(key, section, lang))
                      for key, section in step.pages if (page := _page(site, lang, key))), None)
        links = [{"url": f"{found[0].url}#{found[1]}" if found[1] else found[0].url,
                  "label": found[0].title}] if found else []
        shown.append({
            "id": step.id,
            "title": plan_steps.say(lang, f"{step.id}_title"),
            "text": " ".join(plan_steps.say(lang, key, **step.values)
                             for key in step.texts or (f"{step.id}_text",)),
            "pages": links,
            "tools": [{"endpoint": t, "label": plan_steps.say(lang, TOOL_LABELS[t])}
                      for t in step.tools],
            "services": services(step.services, lang),
        })
    return shown


def notes(result: dict, lang: str, site) -> list[dict]:
    """Notes on the whole answer; the minor author's links the page for parents and educators
    (or the minors page's section until that page exists)."""
    shown = []
    for note in result["notes"]:
        url = None
        if note["id"] == "minor_author":
            section = plan_steps.anchor("minors", "minor-offender", lang)
            url = (_page_url(site, lang, "minor-authors")
                   or _page_url(site, lang, "minors", section))
        shown.append({**note, "url": url})
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


def present(result: dict, facts: Facts, flow: Flow, answers: dict[str, str], lang: str,
            site) -> dict:
    words = flow.text(lang)
    limitation = result["limitation"]
    shown = offences(result, lang, site)
    earliest = limitation["earliest_ends_on"] if limitation else None
    return {
        "result": result,
        "facts_date": _day(result["facts_date"], lang),
        "urgent": services(plan_steps.urgent(facts), lang),
        "plan": plan(facts, tuple(o["article"] for o in result["offences"]), lang, site),
        "plan_words": plan_steps.WORDING.wording(lang),
        "notes": notes(result, lang, site),
        "offences": shown,
        "not_applicable": not_applicable(result, lang, site),
        "on_complaint": [o for o in shown if o["complaint_required"]],
        "services": services(result["services"], lang),
        "next_pages": next_pages(result, lang, site, words),
        "limitation_end": _day(limitation["ends_on"], lang) if limitation else None,
        "limitation_earliest": _day(earliest, lang)
        if earliest and earliest < limitation["ends_on"] else None,
        "time_limits": time_limits(shown),
        "after_complaint_url": _page_url(site, lang, "after-the-complaint"),
        "complaint_url": _page_url(site, lang, "complaint"),
        "recap": answers_recap(flow, answers, lang),
    }
