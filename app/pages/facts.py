"""Content functions: the only way a page states a legal fact.

Content is rendered as a Jinja template before Markdown, with these functions bound to the page's
language. They read the law registry (and the services directory), so a penalty or a date is stored
once and every page shows the same value. `facts_on` is the date used for "current" values: the day
the content was built (start-up), passed explicitly as the law package requires.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from markupsafe import Markup, escape

from app.formats import article_name, long_date, penalty_text
from app.law import Registry, get_registry
from app.law.schema import Rule, Version

LABELS = {
    "base": {"fr": "Peine de base", "en": "Basic offence"},
    "max_note": {"fr": "Peines maximales encourues par un auteur majeur.",
                 "en": "Maximum penalties for an adult offender."},
    # How a version's start reads (app/law/schema.py START_BASES): only a day of coming into
    # force is said to be one; a checked text's date or a borrowed date says what it is.
    "in_force_since": {"fr": "Version en vigueur depuis le {d}",
                       "en": "Version in force since {d}"},
    "text_checked": {"fr": "Texte tel que vérifié au {d} (date d'entrée en vigueur de cette "
                           "version inconnue)",
                     "en": "Text as checked on {d} (the date this version came into force is "
                           "unknown)"},
    "held_from": {"fr": "Version retenue à partir du {d} (date d'entrée en vigueur inconnue)",
                  "en": "Version held from {d} (the date it came into force is unknown)"},
    "to_check": {"fr": " (date à vérifier)", "en": " (date to be checked)"},
    "until": {"fr": "jusqu'au", "en": "until"},
    "from": {"fr": "Du", "en": "From"},
    "to": {"fr": "au", "en": "to"},
    "onwards": {"fr": "depuis le", "en": "onwards from"},
    "source": {"fr": "Source", "en": "Source"},
    "grade": {"fr": "fiabilité", "en": "reliability grade"},
    "checked": {"fr": "vérifié le", "en": "checked on"},
    # One grade per statement (blocks._source_line): when the dating and the quoted words are
    # not equally sure, each carries its own grade.
    "date_grade": {"fr": "{start}, fiabilité de cette date\u00a0: {grade}",
                   "en": "{start}, reliability grade of this date: {grade}"},
    "text_grade": {"fr": "fiabilité du texte cité\u00a0: {grade}",
                   "en": "reliability grade of the text quoted: {grade}"},
    "dates_grade": {"fr": "fiabilité de ces dates\u00a0: {grade}",
                    "en": "reliability grade of these dates: {grade}"},
    "row_grade": {"fr": "fiabilité {grade}", "en": "reliability grade {grade}"},
    "earlier_version": {"fr": "Version antérieure", "en": "Earlier version"},
    "official_text": {"fr": "Texte officiel", "en": "Official French text"},
    "no_text": {"fr": "Le texte de cette version n'est pas reproduit ici\u00a0; voir Légifrance.",
                "en": "The text of this version is not reproduced here; see Légifrance."},
    "uncertain": {"fr": "Point incertain", "en": "Uncertain point"},
    "at_least": {"fr": "au moins", "en": "at least"},
    "two_or_more": {"fr": "Avec {n} circonstances ou plus", "en": "With {n} or more circumstances"},
}


class ContentFunctionError(LookupError):
    """A content function was called with something the data does not hold."""


def _current(rule: Rule, on: dt.date) -> Version:
    return rule.version_at(on) or rule.current


class ContentFunctions:
    """The functions a content file may call, for one language."""

    def __init__(self, lang: str, facts_on: dt.date, page_url: Callable[[str], str],
                 law: Registry | None = None):
        """`law`: the application's registry (app.extensions); the validated data by default."""
        self.lang, self.on, self._page_url = lang, facts_on, page_url
        self.law = law or get_registry()

    def _rule(self, rule_id: str) -> Rule:
        if rule_id not in self.law:
            raise ContentFunctionError(f"unknown legal reference '{rule_id}'")
        return self.law.offence(rule_id)

    def t(self, label: str) -> str:
        return LABELS[label][self.lang]

    def namespace(self) -> dict:
        return {name: getattr(self, name) for name in (
            "penalty", "penalties", "article", "title", "since", "created", "value", "quote",
            "history",
            "offences_table", "timeline", "deadlines", "event", "service", "page",
            "offences_quoted", "checks", "checked", "grade", "tool", "tool_link",
            "platform_page", "first_steps", "earlier_quotes", "history_table",
            "minor_penalty")}

    # -- inline -------------------------------------------------------------------------------
    def penalty(self, rule_id: str, *circumstances: str, conduct: str | None = None) -> str:
        found = self.law.penalty_at(rule_id, self.on, circumstances, conduct=conduct)
        if found is None:
            raise ContentFunctionError(f"{rule_id} has no penalty in force on {self.on}")
        return penalty_text(found.prison_years, found.fine_eur, self.lang)

    def minor_penalty(self, rule_id: str, *circumstances: str) -> str:
        """The most the tribunal pour enfants may impose on a 13-17-year-old for this offence:
        the adult's prison term and fine cut by the fractions of CJPM L121-5 and L121-6, the fine
        also capped (L121-6). The exception for over-16s (L121-7), and which offences that court
        hears (L423-4), are the page's to say."""
        found = self.law.penalty_at(rule_id, self.on, circumstances)
        if found is None:
            raise ContentFunctionError(f"{rule_id} has no penalty in force on {self.on}")
        prison_years = (found.prison_years or 0) * self.value("cjpm-l121-5", "prison_fraction")
        fine = None
        if found.fine_eur:
            fine = min(int(found.fine_eur * self.value("cjpm-l121-6", "fine_fraction")),
                       self.value("cjpm-l121-6", "fine_cap_eur"))
        return penalty_text(prison_years, fine, self.lang)

    def article(self, rule_id: str) -> Markup:
        rule = self._rule(rule_id)
        name = article_name(rule.article, rule.code, self.lang)
        return Markup('<a href="{}" hreflang="fr" rel="external">{}</a>').format(rule.url, name)

    def title(self, rule_id: str) -> str:
        return self._rule(rule_id).title[self.lang]

    def since(self, rule_id: str) -> str:
        """The day the version applying on the facts date came into force. A start that is only
        a checked text's date or a borrowed date is no such day: asking for it is an error."""
        version = _current(self._rule(rule_id), self.on)
        if version.in_force_since is None:
            raise ContentFunctionError(
                f"{rule_id}: the version held on {self.on} has no date of coming into force "
                f"(its start, {version.start}, is {version.start_basis})")
        return long_date(version.in_force_since, self.lang)

    def created(self, rule_id: str) -> str:
        """The day the article came into force (its first version), for "created by … in …",
        "an offence since …": an error when the data does not hold that day (versions before the
        first one held, or a first start that is not a coming into force)."""
        rule = self._rule(rule_id)
        first = rule.versions[0]
        if rule.earlier_versions or first.in_force_since is None:
            raise ContentFunctionError(
                f"{rule_id}: the data does not hold the day the article came into force")
        return long_date(first.in_force_since, self.lang)

    def checked(self, rule_id: str) -> str:
        """The day the law data's entry was last checked against its sources, so a page saying
        how recent a text is reads it from the data (CPP texts: 2023 copies)."""
        return long_date(self._rule(rule_id).checked_on, self.lang)

    def grade(self, rule_id: str) -> str:
        """The reliability grade of the version in force on the facts date (A, B, C or U)."""
        rule = self._rule(rule_id)
        return _current(rule, self.on).grade or rule.grade

    def value(self, rule_id: str, name: str):
        """A value of a rule's version in force on the facts date, or of a dated legal event
        (app/law/events.yaml: a deadline a foreign law sets) when no rule has that id."""
        if rule_id in self.law:
            values = _current(self._rule(rule_id), self.on).values
        else:
            from app.law.events import legal_events

            found = [event for event in legal_events() if event.id == rule_id]
            if not found:
                raise ContentFunctionError(f"unknown legal reference '{rule_id}'")
            values = found[0].values
        if name not in values:
            raise ContentFunctionError(f"{rule_id} has no value '{name}'")
        return values[name]

    def event(self, event_id: str) -> str:
        """The date of a dated legal event outside the articles held (app/law/events.yaml)."""
        from app.law.events import legal_events

        for found in legal_events():
            if found.id == event_id:
                return long_date(found.date, self.lang)
        raise ContentFunctionError(f"unknown legal event '{event_id}'")

    def offences_quoted(self, with_text: bool = True) -> list[str]:
        """Code pénal offences whose version in force on the facts date has (or lacks) its
        official text in the law data, so a page can say which articles it quotes."""
        found = []
        for rule in self.law.all():
            if rule.kind != "offence" or rule.code != "code_penal":
                continue
            version = _current(rule, self.on)
            if bool(version.text and version.text.get("fr")) == with_text:
                found.append(rule.article)
        return found

    def page(self, key: str) -> str:
        return self._page_url(key)

    def tool(self, key: str) -> str:
        """The address of one of the site's tools (app/pages/tools.py) in this language."""
        from app.pages.tools import TOOLS, tool_url

        if key not in TOOLS:
            raise ContentFunctionError(f"unknown tool '{key}'")
        return tool_url(key, self.lang)

    def tool_link(self, key: str) -> Markup:
        """A link to a tool under its plain name, the same as in the menu."""
        from app.pages.tools import tool_anchor

        self.tool(key)
        return tool_anchor(key, self.lang)

    def platform_page(self, platform_id: str) -> str:
        """The address of the site's page on reporting on one platform."""
        from app.pages.tools import platform_url
        from app.services.platforms import get

        try:
            get(platform_id)
        except KeyError:
            raise ContentFunctionError(f"unknown platform '{platform_id}'") from None
        return platform_url(platform_id, self.lang)

    def service(self, service_id: str) -> Markup:
        from app.services.directory import get

        try:
            found = get(service_id)
        except LookupError:
            raise ContentFunctionError(f"unknown service '{service_id}'") from None
        name = escape(found.name[self.lang])
        contact = found.contacts[0] if found.contacts else None
        if contact is None:
            return Markup("<strong>{}</strong>").format(name)
        if contact.kind in ("web", "chat", "app") and contact.value.startswith("https://"):
            return Markup('<a href="{}" rel="external"><strong>{}</strong></a>').format(
                contact.value, name)
        shown = Markup("<strong>{}</strong>").format(name)
        if contact.value not in name:
            shown = Markup("{} ({})").format(shown, contact.value)
        if contact.kind in ("phone", "sms", "email"):
            # On a phone, one tap calls or texts the service, as in the urgent-help strip.
            from app.services.present import contact_view

            return Markup('<a href="{}">{}</a>').format(
                contact_view(contact, self.lang)["href"], shown)
        return shown

    # -- blocks -------------------------------------------------------------------------------
    def penalties(self, rule_id: str) -> Markup:
        from app.pages.blocks import penalties_block

        return penalties_block(self, self._rule(rule_id))

    def quote(self, rule_id: str) -> Markup:
        from app.pages.blocks import quote_block

        return quote_block(self, self._rule(rule_id))

    def history(self, rule_id: str) -> Markup:
        from app.pages.blocks import history_block

        return history_block(self, self._rule(rule_id))

    def first_steps(self, rule_id: str, *before: str, minor: bool = False) -> Markup:
        from app.pages.first_steps import first_steps_block

        return first_steps_block(self, self._rule(rule_id), before, minor)

    def earlier_quotes(self, *rule_ids: str) -> Markup:
        """Block: the words of every earlier version the data quotes, with its dates, source and
        grades, for the articles named (in that order) or, without names, for all of them."""
        from app.pages.blocks import earlier_quotes_block

        rules = [self._rule(rule_id) for rule_id in rule_ids] if rule_ids else self.law.all()
        return earlier_quotes_block(self, rules)

    def history_table(self) -> Markup:
        """Block: a table of every version of each Code pénal article held."""
        from app.pages.blocks import history_table

        return history_table(self, self.law.all())

    def offences_table(self) -> Markup:
        from app.pages.blocks import offences_table

        return offences_table(self, self.law.all())

    def checks(self) -> Markup:
        """Block: per article held, the version in force, its Légifrance id and the day it was
        last checked (updated after each law-watch review, docs/law-watch.md)."""
        from app.pages.blocks import checks_table

        return checks_table(self, self.law.all())

    def timeline(self) -> Markup:
        from app.pages.timeline import timeline_block

        return timeline_block(self, self.law.all())

    def deadlines(self) -> Markup:
        from app.pages.timeline import deadlines_block

        return deadlines_block(self)
