"""A complete set of interview answers (form field names → strings), shared by the tests."""

from __future__ import annotations

import re

SHA = "5e" * 32

QUALIFICATION = {"facts_date": "2026-10-01", "content_type": "sexual_deepfake",
                 "labelled_as_fake": "no", "distribution": "public_online", "threat": "none",
                 "victim_age_at_facts": "30", "repeated_acts": "no",
                 "author_relationship": "former_partner", "author_age": "adult",
                 "impersonation": "no", "others_joined": "no"}

ANSWERS = {
    **QUALIFICATION,
    "writer": "victim",
    "victim.first_name": "Camille", "victim.last_name": "Martin",
    "victim.birth_date": "1995-04-02", "victim.address": "12 rue des Lilas",
    "victim.postcode": "75011", "victim.commune": "Paris", "victim.email": "camille@example.org",
    "victim.phone": "06 12 34 56 78",
    "place_query": "75011", "commune_insee": "75111",
    "author.known": "yes", "author.name": "Jean Dupont", "author.accounts": "@jdupont\n@jd2",
    "author.relationship": "ancien conjoint",
    "facts[0].date": "2026-10-01", "facts[0].description": "Publication d'un montage sexuel.",
    "facts[0].platform": "Instagram", "facts[0].urls": "https://www.instagram.com/p/AbC123/",
    "facts[0].account": "@faux.compte",
    "facts[1].date": "2026-09-15", "facts[1].description": "Envoi du montage à des collègues.",
    "facts[1].platform": "WhatsApp",
    "harm": "Anxiété importante.",
    "exhibits[0].description": "Capture d'écran de la publication",
    "exhibits[0].seen_at": "2026-10-01T21:14", "exhibits[0].url":
        "https://www.instagram.com/p/AbC123/", "exhibits[0].sha256": SHA,
    "partie_civile": "yes", "letter_lang": "fr", "reading_copy": "yes",
}

MUST_APPEAR = ["Camille MARTIN", "tribunal judiciaire de Paris", "226-8-1", "Jean Dupont",
               "Capture d'écran de la publication", SHA, "https://www.instagram.com/p/AbC123/"]


def hidden(html: str) -> dict[str, str]:
    """The hidden fields of a page, unescaped."""
    import html as html_lib

    pairs = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    return {html_lib.unescape(k): html_lib.unescape(v) for k, v in pairs}


def step_title(html: str) -> str:
    import html as html_lib

    found = re.search(r'<h2 id="step-title">(.*?)</h2>', html)
    return html_lib.unescape(found.group(1)) if found else ""

# The appeal to the procureur général (CPP 40-3): the complaint's answers plus the decision.
DECISION = {"kind": "pg_appeal", "complaint_date": "2026-10-02", "decision_date": "2026-11-20",
            "decision_reference": "26/123/456", "decision_reason": "Auteur inconnu",
            "grounds": "L'auteur a été identifié depuis."}
PG = {**ANSWERS, **DECISION}
