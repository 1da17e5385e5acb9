"""Turn services, courts and CDADs into what the templates show, in one language.

Links are built here (tel:, sms:, mailto:, external web pages) so templates only lay them out; a
field the data leaves empty is left out rather than filled with a guess.
"""

from __future__ import annotations

import re

from app.formats import long_date
from app.services.communes import MAX_QUERY, MAX_RESULTS, Commune
from app.services.courts import ATTRIBUTION, Cdad, Tribunal
from app.services.directory import AgeRange, Contact, Service
from app.services.nearby import Answer
from app.services.wording import say

_NOT_DIALLED = re.compile(r"[^\d+]")
_SPACE_BEFORE = re.compile(r" ([:;!?»])")
_SPACE_AFTER = re.compile(r"« ")
NBSP = "\u00a0"


def french_spacing(text: str) -> str:
    """Non-breaking spaces before : ; ! ? » and after «, for French text from other modules
    (courts.ATTRIBUTION is written with ordinary spaces)."""
    return _SPACE_AFTER.sub("«" + NBSP, _SPACE_BEFORE.sub(NBSP + r"\1", text))


def dial_href(scheme: str, number: str) -> str:
    """tel:/sms: link keeping only digits and a leading plus ("+33 1 80…" → "tel:+33180…")."""
    digits = _NOT_DIALLED.sub("", number)
    return f"{scheme}:{digits[:1]}{digits[1:].replace('+', '')}"


def ages_text(ages: AgeRange, lang: str) -> str:
    if ages.min is None and ages.max is None:
        return say(lang, "ages_all")
    if ages.max is None:
        return say(lang, "ages_min", min=ages.min)
    if ages.min is None:
        return say(lang, "ages_max", max=ages.max)
    return say(lang, "ages_range", min=ages.min, max=ages.max)


def contact_view(contact: Contact, lang: str) -> dict:
    """Kind label, shown text, link (None for an app name) and whether it leaves the site."""
    label = contact.label[lang] if contact.label else None
    href, external = None, False
    if contact.kind in ("phone", "sms"):
        href = dial_href("tel" if contact.kind == "phone" else "sms", contact.value)
    elif contact.kind == "email":
        href = f"mailto:{contact.value}"
    elif contact.value.startswith("https://"):
        href, external = contact.value, True
    shown = contact.value.removeprefix("https://").removesuffix("/") if external else contact.value
    if href is None and label and shown in label:  # an app: "3018 app" says it all
        shown, label = label, None
    return {"kind": say(lang, f"contact_{contact.kind}"), "text": shown, "label": label,
            "href": href, "external": external}


def service_view(service: Service, lang: str) -> dict:
    def text(field):
        return field[lang] if field else None

    return {
        "id": service.id,
        "name": service.name[lang],
        "who": service.who[lang],
        "what": service.what[lang],
        "ages": ages_text(service.ages, lang),
        "image_ages": ages_text(service.image_ages, lang) if service.image_ages else None,
        "urgent": service.urgent,
        "contacts": [contact_view(c, lang) for c in service.contacts],
        "hours": text(service.hours),
        "cost": text(service.cost),
        "languages": text(service.languages),
        "checked_on": say(lang, "checked_on", date=long_date(service.checked_on, lang)),
        "grade": say(lang, f"grade_{service.grade}"),
        "verified": service.grade != "U",
        "source": service.source,
    }


def court_view(court: Tribunal, lang: str) -> dict:
    """A tribunal with its contact links; hours keep the source's line breaks."""
    record = long_date(court.record_date, lang) if court.record_date else None
    if court.source == "annuaire" and record:
        provenance = say(lang, "court_record_annuaire", date=record)
    else:
        provenance = say(lang, "court_record_ministry")
    return {
        "name": court.name,
        "address_lines": court.address_lines,
        "phones": [{"text": p, "href": dial_href("tel", p)} for p in court.phones],
        "emails": [{"text": e, "href": f"mailto:{e}"} for e in court.emails],
        "hours": [line.strip() for line in court.hours.splitlines() if line.strip()]
        if court.hours else [],
        "record_date": record,
        "provenance": provenance,
        "source_url": court.source_url,
    }


def commune_text(commune: Commune) -> str:
    """"Saint-Étienne (Loire, 42)": the commune and its département, to tell namesakes apart."""
    return f"{commune.name} ({commune.departement_name}, {commune.departement})"


def commune_choice(commune: Commune, lang: str) -> dict:
    """A radio button's value and label; long postcode lists are cut after the first three."""
    codes = ", ".join(commune.postcodes[:3]) + (", …" if len(commune.postcodes) > 3 else "")
    label = commune_text(commune)
    if codes:
        label += " – " + say(lang, "choose_postcodes", postcodes=codes)
    return {"insee": commune.insee, "label": label}


def cdad_view(cdad: Cdad) -> dict:
    return {
        "name": cdad.name,
        "address_lines": cdad.address_lines,
        "phone": {"text": cdad.phone, "href": dial_href("tel", cdad.phone)} if cdad.phone
        else None,
        "email": {"text": cdad.email, "href": f"mailto:{cdad.email}"} if cdad.email else None,
    }


def attribution(lang: str) -> str:
    """The court data's required attribution (French spacing is in the text itself)."""
    return ATTRIBUTION[lang]


def answer_context(result: Answer, lang: str) -> dict:
    """What the "help near you" template needs to show one answer (error, choices or result)."""
    place = result.place.strip()
    context: dict = {"place": result.place}
    if result.error:
        context["error"] = say(lang, result.error, place=place, max=MAX_QUERY)
    if result.candidates:
        context["choices"] = [commune_choice(c, lang) for c in result.candidates]
        context["choose_title"] = say(lang, "choose_title", place=place)
        context["choose_more"] = say(lang, "choose_more", count=MAX_RESULTS)
    if result.commune:
        context["result_title"] = say(lang, "result_title", commune=result.commune.name,
                                      departement=f"{result.commune.departement_name}, "
                                                  f"{result.commune.departement}")
    if result.tribunal:
        context["court"] = court = court_view(result.tribunal, lang)
        if court["record_date"]:
            context["annuaire_attribution"] = say(lang, "annuaire_attribution",
                                                  date=court["record_date"])
    if result.cdad:
        context["cdad"] = cdad_view(result.cdad)
    return context
