"""Bodies of the action letters (platform notices, delisting, erasure …) that several test modules
send: the person, the addresses, and one good body per kind (GOOD)."""

from __future__ import annotations

import copy
from datetime import date

TODAY = date(2026, 11, 25)
VICTIM = {"first_name": "Camille", "last_name": "Martin", "address": "12 rue des Lilas",
          "postcode": "75011", "commune": "Paris", "email": "camille@example.org"}
MINOR = {"first_name": "Léa", "last_name": "Bernard", "birth_date": "2010-09-15"}
PARENT = {"first_name": "Sophie", "last_name": "Bernard", "email": "sophie@example.org",
          "role": "mère et représentante légale"}
QUAL = {"facts_date": "2025-03-12", "content_type": "sexual_deepfake",
        "distribution": "public_online"}
URLS = ["https://www.instagram.com/p/AbC123xyz/", "https://t.me/canal_x/43?single=1"]
CONTROLLER = {"name": "Hébergeur Exemple SAS", "address_lines": ["5 avenue du Test",
                                                                 "75002 Paris"]}

GOOD = {
    "platform_notice": {"victim": VICTIM, "platform": "x", "target_urls": URLS,
                        "articles": ["226-8-1"]},
    "platform_appeal": {"victim": VICTIM, "platform": "x", "target_urls": URLS,
                        "notice_date": "2026-09-01"},
    "delisting": {"victim": VICTIM, "platform": "google", "target_urls": URLS},
    "erasure": {"victim": VICTIM, "controller": CONTROLLER, "target_urls": URLS},
    "cnil_complaint": {"victim": VICTIM, "controller": CONTROLLER, "target_urls": URLS,
                       "request_date": "2026-09-01"},
    "preservation": {"victim": VICTIM, "platform": "x", "target_urls": URLS},
    "us_removal_request": {"victim": VICTIM, "platform": "x", "target_urls": URLS},
}


def good(kind: str, **changes) -> dict:
    """A valid body of an action letter `kind`, with `changes`."""
    raw = copy.deepcopy(GOOD[kind])
    raw.update(changes)
    return raw
