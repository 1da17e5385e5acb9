"""The request to a platform under the US TAKE IT DOWN Act (Public Law 119-12, section 3): an
English letter holding what section 3(a)(1)(B) asks of a valid request, as the legal reference
quotes it (grade B):

(i) a physical or electronic signature of the person shown, or of someone authorized to act for
them (the representative: a parent for a child); (ii) what identifies the depiction and lets the
platform locate it (exact URLs, a description that does not reproduce it, the facts); (iii) a
brief statement of the good-faith belief that it is not consensual, with what helps the platform
see it was published without consent; (iv) how to contact the person or their representative.

The time to remove (48 hours) and the day the duty applies from are read from deadlines.yaml and
app/law/events.yaml; the letter is never dated before that day. Whether our sources say the
platform answers to the Act comes from the platform data (app/services/data/platforms.yaml). The
French text is a reading copy, never a letter to send. No Flask.
"""

from __future__ import annotations

from datetime import date

from app.law.events import legal_events
from app.letters import parts
from app.letters.declare import Problems
from app.letters.model import Letter, Section
from app.letters.wording import t as letter_t

from .common import facts_section, letter, sent_on, subject, urls_section
from .deadlines import deadline
from .platforms import find
from .wording import duration, long_date, t

EVENT = "us-take-it-down-removal"
DEADLINE = "take_it_down_removal"


def duty_applies_from() -> date:
    """The day covered platforms must deal with these requests from (the law events' data)."""
    return next(event.date for event in legal_events() if event.id == EVENT)


def contact_given(data: dict, path: str, found: Problems) -> None:
    """A valid request says how to contact the person or their representative (clause iv)."""
    writer = data["representative"] or data["victim"]
    if writer is None:
        return  # the victim is required: already reported
    field = "representative.email" if data["representative"] else "victim.email"
    if not any(writer.get(key) for key in ("email", "phone", "address")) and not found.at(
            field):
        found.add(field, "required_contact")


def after_the_duty(data: dict, path: str, found: Problems) -> None:
    """The letter relies on the removal duty: it is not dated before the duty applies."""
    start, dated = duty_applies_from(), data["signed_on"] or found.today
    if dated is not None and dated < start and not found.at("signed_on"):
        message = {lang: t(lang, "err_before_removal_duty", letter=long_date(dated, lang),
                           date=long_date(start, lang)) for lang in ("fr", "en")}
        found.items.append({"field": "signed_on", "code": "before_removal_duty",
                            "message": message})


def _opening(data: dict, lang: str) -> str:
    victim, rep = data["victim"], data.get("representative")
    if rep:
        return t(lang, "us_open_rep", name=parts.full_name(rep), role=rep["role"],
                 subject=subject(data, lang), victim=parts.full_name(victim),
                 platform=data["platform_name"])
    return t(lang, "us_open_self", name=parts.full_name(victim), platform=data["platform_name"])


def _locate(data: dict, lang: str) -> Section:
    """Clause (ii): the exact addresses, and a description that does not reproduce it."""
    urls = urls_section(data, lang, "h_us_locate")
    after = (t(lang, "us_depiction", depiction=data["depiction"]),) if data.get(
        "depiction") else ()
    lead = "us_locate_place" if data.get("target_places") else "us_locate"
    return Section(t(lang, "h_us_locate"), (t(lang, lead),), urls.items, numbered=True,
                   after=after)


def _good_faith(data: dict, lang: str) -> Section:
    """Clause (iii): the statement, then what shows the depiction is not consensual."""
    victim, rep = data["victim"], data.get("representative")
    statement = (t(lang, "us_good_faith_rep", victim=parts.full_name(victim)) if rep
                 else t(lang, "us_good_faith_self"))
    who = subject(data, lang)
    why = t(lang, "us_fake" if data["content_kind"] == "fake" else "us_real", subject=who,
            name=parts.full_name(victim))
    extra = (data["explanation"],) if data.get("explanation") else ()
    return Section(t(lang, "h_us_good_faith"), (statement, why, *extra))


def _french_law(data: dict, lang: str) -> Section | None:
    offences = data.get("offences") or []
    if not offences:
        return None
    items = tuple(t(lang, "offence_line", article=o["article"], title=o["title"],
                    code=t(lang, o["code"]) if o["code"] in ("code_penal",
                                                              "code_procedure_penale")
                    else o["code"]) for o in offences)
    return Section(t(lang, "h_us_french_law"), (t(lang, "us_french_law"),), items)


def _contact(data: dict, lang: str) -> Section:
    """Clause (iv): how to reach whoever writes."""
    writer = data.get("representative") or data["victim"]
    return Section(t(lang, "h_us_contact"), (t(lang, "us_contact",
                                               name=parts.full_name(writer)),),
                   tuple(parts.contact_lines(writer, lang)))


def _signature(data: dict, today: date, lang: str) -> tuple[str, ...] | None:
    """Clause (i): a line to sign by hand, or an electronic signature with its date."""
    if not data["electronic_signature"]:
        return None
    rep = data.get("representative")
    writer = parts.full_name(rep or data["victim"])
    lines = [t(lang, "us_esign", name=writer)]
    if rep:
        lines.append(letter_t(lang, "acting_for", role=rep["role"],
                              name=parts.full_name(data["victim"])))
    lines.append(t(lang, "us_esign_line", name=writer,
                   date=long_date(sent_on(data, today), lang)))
    return tuple(lines)


def _notes(data: dict, lang: str) -> list[str]:
    removal = deadline(DEADLINE)
    notes = [t(lang, "note_us_send"),
             t(lang, "note_us_duty", since=long_date(duty_applies_from(), lang),
               duration=duration(removal.amount, removal.unit, lang), source=removal.source,
               grade=t(lang, f"grade_{removal.grade}"))]
    platform = find(data["platform"])
    act = platform.take_it_down_act if platform else None
    if act is not None:
        notes.append(t(lang, "note_us_listed", platform=data["platform_name"],
                       basis=act.basis[lang], grade=t(lang, f"grade_{act.grade}")))
    else:
        notes.append(t(lang, "note_us_check", platform=data["platform_name"]))
    return [*notes, t(lang, "note_us_ftc"), t(lang, "note_us_dsa"), t(lang, "note_us_ncmec")]


def build_us_removal_request(data: dict, today: date) -> Letter:
    """From validate("us_removal_request", …): the English request, or its French reading
    copy when data["letter_lang"] is "fr"."""
    lang = data["letter_lang"]
    removal = deadline(DEADLINE)
    requests = Section(t(lang, "h_requests"), (
        t(lang, "us_req_remove", duration=duration(removal.amount, removal.unit, lang)),
        t(lang, "us_req_copies"), t(lang, "us_req_confirm")))
    return letter(
        "us_removal_request", data, today,
        addressee=(data["platform_name"], t(lang, "to_us_team")),
        object_line=t(lang, "obj_us_removal_request"), opening=(_opening(data, lang),),
        sections=[_locate(data, lang), facts_section(data, lang), _good_faith(data, lang),
                  _french_law(data, lang), _contact(data, lang), requests],
        notes=_notes(data, lang), signature_lines=_signature(data, today, lang),
        notice=(t(lang, "us_copy_notice"),) if lang == "fr" else (),
    )
