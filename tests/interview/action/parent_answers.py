"""A mother writing every letter of the action pack for her 14-year-old daughter: the answers
of the site's form and what each letter must say (test_parent_for_a_child.py beside this file
and the browser test of the same situation)."""

from __future__ import annotations

FORMATS = ("pdf", "docx", "odt", "txt")
SITUATION = {  # the guided questions, answered by the mother
    "facts_date": "2026-11-10", "content_type": "sexual_deepfake", "labelled_as_fake": "no",
    "distribution": "third_party", "threat": "none", "victim_age_at_facts": "14",
    "solicited_images_from_minor": "no", "repeated_acts": "no", "author_relationship":
    "same_school", "author_age": "minor", "impersonation": "no", "others_joined": "no"}
MOTHER = {
    **SITUATION,
    "pack.platform_notice": "yes", "pack.platform_appeal": "yes", "pack.erasure": "yes",
    "pack.cnil_complaint": "yes", "pack.preservation": "yes",
    "writer": "representative", "pack.relation": "daughter", "pack.csam": "yes",
    "pack.anonymous": "yes",
    "pack.platform": "snapchat", "pack.lang": "fr",
    "pack.has_url": "no", "pack.place": "4e B", "pack.account": "@lucas.b",
    "pack.seen_at": "2026-11-18T18:05", "pack.reported_on": "2026-11-18",
    "pack.us_removal_request": "yes", "pack.content_kind": "fake",
    "pack.explanation": "Une fausse image sexuelle de ma fille, fabriquée à partir d'une photo.",
    "pack.notice_date": "2026-11-19", "pack.controller_name": "Snap Group Limited",
    "pack.request_date": "2026-10-01", "pack.answer": "none",
    "victim.first_name": "Léa", "victim.last_name": "Dupont",
    "representative.first_name": "Marie", "representative.last_name": "Dupont",
    "representative.role": "mère et représentante légale",
    "representative.email": "marie.dupont@example.org",
}
PLACE = ["4e B", "@lucas.b", "18 novembre 2026 à 18:05",
         "signalé dans l'application le 18 novembre 2026"]
SIGNED = ["Marie DUPONT", "ma fille Léa DUPONT", *PLACE]
LETTERS = {  # kind in the URL → what its letter must say (signed by the mother)
    "platform-notice": ["contenus d'abus sexuels sur mineurs", "n'exige pas le nom", *PLACE],
    "platform-appeal": SIGNED,
    "erasure": [*SIGNED, "Snap Group Limited"],
    "cnil-complaint": [*SIGNED, "Snap Group Limited"],
    "preservation": [*SIGNED, "Comptes concernés"],
    "us-removal-request": ["Marie DUPONT", "my daughter Léa DUPONT", "4e B", "@lucas.b",
                           "reported in the app on 18 November 2026"],
}
