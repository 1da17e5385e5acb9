"""Pieces shared by every letter kind: who writes, to whom, the facts, the author, the offences,
the harm, the exhibits and the signature. Both builders assemble these so the complaint and the
later partie civile complaint describe the facts in exactly the same words."""

from __future__ import annotations

from datetime import date

from .model import Exhibit, ExhibitTable, Letter, Section
from .wording import long_date, seen_at, t

SEMICOLON = {"fr": "\u00a0; ", "en": "; "}  # French typography: no break before ";"


def full_name(person: dict) -> str:
    return f"{person['first_name']} {person['last_name'].upper()}"


def contact_lines(person: dict, lang: str) -> list[str]:
    """Address, town, e-mail and phone of a person, as the letters print them."""
    lines = []
    if person.get("address"):
        lines.append(person["address"])
    town = " ".join(p for p in (person.get("postcode"), person.get("commune")) if p)
    if town:
        lines.append(town)
    if person.get("email"):
        lines.append(t(lang, "email", value=person["email"]))
    if person.get("phone"):
        lines.append(t(lang, "phone", value=person["phone"]))
    return lines


def sender_block(data: dict, lang: str) -> tuple[str, ...]:
    """The victim, or the legal representative acting for them (a minor)."""
    victim, rep = data["victim"], data.get("representative")
    if rep:
        return (full_name(rep), t(lang, "acting_for", role=rep["role"], name=full_name(victim)),
                *contact_lines(rep, lang))
    lines = [full_name(victim)]
    if victim.get("birth_date"):
        lines.append(t(lang, "born_on", date=long_date(victim["birth_date"], lang)))
    return (*lines, *contact_lines(victim, lang))


def court_name(data: dict, tribunal: dict | None) -> str:
    """The court's name, as given by the court lookup or typed by the user ("" if unknown)."""
    if tribunal and tribunal.get("name"):
        return tribunal["name"]
    return data.get("tribunal") or ""


def addressee_block(title_key: str, data: dict, tribunal: dict | None, lang: str,
                    pres: bool) -> tuple[str, ...]:
    """"Madame, Monsieur le Procureur de la République / près le tribunal judiciaire de X"."""
    name = court_name(data, tribunal)
    if name:
        if not name.lower().startswith("tribunal"):
            name = f"tribunal judiciaire de {name}"
        elif pres and lang == "fr":
            name = name[0].lower() + name[1:]
        court = t(lang, "tj_pres" if pres else "tj_of", court=name)
    else:
        court = t(lang, "tj_unknown" if pres else "tj_unknown_plain")
    address = tuple((tribunal or {}).get("address_lines") or ())
    return (t(lang, title_key), court, *address)


def place_date(data: dict, today: date, lang: str) -> str:
    when = long_date(data.get("signed_on") or today, lang)
    if data.get("signed_at_place"):
        return t(lang, "place_date", place=data["signed_at_place"], date=when)
    return t(lang, "place_date_noplace", date=when)


def against(data: dict, lang: str) -> str:
    author = data["author"]
    if author["known"] and author["name"]:
        return t(lang, "against_named", name=author["name"])
    return t(lang, "against_x")


def object_line(data: dict, lang: str, named_key: str, unknown_key: str) -> str:
    """The letter's object: against the author by name when known, else against X."""
    author = data["author"]
    if author["known"] and author["name"]:
        return t(lang, named_key, name=author["name"])
    return t(lang, unknown_key)


def intro(data: dict, lang: str, self_key: str, rep_key: str) -> str:
    victim, rep = data["victim"], data.get("representative")
    born = (t(lang, "born_inline", date=long_date(victim["birth_date"], lang))
            if victim.get("birth_date") else "")
    writer = rep or victim
    town = " ".join(p for p in (writer.get("postcode"), writer.get("commune")) if p)
    address = ", ".join(p for p in (writer.get("address"), town) if p) or t(lang, "no_address")
    if rep:
        return t(lang, rep_key, name=full_name(rep), address=address, role=rep["role"],
                 victim=full_name(victim), born=born, against=against(data, lang))
    return t(lang, self_key, name=full_name(victim), address=address, born=born,
             against=against(data, lang))


def facts_section(data: dict, lang: str) -> Section:
    """The facts in chronological order, with exact URLs and accounts; content not reproduced."""
    items = []
    for fact in sorted(data["facts"], key=lambda f: f["date"]):
        head = [t(lang, "fact_on", date=long_date(fact["date"], lang))]
        if fact.get("platform"):
            head.append(t(lang, "fact_platform", platform=fact["platform"]))
        if fact.get("place"):
            head.append(t(lang, "fact_place", place=fact["place"]))
        if fact.get("account"):
            head.append(t(lang, "fact_account", account=fact["account"]))
        text = ", ".join(head) + ("\u00a0: " if lang == "fr" else ": ")
        text += fact["description"]
        if fact.get("urls"):
            text += "\n" + t(lang, "fact_urls", urls=(SEMICOLON[lang]).join(fact["urls"]))
        if fact.get("reported_on"):  # content with no address: reported in the app
            text += "\n" + t(lang, "fact_reported", date=long_date(fact["reported_on"], lang))
        items.append(text)
    return Section(t(lang, "h_facts"), (), tuple(items), numbered=True,
                   after=(t(lang, "not_reproduced"),))


def author_section(data: dict, lang: str) -> Section:
    author, rep = data["author"], data.get("representative")
    paras = []
    if author["known"] and author["name"]:
        paras.append(t(lang, "author_named", name=author["name"]))
        if author.get("relationship"):
            ref = full_name(data["victim"]) if rep else t(lang, "victim_ref_self")
            paras.append(t(lang, "author_rel", victim_ref=ref,
                           relationship=author["relationship"]))
    else:
        paras.append(t(lang, "author_x"))
    if author.get("accounts"):
        paras.append(t(lang, "author_accounts", accounts=SEMICOLON[lang].join(author["accounts"])))
    return Section(t(lang, "h_author"), tuple(paras))


def witnesses_section(data: dict, lang: str) -> Section | None:
    """The people who can be heard, as named in the body (none: no section)."""
    items = []
    for w in data.get("witnesses") or ():
        text = w["name"]
        if w.get("contact"):
            text += f" ({w['contact']})"
        if w.get("saw"):
            text += ("\u00a0: " if lang == "fr" else ": ") + w["saw"]
        items.append(text)
    if not items:
        return None
    return Section(t(lang, "h_witnesses"), (t(lang, "witnesses_intro"),), tuple(items))


def code_name(offence: dict, lang: str) -> str:
    code_key = offence.get("code") or "code_penal"
    return t(lang, code_key) if code_key in ("code_penal", "code_procedure_penale") \
        else str(code_key)


def offences_section(offences: list[dict], lang: str) -> Section:
    """Articles and titles only: penalties are for the site's pages, not for the prosecutor."""
    if not offences:
        return Section(t(lang, "h_offences"), (t(lang, "offences_none"),))
    items = []
    for o in offences:
        items.append(t(lang, "offence_line", article=o["article"], code=code_name(o, lang),
                       title=o["title"]))
    return Section(t(lang, "h_offences"), (t(lang, "offences_intro"),), tuple(items))


def harm_section(data: dict, lang: str) -> Section:
    return Section(t(lang, "h_harm"), (data.get("harm") or t(lang, "harm_none"),))


def partie_civile_line(data: dict, lang: str) -> str:
    rep = data.get("representative")
    if rep:
        return t(lang, "pc_declare_rep", victim=full_name(data["victim"]))
    return t(lang, "pc_declare")


def exhibit_table(extra: list[str], data: dict, lang: str) -> ExhibitTable:
    """Numbered exhibits: first those the letter itself relies on (`extra`), then the user's."""
    rows = [Exhibit(i, desc) for i, desc in enumerate(extra, start=1)]
    for x in data.get("exhibits") or []:
        rows.append(Exhibit(len(rows) + 1, x["description"], seen_at(x["seen_at"], lang),
                            x["url"] or x.get("place", ""), x["sha256"]))
    cols = tuple(t(lang, "exh_cols").split("|"))
    return ExhibitTable(t(lang, "exh_heading"), cols, tuple(rows), t(lang, "exh_empty"))


def signature_block(data: dict, lang: str) -> tuple[str, ...]:
    rep = data.get("representative")
    if rep:
        return (full_name(rep), t(lang, "acting_for", role=rep["role"],
                                  name=full_name(data["victim"])), t(lang, "signature"))
    return (full_name(data["victim"]), t(lang, "signature"))


def notice(lang: str) -> tuple[str, ...]:
    """The English text is a reading copy: say so before anything else."""
    return (t(lang, "notice_reading_copy"),) if lang == "en" else ()


def justice_letter(kind: str, data: dict, today: date, *, title: str,
                   addressee: tuple[str, ...], object_line: str, salutation: str, opening: str,
                   sections: tuple, exhibits: ExhibitTable, closing: str,
                   notes: tuple[str, ...]) -> Letter:
    """A letter to the justice system (procureur, doyen des juges d'instruction…): the writer,
    the place and date, the signature, the reading-copy notice and the sending mode are the
    same for each, so each builder gives only what its letter says."""
    lang = data.get("letter_lang") or "fr"
    return Letter(
        kind=kind, lang=lang, title=title,
        sender=sender_block(data, lang), addressee=addressee,
        place_date=place_date(data, today, lang), object_line=object_line,
        salutation=salutation, opening=(opening,), sections=sections, exhibits=exhibits,
        closing=closing, signature=signature_block(data, lang), notice=notice(lang),
        sending_mode=t(lang, "sending_mode"), disclaimer_heading=t(lang, "h_notes"),
        disclaimer=notes)
