"""The urgent-help strip at the top of every page: this capability contributes it to every
template (`urgent_services()`), from the services data, in the page's language."""

from __future__ import annotations

import re

from app.services.directory import urgent_strip
from app.web.i18n import current_language

CONTACT_SCHEMES = {"phone": "tel:", "sms": "sms:", "email": "mailto:"}


def contact_href(kind: str, value: str) -> str:
    if kind in CONTACT_SCHEMES:
        return CONTACT_SCHEMES[kind] + value.replace(" ", "").replace("\u00a0", "")
    return value


def urgent_services() -> list[dict]:
    """The urgent numbers in the page's language: id, short name, phone and SMS links."""
    lang = current_language()
    strip = []
    for service in urgent_strip():
        contacts = [{"kind": c.kind, "value": c.value, "href": contact_href(c.kind, c.value)}
                    for c in service.contacts if c.kind in ("phone", "sms")]
        short = re.sub(r"\s*\([^)]*\)\s*$", "", service.name[lang])
        if contacts:  # "3919 – Violences Femmes Info" → "Violences Femmes Info"
            short = re.sub(rf"^{re.escape(contacts[0]['value'])}\s*[–-]\s*", "", short)
        strip.append({"id": service.id, "contacts": contacts, "short": short})
    return strip
