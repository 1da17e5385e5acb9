"""Which support services to show, in the order a person in this situation needs them.

Ids are those of app/services/data/services.yaml (a test checks each one exists). Under
sextortion (money or images demanded), the online police service 17Cyber and, when money is
asked, Info Escroqueries come first, with 17 and 112 for immediate danger only; when a sexual act
is demanded, emergency help comes first. `first_steps` precede them: do not pay or send
anything, keep the evidence, then call. The 3114 (suicide prevention) is listed whenever the
answers speak of threats or harassment.
"""

from __future__ import annotations

from .facts import Facts
from .texts import say


def service_ids(facts: Facts) -> list[str]:
    ids: list[str] = []
    if facts.threat == "sexual_act":
        ids += ["17", "112", "17cyber"]
    elif facts.threat != "none":
        ids.append("17cyber")
        if facts.threat == "money_or_other":
            ids.append("infoescroqueries")
        ids += ["17", "112"]
    if facts.minor:
        ids += ["3018", "119"]
    if facts.partner_kind and not facts.minor:
        ids.append("3919")
    if facts.threat == "money_or_other":
        ids += ["infoescroqueries", "thesee"]
    if facts.sexual or facts.threat == "sexual_content":
        ids += _removal_tools(facts)
    if facts.public or facts.channel == "public_online":
        ids.append("pharos")
    if facts.sexual and (facts.shared or facts.content_minor):
        ids.append("pointdecontact")
    if facts.sexual and facts.shared and not facts.minor:
        ids.append("stopfisha")
    if facts.threat != "none" or harassment(facts):
        ids.append("3114")
    ids.append("116006")
    return list(dict.fromkeys(ids))


def harassment(facts: Facts) -> bool:
    """The answers speak of harassment: acts repeated by the author, or others joining in."""
    return facts.repeated_by_author or facts.pile_on


def _removal_tools(facts: Facts) -> list[str]:
    """StopNCII for images of an adult, Take It Down for images made (or showing someone)
    under 18, whatever the person's age today; both when neither age is known."""
    if facts.content_minor:
        return ["takeitdown"]
    if facts.content_age is None:
        return ["stopncii", "takeitdown"]
    return ["stopncii"]


FIRST = {"money_or_other": ["step_do_not_pay"], "sexual_content": ["step_do_not_send"],
         "sexual_act": ["step_sexual_act", "step_do_not_comply"]}


def first_steps(facts: Facts) -> list[dict]:
    """Steps shown before anything else under a threat; empty otherwise."""
    if facts.threat == "none":
        return []
    keys = FIRST[facts.threat] + ["step_keep_evidence", "step_stop_contact", "step_call"]
    return [{"id": key.removeprefix("step_"), "text": say(facts.lang, key)} for key in keys]
