"""What to do, in order, for this situation: the steps the result page leads with. No Flask.

Why: people read the top of the answer and act on it. A parent whose child's image circulates in
a class group must first hear "do not forward or screenshot it, call the 3018"; an adult under
sextortion "do not pay, stop replying, keep everything, 17Cyber"; an adult whose deepfake is
posted "keep evidence, report, who can report for you". The steps are chosen here from the
validated facts; each names its wording (wording/plan.<lang>.yaml), the content pages (key and
section) and the services it points to, which the presenter turns into links. Ages and article
numbers come from the law data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.law import get_registry
from app.qualify import Facts
from app.wording import Wording

WORDING = Wording(Path(__file__).parent / "wording", part="plan")
SEXTORTION = ("money_or_other", "sexual_content")
PLATFORMS_TOOL = "platforms.index"
COMPLAINT_TOOL = "complaint.start"
# Sections of content pages the steps link to: (page key, section) → its anchor in each language
# (the anchors are the pages' own; a test checks each one is on its page).
ANCHORS = {
    ("evidence", "before-removal"): {"fr": "avant-le-retrait", "en": "before-removal"},
    ("evidence", "screenshots"): {"fr": "captures", "en": "screenshots"},
    ("evidence", "minors"): {"fr": "mineurs", "en": "minors"},
    ("minors", "school-and-police"): {"fr": "ecole-et-police", "en": "school-and-police"},
    ("minors", "interview"): {"fr": "audition", "en": "interview"},
    ("minors", "minor-offender"): {"fr": "auteur-mineur", "en": "minor-offender"},
    ("sextortion", "first-steps"): {"fr": "premiers-gestes", "en": "first-steps"},
    ("sextortion", "if-they-send-it"): {"fr": "s-ils-envoient", "en": "if-they-send-it"},
    ("sextortion", "online-complaint"): {"fr": "plainte-en-ligne", "en": "online-complaint"},
}


def anchor(key: str, section: str, lang: str) -> str:
    """The anchor of a page's section in `lang`; "" for the top of the page."""
    return ANCHORS[(key, section)][lang] if section else ""


@dataclass(frozen=True)
class Step:
    """One thing to do: `id` names its title and text in the wording; `pages` are (page key,
    section anchor) pairs, the first existing one linked; `services` are services data ids;
    `tools` are endpoints of this site's tools; `values` fill the text's placeholders; `texts`,
    when given, are the wording keys of the text's sentences (else `<id>_text`)."""

    id: str
    pages: tuple[tuple[str, str], ...] = ()
    services: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    values: dict = field(default_factory=dict)
    texts: tuple[str, ...] = ()


def minor_case(facts: Facts) -> bool:
    """The content shows a minor, or the person was a minor at the time."""
    return facts.content_minor or facts.minor


def harassment_or_threat(facts: Facts) -> bool:
    return facts.threat != "none" or facts.repeated_by_author or facts.pile_on


def urgent(facts: Facts) -> tuple[str, ...]:
    """Services to show before anything else: emergency help when a sexual act is demanded."""
    return ("17", "112", "114") if facts.threat == "sexual_act" else ()


def steps(facts: Facts, articles: tuple[str, ...] = ()) -> list[Step]:
    """The steps in the order to take them; `articles` are the offences the answer lists."""
    if minor_case(facts):
        found = _minor(facts, articles)
    elif facts.threat in SEXTORTION:
        found = _sextortion(facts)
    elif facts.threat == "sexual_act":
        found = _sexual_act(facts)
    else:
        found = _everyone(facts)
    if harassment_or_threat(facts):
        found.append(Step("support", services=("3114",)))
    return found


def _law_values() -> dict:
    law = get_registry()
    return {"discernment_age": law.offence("cjpm-l11-1").current.values[
                "discernment_presumed_from_age"],
            "no_penalty_age": law.offence("cjpm-l11-4").current.values["no_penalty_under_age"]}


def _evidence(facts: Facts) -> Step:
    if facts.threat != "none":
        return Step("keep_evidence_threat", pages=(("evidence", "screenshots"),))
    return Step("keep_evidence", pages=(("evidence", "before-removal"),))


def _report(facts: Facts) -> list[Step]:
    """Report on the platform; who can report for you (a trusted flagger, Pharos if public)."""
    found = [Step("report_in_app", pages=(("removal", ""),), tools=(PLATFORMS_TOOL,))]
    helpers = (["pointdecontact"] if facts.sexual or facts.content_minor else []) + (
        ["pharos"] if facts.public else [])
    if helpers:
        found.append(Step("report_for_you", services=tuple(helpers)))
    return found


def _complaint(facts: Facts) -> Step:
    if facts.threat == "money_or_other":
        return Step("complaint_online", pages=(("sextortion", "online-complaint"),),
                    services=("thesee",), tools=(COMPLAINT_TOOL,))
    return Step("complaint", pages=(("complaint", ""),), tools=(COMPLAINT_TOOL,))


def _threat_first(facts: Facts) -> list[Step]:
    first = "do_not_pay" if facts.threat == "money_or_other" else "do_not_send"
    return [Step(first, pages=(("sextortion", "first-steps"),)), Step("stop_replying")]


def _hearing(articles: tuple[str, ...]) -> Step:
    """The child's hearing: filmed by law for the offences of CPP 706-47's list, possibly for
    school and online harassment (706-52); accompanied on request at every stage (706-53)."""
    law = get_registry()
    recording = law.offence("cpp-706-52").current.values
    listed = law.offence("cpp-706-47").current.values.get("listed", ())
    texts = []
    if recording["recorded_for_706_47_offences"] and set(articles) & set(listed):
        texts.append("hearing_recorded")
    elif set(articles) & set(recording["recording_optional_articles"]):
        texts.append("hearing_may_be_recorded")
    if law.offence("cpp-706-53").current.values["accompanied_on_request"]:
        texts.append("hearing_accompanied")
    return Step("hearing", pages=(("minors", "interview"),), texts=tuple(texts))


def _minor(facts: Facts, articles: tuple[str, ...]) -> list[Step]:
    """A minor shown in the content or targeted (and so, often, a parent reading). The 3018,
    the school, the child's hearing and a young author concern a person who was a minor then."""
    young = facts.minor
    found = []
    if facts.threat == "sexual_act":
        found.append(Step("do_not_comply"))
    elif facts.threat in SEXTORTION:
        found += _threat_first(facts)
    if facts.content_minor and (facts.sexual or facts.threat != "none"):
        found.append(Step("minor_no_copy", pages=(("evidence", "minors"),)))
    else:
        found.append(_evidence(facts))
    if young:
        found.append(Step("minor_3018", services=("3018",)))
    found += _report(facts)
    if young:
        police_first = facts.threat != "none"
        found.append(Step("police_first" if police_first else "school_and_police",
                          pages=(("minors", "school-and-police"),),
                          services=("17",) if police_first else ()))
        found.append(_hearing(articles))
        if not facts.author_adult_known:
            found.append(Step("author_minor" if facts.author_minor else "author_pupil",
                              pages=(("minor-authors", ""), ("minors", "minor-offender")),
                              values=_law_values()))
    if facts.content_minor and (facts.sexual or facts.threat == "sexual_content"):
        found.append(Step("take_it_down", services=("takeitdown",)))
    found.append(_complaint(facts))
    return found


def _sextortion(facts: Facts) -> list[Step]:
    helpers = ("17cyber", "infoescroqueries") if facts.threat == "money_or_other" \
        else ("17cyber",)
    blocking = ("stopncii",) if facts.content_age is None or facts.content_age >= 18 else ()
    return [*_threat_first(facts), _evidence(facts),
            Step("report_in_app", tools=(PLATFORMS_TOOL,)),
            Step("call_sextortion", services=helpers),
            Step("if_they_send", pages=(("sextortion", "if-they-send-it"),), services=blocking),
            _complaint(facts)]


def _sexual_act(facts: Facts) -> list[Step]:
    return [Step("do_not_comply"), _evidence(facts),
            Step("report_in_app", tools=(PLATFORMS_TOOL,)),
            Step("call_sexual_act", services=("17cyber",)), _complaint(facts)]


def _everyone(facts: Facts) -> list[Step]:
    found = [_evidence(facts), *_report(facts)]
    if facts.sexual and facts.shared:
        found.append(Step("block_copies", services=("stopncii",)))
    found.append(_complaint(facts))
    return found


def say(lang: str, key: str, **values) -> str:
    return WORDING.say(lang, key, **values).strip()
