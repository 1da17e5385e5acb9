"""The request to a platform to preserve the content and the identifying data of the accounts
that posted it, so the investigation can obtain them. It states no legal duty to preserve (none
is sourced in the dossier): it asks, and refers to the complaint when one was filed."""

from __future__ import annotations

from datetime import date

from app.letters.model import Letter, Section

from .common import facts_section, letter, urls_section, writer
from .wording import long_date, t


def build_preservation(data: dict, today: date) -> Letter:
    """From validate("preservation", …)."""
    lang = data["letter_lang"]
    platform = data["platform_name"]
    if data["complaint_date"]:
        authority = (t(lang, "pres_authority", authority=data["complaint_authority"])
                     if data["complaint_authority"] else "")
        complaint = t(lang, "pres_complaint", date=long_date(data["complaint_date"], lang),
                      authority=authority)
    else:
        complaint = t(lang, "pres_no_complaint")
    author = data.get("author") or {}
    accounts = sorted({*data["accounts"], *author.get("accounts", ()),
                       *(f["account"] for f in data["facts"] if f.get("account")),
                       *(p["account"] for p in data.get("target_places") or () if p["account"])})
    return letter(
        "preservation", data, today,
        addressee=(platform, t(lang, "to_legal_team")),
        object_line=t(lang, "obj_preservation"),
        opening=(t(lang, "pres_open", writer=writer(data, lang), platform=platform), complaint),
        sections=[urls_section(data, lang),
                  Section(t(lang, "h_accounts"), (), tuple(accounts)) if accounts else None,
                  facts_section(data, lang),
                  Section(t(lang, "h_requests"), (t(lang, "req_preserve"),))],
        notes=[t(lang, "note_pres_tell")],
    )
