"""The request to a search engine to delist results leading to intimate images shared without
consent, real or fake (dossier §8). The engine's own dedicated form is the first choice and the
notes say so: Google's two forms are named (grade B); for Bing the route is grade U, so the
letter only says it could not be verified."""

from __future__ import annotations

from datetime import date

from app.letters.model import Letter, Section

from .common import facts_section, letter, reasons_section, subject, urls_section, writer
from .platforms import engine
from .wording import t


def build_delisting(data: dict, today: date) -> Letter:
    """From validate("delisting", …); data["content_kind"] is "fake" or "real"."""
    lang = data["letter_lang"]
    who = subject(data, lang)
    statement = (t(lang, "delist_fake", subject=who) if data["content_kind"] == "fake"
                 else t(lang, "delist_real"))
    which = engine(data["platform"])
    if which == "google":
        route = [t(lang, f"note_google_{data['content_kind']}"), t(lang, "note_google_csam")]
    elif which == "bing":
        route = [t(lang, "note_bing")]
    else:
        route = [t(lang, "note_other_engine")]
    return letter(
        "delisting", data, today,
        addressee=(data["platform_name"], t(lang, "to_search")),
        object_line=t(lang, "obj_delisting"),
        opening=(t(lang, "delist_open", writer=writer(data, lang), subject=who), statement),
        sections=[urls_section(data, lang, "h_results"),
                  reasons_section(data, lang, "reasons_intro_extra"), facts_section(data, lang),
                  Section(t(lang, "h_requests"), (t(lang, "req_delist"),))],
        notes=[*route, t(lang, "note_delist_scope")],
    )
