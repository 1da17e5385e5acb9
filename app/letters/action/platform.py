"""The two letters to a platform under the EU Digital Services Act (dossier §6.3):

- the notice (art. 16): why the content is illegal (French articles), the exact URLs, the
  notifier's name and e-mail — not required for child sexual abuse material, which the letter
  then says — and the good-faith statement; asks to confirm receipt and to notify the decision
  with the redress routes;
- the internal complaint (art. 20) when the platform refuses or does not act, referring to the
  earlier notice; the art. 20 system stays open at least six months (deadlines.yaml) after the
  decision, so the date to send by is computed from the decision.
"""

from __future__ import annotations

from datetime import date

from app.letters import parts
from app.letters.model import Letter, Section

from .common import (
    dated,
    facts_section,
    letter,
    reasons_section,
    source_note,
    subject,
    urls_section,
    writer,
)
from .deadlines import due_date
from .wording import long_date, t


def _notifier_section(data: dict, lang: str) -> Section:
    person = data.get("representative") or data.get("victim")
    paragraphs = []
    if person:
        paragraphs.append(t(lang, "notifier_line", name=parts.full_name(person),
                            email=person.get("email") or "—"))
    if data["csam"]:
        paragraphs.append(t(lang, "csam_given" if person else "csam_omitted"))
    return Section(t(lang, "h_notifier"), tuple(paragraphs))


def build_platform_notice(data: dict, today: date) -> Letter:
    """The DSA art. 16 notice, from validate("platform_notice", …)."""
    lang = data["letter_lang"]
    platform = data["platform_name"]
    if data.get("victim"):
        opening = t(lang, "notice_open", writer=writer(data, lang), platform=platform,
                    subject=subject(data, lang))
    else:
        opening = t(lang, "notice_open_anonymous", platform=platform)
    # Without a name nor an e-mail (DSA art. 16 allows it for child sexual abuse material), the
    # platform has no one to send its receipt and decision to: the notice asks only removal.
    answer = (t(lang, "req_receipt"), t(lang, "req_decision")) if data.get("victim") else ()
    requests = Section(t(lang, "h_requests"), (t(lang, "req_remove"), *answer))
    window = dated("dsa_appeal_window", today, lang)
    return letter(
        "platform_notice", data, today,
        addressee=(platform, t(lang, "to_notice_team")),
        object_line=t(lang, "obj_platform_notice"), opening=(opening,),
        sections=[urls_section(data, lang), reasons_section(data, lang), facts_section(data, lang),
                  _notifier_section(data, lang),
                  Section(t(lang, "h_good_faith"), (t(lang, "good_faith"),)), requests],
        notes=[t(lang, "note_notice_form"), t(lang, "note_notice_next", **window),
               t(lang, "note_flaggers")],
    )


def build_platform_appeal(data: dict, today: date) -> Letter:
    """The DSA art. 20 internal complaint, from validate("platform_appeal", …)."""
    lang = data["letter_lang"]
    platform = data["platform_name"]
    notice, decision = data["notice_date"], data["decision_date"]
    paragraphs = [t(lang, "appeal_open", writer=writer(data, lang), platform=platform,
                    date=long_date(notice, lang))]
    exhibits = [t(lang, "exh_notice", date=long_date(notice, lang))]
    window = dated("dsa_appeal_window", decision or today, lang)
    if decision:
        paragraphs.append(t(lang, "appeal_decision", date=long_date(decision, lang)))
        exhibits.append(t(lang, "exh_decision", date=long_date(decision, lang)))
        late = today > due_date(decision, "dsa_appeal_window")
        timing = t(lang, "note_appeal_late" if late else "note_appeal_due",
                   decision=long_date(decision, lang), **window)
    else:
        paragraphs.append(t(lang, "appeal_no_decision"))
        timing = t(lang, "note_appeal_no_decision", **window)
    paragraphs.append(t(lang, "appeal_form"))
    requests = Section(t(lang, "h_requests"), (t(lang, "req_reverse"), t(lang, "req_reasoned")))
    return letter(
        "platform_appeal", data, today,
        addressee=(platform, t(lang, "to_notice_team")),
        object_line=t(lang, "obj_platform_appeal", date=long_date(notice, lang)),
        opening=tuple(paragraphs),
        sections=[urls_section(data, lang), reasons_section(data, lang),
                  facts_section(data, lang), requests],
        notes=[timing, source_note("dsa_appeal_window", lang)], extra_exhibits=exhibits,
    )
