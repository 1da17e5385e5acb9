"""Every support service's phone number in a page's text becomes a tap-to-call link named after
its service ("Call 3018, e-Enfance"), wherever the text comes from (content, wording, letters'
notes). The numbers and names are the services data's; nothing is typed twice.

Short numbers (17, 112, 114, 119…) are linked only where they are clearly a number to call
("call 17", "le 17", "17 or 112") and never in a date, an age range or an article ("11 to 17",
"le 17 mai", "article 17"); text inside links, headings, buttons, labels, code and form
options is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from markupsafe import Markup, escape

from app.services.directory import all_services
from app.services.present import dial_href

SKIPPED = ("a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "legend", "code", "pre",
           "option", "textarea", "script", "style", "title", "select", "summary", "time")
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
SHORT_BEFORE = (r"(?:call|dial|phone|the|or|and|le|au|ou|et|appelez|appeler|composez|"
                r"joindre|numéro|number)")
MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
          "décembre|january|february|march|april|may|june|july|august|september|october|"
          "november|december|ans|years|h|heures|hours|%")
CALL = {"fr": ("Appeler le {number}, {name}", "Envoyer un SMS au {number}, {name}"),
        "en": ("Call {number}, {name}", "Text {number}, {name}")}


@cache
def _numbers() -> tuple[tuple[str, str, dict], ...]:
    """(number as written, kind, {lang: service name}) for every phone and SMS number."""
    found = {}
    for service in all_services():
        for contact in service.contacts:
            if contact.kind in ("phone", "sms") and contact.value not in found:
                names = {lang: re.sub(rf"^{re.escape(contact.value)}\s*[–-]\s*", "",
                                      re.sub(r"\s*\([^)]*\)\s*$", "", name))
                         for lang, name in service.name.items()}
                found[contact.value] = (contact.value, contact.kind, names)
    return tuple(sorted(found.values(), key=lambda item: -len(item[0])))


@cache
def _pattern() -> re.Pattern:
    numbers = "|".join(r"[ \u00a0]?".join(re.escape(chunk) for chunk in number.split())
                       for number, _kind, _names in _numbers())
    return re.compile(rf"(?P<pre>\b{SHORT_BEFORE}[ \u00a0])?(?<![\w./+-])(?P<num>{numbers})"
                      r"(?![\w/+-]|\.\w|,\d|[ \u00a0]\d)", re.IGNORECASE)


AFTER_SHORT = re.compile(rf"[ \u00a0]+(?:{MONTHS})\b", re.IGNORECASE)


def _link(match: re.Match, lang: str) -> str:
    pre, typed = match.group("pre") or "", match.group("num")
    plain = re.sub(r"[ \u00a0]", "", typed)
    if len(plain) <= 3 and (not pre or AFTER_SHORT.match(match.string, match.end())):
        return match.group(0)  # "11 to 17", "le 17 mai": not a number to call
    for number, kind, names in _numbers():
        if number.replace(" ", "") == plain:
            words = CALL.get(lang, CALL["en"])[kind == "sms"]
            label = words.format(number=number, name=names.get(lang) or names["fr"])
            href = dial_href("tel" if kind == "phone" else "sms", number)
            return f'{pre}<a href="{href}" aria-label="{escape(label)}">{typed}</a>'
    return match.group(0)


def link_phone_numbers(html: str, lang: str) -> Markup:
    """`html` with each service number of its text turned into a tap-to-call link."""
    pattern = _pattern()
    out, depth, position = [], 0, 0
    for tag in TAG.finditer(html):
        text = html[position:tag.start()]
        out.append(pattern.sub(lambda m: _link(m, lang), text) if depth == 0 else text)
        out.append(tag.group(0))
        name = tag.group(2).lower()
        if name in SKIPPED and not tag.group(3):
            depth = max(depth - 1, 0) if tag.group(1) else depth + 1
        position = tag.end()
    rest = html[position:]
    out.append(pattern.sub(lambda m: _link(m, lang), rest) if depth == 0 else rest)
    # The page's own HTML, with links whose parts are a number read from it and escaped names.
    return Markup("".join(out))  # noqa: S704
