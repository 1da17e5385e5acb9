"""The offences a letter cites, never typed by the user: from the qualification engine (the
/api/v1/qualify input given as `qualification`) and from ids of the law data (`articles`), so
articles and titles always come from app/law. Problems go to the body's Problems. No Flask."""

from __future__ import annotations

from datetime import date

from app.law import get_registry
from app.qualify import QualifyInputError, qualify_json

from .declare import Problems


def from_qualification(qualification: dict, lang: str, today: date,
                       found: Problems) -> list[dict]:
    """The engine's offences (titles in `lang`); its objections are reported as
    qualification.<field>."""
    if not qualification:
        return []
    try:
        return qualify_json({"lang": lang, **qualification}, today)["offences"]
    except QualifyInputError as exc:
        for item in exc.errors:
            field = f"qualification.{item['field']}" if item["field"] else "qualification"
            found.items.append({**item, "field": field})
        return []


def cited(qualification: dict, articles: list[str], lang: str, today: date,
          found: Problems) -> list[dict]:
    """[{article, code, title}]: the engine's offences, then the articles named by id."""
    out = [{"article": o["article"], "code": o.get("code") or "code_penal", "title": o["title"]}
           for o in from_qualification(qualification, lang, today, found)]
    law = get_registry()
    for i, article_id in enumerate(articles):
        if not article_id:
            continue
        try:
            rule = law.offence(article_id)
        except LookupError:
            found.add(f"articles[{i}]", "unknown_article")
            continue
        if rule.article not in {o["article"] for o in out}:
            out.append({"article": rule.article, "code": rule.code, "title": rule.title[lang]})
    return out
