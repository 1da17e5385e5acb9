"""Which support services to show, in the order a person in this situation needs them.

Ids are those of app/services/data/services.yaml (a test checks each one exists). Under a
threat (sextortion), emergency help comes first, preceded by `first_steps`: do not pay or send
anything, keep the evidence, then call.
"""

from __future__ import annotations

from .facts import Facts
from .texts import say


def service_ids(facts: Facts) -> list[str]:
    ids: list[str] = []
    threat = facts.threat != "none"
    if threat:
        ids += ["17", "112", "17cyber"]
    if facts.minor:
        ids += ["3018", "119"]
    if facts.author_is_partner and not facts.minor:
        ids.append("3919")
    if facts.threat == "money_or_other":
        ids.append("infoescroqueries")
    if facts.sexual or facts.threat == "sexual_content":
        ids += _removal_tools(facts)
    if facts.public:
        ids.append("pharos")
    if facts.sexual and (facts.shared or facts.minor):
        ids.append("pointdecontact")
    if facts.sexual and facts.shared and not facts.minor:
        ids.append("stopfisha")
    ids.append("116006")
    return list(dict.fromkeys(ids))


def _removal_tools(facts: Facts) -> list[str]:
    """StopNCII for images of an adult, Take It Down for images of a minor; both if unknown."""
    if facts.minor:
        return ["takeitdown"]
    if facts.victim_age is None:
        return ["stopncii", "takeitdown"]
    return ["stopncii"]


def first_steps(facts: Facts) -> list[dict]:
    """Steps shown before anything else under a threat; empty otherwise."""
    if facts.threat == "none":
        return []
    first = "step_do_not_pay" if facts.threat == "money_or_other" else "step_do_not_send"
    keys = [first, "step_keep_evidence", "step_stop_contact", "step_call"]
    return [{"id": key.removeprefix("step_"), "text": say(key, facts.lang)} for key in keys]
