"""The request to a platform to preserve the content and the identifying data of the accounts
that posted it, so the investigation can obtain them.

Honest about what it is: hosts must already keep identifying data and large platforms the
reported content they removed, for the judicial authority (LCEN art. 6 V and VI, from the law
data); only investigators and courts can require a platform to keep and hand them over. A
private request obliges the platform to nothing and gets the person no data: it points the
platform to precise accounts and addresses and to the complaint. So the letter asks nothing for
the writer, and its notes say to send it with or after the complaint, never ahead of it."""

from __future__ import annotations

from datetime import date

from app.formats import article_name
from app.law import get_registry
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
    rule = get_registry().offence("lcen-6")
    law = article_name(rule.article, rule.code, lang)
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
                  Section(t(lang, "h_requests"), (t(lang, "req_preserve"),
                                                  t(lang, "req_not_to_me", article=law)))],
        notes=[t(lang, "note_pres_who", article=law), t(lang, "note_pres_private"),
               t(lang, "note_pres_tell")],
    )
