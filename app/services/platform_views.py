""""Report on a platform" pages: the list grouped by kind, and one page per platform.

Thin views over app.services.platforms. General routes (Pharos, Point de Contact, 3018, the hashing
tools) are read from the support-services data, so their addresses are stored in one place only.
Links to other tools and pages are shown only when they exist in this application.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flask import abort, current_app, g, render_template, url_for

from app.datafiles import load_yaml
from app.formats import long_date
from app.services import directory, present
from app.services.platforms import KINDS, LANGS, Platform, all_platforms, get
from app.web.i18n import localized_blueprint

bp = localized_blueprint("platforms", __name__, paths={"fr": {"/platforms": "/plateformes"}})

WORDING_DIR = Path(__file__).parent / "wording"
HASHING = ("stopncii", "takeitdown")
AUTHORITIES = ("pharos", "pointdecontact", "3018")
CONTENT_PAGES = (("removal", "next_removal"), ("evidence", "next_evidence"))


@cache
def wording(lang: str) -> dict[str, str]:
    """Every string of these pages in one language; KeyError for another language."""
    if lang not in LANGS:
        raise KeyError(lang)
    data = load_yaml(WORDING_DIR / f"platforms.{lang}.yaml")
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError(f"platforms.{lang}.yaml: expected a flat mapping of strings")
    return data


def say(lang: str, key: str, **values: object) -> str:
    text = wording(lang)[key]
    return text.format(**values) if values else text


def _service_links(ids: tuple[str, ...], lang: str) -> list[dict]:
    """Name, description and web address of support services, from the services data."""
    views = []
    for service_id in ids:
        view = present.service_view(directory.get(service_id), lang)
        view["web"] = next((c for c in view["contacts"] if c["external"]), None)
        views.append(view)
    return views


def _next_links(lang: str) -> list[dict]:
    """The complaint and removal tools and the removal / evidence pages, when they exist."""
    links = []
    for endpoint, label in (("complaint.start", "next_complaint"), ("action.start", "next_action")):
        if endpoint in current_app.view_functions:
            links.append({"href": url_for(endpoint), "text": say(lang, label)})
    site = current_app.extensions.get("recours.site")
    for key, label in CONTENT_PAGES:
        page = site.get(lang, key) if site else None
        if page is not None:
            links.append({"href": page.url, "text": say(lang, label)})
    return links


def platform_view(platform: Platform, lang: str) -> dict:
    name = platform.name
    return {
        "id": platform.id,
        "name": name,
        "kind": platform.kind,
        "search": platform.route == "search",
        "verified": platform.verified,
        "steps": platform.steps[lang] if platform.steps else None,
        "pick": platform.pick[lang] if platform.pick else None,
        "help_url": platform.help_url,
        "programmes": [say(lang, f"programme_{p}", name=name) for p in platform.programmes],
        "sources": platform.sources,
        "grade": say(lang, f"grade_{platform.grade}"),
        "checked": say(lang, "checked", date=long_date(platform.checked_on, lang)),
        "note": platform.note[lang] if platform.note else None,
        "us_law": _us_law(platform, lang),
        "evidence": platform.evidence.steps[lang] if platform.evidence else None,
        "evidence_grade": (say(lang, f"grade_{platform.evidence.grade}")
                           if platform.evidence else None),
        "evidence_sources": platform.evidence.sources if platform.evidence else (),
    }


def _us_law(platform: Platform, lang: str) -> dict | None:
    """Why sources say the platform answers to the US TAKE IT DOWN Act, and how sure they are."""
    act = platform.take_it_down_act
    if act is None:
        return None
    return {"basis": act.basis[lang], "sources": act.sources,
            "grade": say(lang, f"grade_{act.grade}"),
            "checked": say(lang, "checked", date=long_date(act.checked_on, lang))}


def _general_context(lang: str) -> dict:
    return {"w": wording(lang), "hashing": _service_links(HASHING, lang),
            "authorities": _service_links(AUTHORITIES, lang)}


@bp.get("/platforms")
def index():
    lang = g.lang
    groups = [{"kind": kind, "title": say(lang, f"kind_{kind}"),
               "platforms": [platform_view(p, lang) for p in all_platforms() if p.kind == kind]}
              for kind in KINDS]
    return render_template("platforms/index.html", groups=[x for x in groups if x["platforms"]],
                           **_general_context(lang))


@bp.get("/platforms/<platform_id>")
def platform(platform_id: str):
    lang = g.lang
    try:
        found = get(platform_id)
    except KeyError:
        abort(404)
    view = platform_view(found, lang)
    titles = {key: say(lang, key, name=found.name)
              for key in ("platform_title", "unverified_top", "help_missing", "help_link",
                          "h_programmes", "programmes_none", "h_refuse", "h_us_law",
                          "us_law_intro", "h_evidence")}
    site = current_app.extensions.get("recours.site")
    evidence_page = site.get(lang, "evidence") if site else None
    return render_template("platforms/platform.html", p=view, t=titles,
                           evidence_url=evidence_page.url if evidence_page else None,
                           next_links=_next_links(lang), **_general_context(lang))
