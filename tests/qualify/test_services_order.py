"""Which services the answer lists, and in what order, for the situations people meet most.

Sextortion: the online police service 17Cyber and (money demanded) Info Escroqueries come before
17 and 112, which are for immediate danger only; a demanded sexual act puts emergency help first.
The 3114 is listed whenever threats or harassment are answered, never otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.qualify import qualify_json

TODAY = date(2026, 11, 25)
ADULT_NUDE = {"facts_date": "2026-10-01", "content_type": "real_intimate",
              "how_obtained": "recorded_during_exchange", "victim_age_at_facts": 34}

# name → (facts, ids in this relative order, ids that must be absent)
CASES = {
    "webcam recording, money demanded by DM": (
        {**ADULT_NUDE, "threat": "money_or_other", "threat_channel": "private_messages"},
        ("17cyber", "infoescroqueries", "17", "112", "stopncii", "3114", "116006"), ("3018",)),
    "webcam recording, more images demanded": (
        {**ADULT_NUDE, "threat": "sexual_content"},
        ("17cyber", "17", "112", "3114", "116006"), ("infoescroqueries", "thesee")),
    "sexual act demanded under threat": (
        {**ADULT_NUDE, "threat": "sexual_act"}, ("17", "112", "17cyber", "3114", "116006"), ()),
    "deepfake posted publicly, once, no threat": (
        {"facts_date": "2026-10-01", "content_type": "sexual_deepfake",
         "distribution": "public_online", "victim_age_at_facts": 29, "repeated_acts": False,
         "others_joined": "only_received"},
        ("stopncii", "pharos", "pointdecontact", "116006"), ("3114", "17", "17cyber")),
    "deepfake posted again and again by the same account": (
        {"facts_date": "2026-10-01", "content_type": "sexual_deepfake",
         "distribution": "public_online", "victim_age_at_facts": 29, "repeated_acts": True},
        ("stopncii", "pharos", "3114", "116006"), ("17",)),
    "14-year-old, nudified image in a class group, classmates joined in": (
        {"facts_date": "2026-10-01", "content_type": "sexual_deepfake",
         "distribution": "third_party", "victim_age_at_facts": 14,
         "author_relationship": "same_school", "author_age": "minor",
         "others_joined": "sent_on_or_attacked"},
        ("3018", "119", "takeitdown", "pointdecontact", "3114", "116006"), ("stopncii", "17")),
}


@pytest.mark.parametrize("name", CASES)
def test_services_in_the_order_the_situation_needs(name):
    facts, ordered, absent = CASES[name]
    services = qualify_json(facts, TODAY)["services"]
    positions = [services.index(service_id) for service_id in ordered]
    assert positions == sorted(positions), services
    assert not set(absent) & set(services), services
    assert services[-1] == "116006"


def test_thesee_only_when_money_is_demanded():
    money = qualify_json({**ADULT_NUDE, "threat": "money_or_other"}, TODAY)["services"]
    images = qualify_json({**ADULT_NUDE, "threat": "sexual_content"}, TODAY)["services"]
    assert "thesee" in money and "thesee" not in images
