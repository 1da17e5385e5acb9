"""Data-protection letters (dossier §6.4):

- the erasure request to a controller (GDPR art. 17), plus Loi Informatique et Libertés art. 51
  when the data was collected while the person was a minor; the answer is due within one month
  (deadlines.yaml), and the letter states the date;
- the complaint to the CNIL once that month has passed (or the controller refused), with the
  dates computed from the erasure request; in art. 51 cases the CNIL decides within three weeks.
"""

from __future__ import annotations

from datetime import date

from app.letters.model import Letter, Section

from .common import (
    dated,
    letter,
    reasons_section,
    sent_on,
    source_note,
    subject,
    urls_section,
    writer,
)
from .wording import long_date, t


def _answer_key(data: dict) -> str:
    return "lil51_answer" if data["minor_at_collection"] else "gdpr_answer"


def _controller_section(data: dict, lang: str) -> Section:
    c = data["controller"]
    return Section(t(lang, "h_controller"), (c["name"], *c["address_lines"]))


def build_erasure(data: dict, today: date) -> Letter:
    """From validate("erasure", …); the month runs from the letter's date (signed_on or today)."""
    lang = data["letter_lang"]
    c = data["controller"]
    start = sent_on(data, today)
    due = dated("gdpr_answer", start, lang)
    paragraphs = [t(lang, "erasure_due", **due)]
    sections = [urls_section(data, lang)]
    notes = [t(lang, "note_erasure_send"), t(lang, "note_erasure_next", date=due["date"]),
             source_note("gdpr_answer", lang)]
    if data["minor_at_collection"]:
        sections.append(Section(t(lang, "h_minor"), (t(lang, "minor_51"),)))
        paragraphs.append(t(lang, "erasure_due_51", **dated("lil51_answer", start, lang)))
        notes.append(source_note("lil51_answer", lang))
    sections += [reasons_section(data, lang, "reasons_intro_extra"),
                 Section(t(lang, "h_requests"), (t(lang, "req_erase"), *paragraphs))]
    return letter(
        "erasure", data, today,
        addressee=(c["name"], t(lang, "to_privacy"), *c["address_lines"]),
        object_line=t(lang, "obj_erasure_51" if data["minor_at_collection"] else "obj_erasure"),
        opening=(t(lang, "erasure_open", writer=writer(data, lang),
                   subject=subject(data, lang)),),
        sections=sections, notes=notes, sending_mode=t(lang, "sending_registered"),
    )


def build_cnil_complaint(data: dict, today: date) -> Letter:
    """From validate("cnil_complaint", …): request_date is the erasure request's date."""
    lang = data["letter_lang"]
    name = data["controller"]["name"]
    requested = data["request_date"]
    answer = dated(_answer_key(data), requested, lang)
    minor = data["minor_at_collection"]
    paragraphs = [
        t(lang, "cnil_request", controller=name, date=long_date(requested, lang),
          lil=t(lang, "cnil_lil") if minor else ""),
        t(lang, "cnil_refused" if data["answer"] == "refused" else "cnil_none",
          controller=name, due=answer["date"], duration=answer["duration"],
          of_duration=answer["of_duration"]),
    ]
    notes = [t(lang, "note_cnil_send"), source_note(_answer_key(data), lang)]
    if minor:
        decision = dated("lil51_cnil_decision", sent_on(data, today), lang)
        paragraphs.append(t(lang, "cnil_minor", **decision))
        notes.insert(1, t(lang, "note_cnil_21", today=long_date(sent_on(data, today), lang),
                          **decision))
        notes.append(source_note("lil51_cnil_decision", lang))
    exhibits = [t(lang, "exh_request", date=long_date(requested, lang))]
    if data["answer"] == "refused":
        exhibits.append(t(lang, "exh_refusal"))
    return letter(
        "cnil_complaint", data, today,
        addressee=(t(lang, "cnil_name"),),
        object_line=t(lang, "obj_cnil_complaint", controller=name,
                      date=long_date(requested, lang)),
        opening=(t(lang, "cnil_open", writer=writer(data, lang), controller=name,
                   subject=subject(data, lang)), *paragraphs),
        sections=[_controller_section(data, lang), urls_section(data, lang),
                  reasons_section(data, lang, "reasons_intro_extra"),
                  Section(t(lang, "h_requests"), (t(lang, "req_cnil"),))],
        notes=notes, extra_exhibits=exhibits,
    )
