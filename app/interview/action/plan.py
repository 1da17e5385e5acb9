""""My action plan": what to send to whom, and when, from the answers. No Flask.

Every duration comes from data: the action letters' deadlines.yaml (GDPR answer, article 51,
DSA appeal window) and the law registry for CPP 85 (months before a partie civile complaint).
Nothing is typed here but the arithmetic.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.interview.engine import parse_date
from app.letters.action import deadline, due_date
from app.letters.action.wording import duration, of_duration
from app.letters.justice import available_from, cpp85_months
from app.letters.wording import long_date

from .body import chosen, platform


def _day(answers: dict[str, str], name: str, today: date) -> date | None:
    value = parse_date(answers.get(name, "")) if answers.get(name) else None
    return value if value and value <= today else None


def gdpr_key(answers: dict[str, str]) -> str:
    return "lil51_answer" if answers.get("pack.minor") == "yes" else "gdpr_answer"


def dates(answers: dict[str, str], today: date) -> dict[str, date]:
    """The dates the plan states, by name; only those the answers allow computing."""
    kinds = set(chosen(answers))
    out: dict[str, date] = {}
    decision = _day(answers, "pack.decision_date", today)
    if "platform_appeal" in kinds and decision:
        out["appeal_until"] = due_date(decision, "dsa_appeal_window")
    if kinds & {"erasure", "cnil_complaint"}:
        sent = _day(answers, "pack.request_date", today) or today
        out["erasure_sent"] = sent
        out["erasure_answer_by"] = due_date(sent, gdpr_key(answers))
        out["cnil_from"] = out["erasure_answer_by"] + timedelta(days=1)
        if answers.get("pack.minor") == "yes":
            out["cnil_decision_by"] = due_date(max(out["cnil_from"], today),
                                               "lil51_cnil_decision")
    first = (_day(answers, "pack.complaint_date", today)
             or _day(answers, "first_complaint_date", today))
    if first:
        out["complaint_sent"] = first
        out["partie_civile_from"] = available_from(first, None, today)
    return out


def _span(key: str, lang: str) -> str:
    found = deadline(key)
    return duration(found.amount, found.unit, lang)


def _of_span(key: str, lang: str) -> str:
    found = deadline(key)
    return of_duration(found.amount, found.unit, lang)


def plan(answers: dict[str, str], today: date, lang: str, words: dict,
         platform_name: str) -> list[dict]:
    """[{kind, title, to, lines}] in the order of the letters; `words` is the `plan` wording."""
    d = {k: long_date(v, lang) for k, v in dates(answers, today).items()}
    name = platform_name or platform(answers) or words["the_platform"]
    entries = []
    for kind in chosen(answers):
        text = words[kind]
        lines = [text["send"].format(platform=name)]
        if kind == "platform_appeal":
            lines.append(text["until"].format(date=d["appeal_until"],
                                              duration=_span("dsa_appeal_window", lang))
                         if "appeal_until" in d else
                         text["no_decision"].format(duration=_span("dsa_appeal_window", lang)))
        if kind in ("erasure", "cnil_complaint"):
            lines.append(words["gdpr"]["answer_by"].format(
                sent=d["erasure_sent"], date=d["erasure_answer_by"],
                duration=_span(gdpr_key(answers), lang),
                of_duration=_of_span(gdpr_key(answers), lang),
                rule=deadline(gdpr_key(answers)).rule[lang]))
            cnil_from = "cnil_from" if gdpr_key(answers) == "lil51_answer" else "cnil_from_gdpr"
            lines.append(words["gdpr"][cnil_from].format(date=d["cnil_from"]))
            if "cnil_decision_by" in d and kind == "cnil_complaint":
                lines.append(words["gdpr"]["cnil_decision"].format(
                    date=d["cnil_decision_by"], duration=_span("lil51_cnil_decision", lang),
                    of_duration=_of_span("lil51_cnil_decision", lang)))
        if kind == "preservation":
            lines.append(text["complaint"])
        entries.append({"kind": kind, "title": words["titles"][kind],
                        "to": text["to"].format(platform=name), "lines": lines})
    if "partie_civile_from" in d:
        entries.append({"kind": "partie_civile", "title": words["titles"]["partie_civile"],
                        "to": words["partie_civile"]["to"],
                        "lines": [words["partie_civile"]["from"].format(
                            sent=d["complaint_sent"], date=d["partie_civile_from"],
                            duration=duration(cpp85_months(today), "months", lang))]})
    return entries
