"""Every sentence the engine writes, in French and English, kept apart from the rules.

No penalty, time limit or date of a legal change is typed here: those come from the law data
and are passed in as placeholders. A test checks both languages carry the same placeholders.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_currency

from .texts_offences import OFFENCE_TEXTS

NBSP = "\u00a0"

TEXTS: dict[str, dict[str, str]] = {
    **OFFENCE_TEXTS,
    # Time limit.
    "limitation_facts": {
        "fr": "{years} ans à compter des faits (article 8 du Code de procédure pénale).",
        "en": "{years} years from the facts (Code de procédure pénale, article 8).",
    },
    "limitation_majority": {
        "fr": "{years} ans à compter de la majorité de la victime, pour l'article {article} "
              "commis sur un mineur (articles 8 et 706-47 du Code de procédure pénale).",
        "en": "{years} years from the victim's 18th birthday, for article {article} committed "
              "against a minor (Code de procédure pénale, articles 8 and 706-47).",
    },
    "limitation_each_act": {
        "fr": "{years} ans à compter de chaque fait (article 8 du Code de procédure pénale)\u00a0: "
              "chaque diffusion ou chaque message a son propre délai.",
        "en": "{years} years from each act (Code de procédure pénale, article 8): each sharing or "
              "message has its own time limit.",
    },
    "limitation_last_act": {
        "fr": "{years} ans à compter du dernier fait (article 8 du Code de procédure "
              "pénale)\u00a0: pour un harcèlement, fait d'actes répétés, le délai ne court qu'à "
              "partir du dernier (Cour de cassation, 19 juin 2019).",
        "en": "{years} years from the last act (Code de procédure pénale, article 8): for "
              "harassment, made of repeated acts, the time limit runs only from the last one "
              "(Cour de cassation, 19 June 2019).",
    },
    "limitation_earliest": {
        "fr": "Pour certains faits ou certaines infractions, le délai se termine plus tôt, au "
              "moins le {earliest}\u00a0: chaque diffusion ou chaque message est une infraction "
              "en soi, et le délai des premiers faits finit en premier. Voir chaque infraction.",
        "en": "For some acts or offences the time limit ends earlier, on {earliest} at the "
              "earliest: each sharing or message is an offence in itself, and the first acts' "
              "time limit ends first. See each offence.",
    },
    "limitation_hidden": {
        "fr": "Pour une infraction occulte ou dissimulée (cachée par son auteur), le délai peut "
              "ne courir qu'à partir de sa découverte, dans la limite de {cap}\u00a0ans après les "
              "faits (article 9-1 du Code de procédure pénale)\u00a0; les tribunaux décident si "
              "c'est le cas.",
        "en": "For a hidden offence (occulte or dissimulée, concealed by its author), the time "
              "limit may run only from its discovery, within {cap} years of the facts (Code de "
              "procédure pénale, article 9-1); the courts decide whether this is the case.",
    },
    "limitation_caveat": {
        "fr": "Le délai court au moins jusqu'au {ends_on}. Tout acte d'enquête ou de poursuite "
              "l'interrompt et le fait repartir\u00a0: ne concluez jamais qu'il est trop tard "
              "sans l'avis d'un avocat ou d'une avocate.",
        "en": "The time limit runs at least until {ends_on}. Any act of investigation or "
              "prosecution interrupts it and restarts it: never conclude it is too late without a "
              "lawyer's advice.",
    },
    "limitation_age_only": {
        "fr": "Calculé à partir de l'âge au moment des faits, avec la date de majorité la plus "
              "proche possible\u00a0; la date de naissance donnerait la date exacte.",
        "en": "Worked out from the age at the time, using the earliest possible 18th birthday; "
              "the date of birth would give the exact date.",
    },
    "limitation_probable": {
        "fr": "Le délai pourrait courir jusqu'au {ends_on} ({years} ans à compter de la majorité) "
              "si l'article {article} figure dans la liste de l'article 706-47, qui vise les "
              "articles «\u00a0222-27 à 222-33\u00a0» sous le titre des agressions "
              "sexuelles\u00a0: c'est probable, mais aucune décision ne l'a confirmé.",
        "en": "The time limit could run until {ends_on} ({years} years from the 18th birthday) "
              "if article {article} is in the list of article 706-47, which names articles "
              "\"222-27 to 222-33\" under the heading of sexual assaults: this is probable, but "
              "no ruling has confirmed it.",
    },
    "limitation_older_facts": {
        "fr": "Les données du site contiennent les règles de délai en vigueur depuis le "
              "{start}\u00a0; pour des faits antérieurs, d'autres règles ont pu s'appliquer\u00a0: "
              "faites vérifier.",
        "en": "The site's data holds the time-limit rules in force since {start}; for earlier "
              "facts, other rules may have applied: have this checked.",
    },
    "limitation_not_listed": {
        "fr": "Victime mineure\u00a0: ces articles ne figuraient pas dans la liste de l'article "
              "706-47 vérifiée, le délai ordinaire s'applique donc pour eux, sauf modification "
              "de cette liste depuis\u00a0: {articles}.",
        "en": "Minor victim: these articles were not in the list of article 706-47 as checked, "
              "so the ordinary time limit applies to them, unless that list has changed since: "
              "{articles}.",
    },
    "limitation_minor_no_age": {
        "fr": "Victime mineure\u00a0: indiquez l'âge ou la date de naissance, le délai peut être "
              "plus long.",
        "en": "Minor victim: give the age or date of birth, the time limit may be longer.",
    },
    "limitation_checked": {
        "fr": "Liste de l'article 706-47 vérifiée au {checked_on}.",
        "en": "List of article 706-47 as checked on {checked_on}.",
    },
    # Sextortion: shown before anything else.
    "step_do_not_pay": {
        "fr": "Ne payez pas et ne cédez à aucune demande.",
        "en": "Do not pay and do not give in to any demand.",
    },
    "step_do_not_send": {
        "fr": "N'envoyez pas d'autres images.",
        "en": "Do not send any more images.",
    },
    "step_sexual_act": {
        "fr": "Si un acte sexuel vous a été imposé, même sur vous-même devant une caméra, c'est "
              "une agression sexuelle ou un viol, et ce n'est pas votre faute. En danger ou juste "
              "après les faits\u00a0: appelez tout de suite les numéros d'urgence ci-dessous.",
        "en": "If a sexual act was imposed on you, even on yourself in front of a camera, it is a "
              "sexual assault or a rape, and it is not your fault. In danger or just after it "
              "happened: call the emergency numbers below straight away.",
    },
    "step_do_not_comply": {
        "fr": "Ne faites pas ce qui est exigé et n'allez à aucun rendez-vous proposé.",
        "en": "Do not do what is demanded and do not go to any meeting proposed.",
    },
    "step_keep_evidence": {
        "fr": "Gardez les preuves\u00a0: captures d'écran des messages, pseudonymes, liens, dates. "
              "Ne supprimez pas la conversation.",
        "en": "Keep the evidence: screenshots of the messages, usernames, links, dates. Do not "
              "delete the conversation.",
    },
    "step_stop_contact": {
        "fr": "Une fois les preuves gardées, cessez de répondre et bloquez l'auteur.",
        "en": "Once the evidence is kept, stop replying and block the author.",
    },
    "step_call": {
        "fr": "Appelez à l'aide\u00a0: les services ci-dessous, dans cet ordre.",
        "en": "Call for help: the services below, in this order.",
    },
    "disclaimer_minor_author": {
        "fr": "Information juridique générale, pas un conseil juridique. Les peines indiquées sont "
              "des maximums encourus par un auteur majeur\u00a0; pour un auteur mineur, voir la "
              "note sur la réduction des peines. La loi peut avoir changé\u00a0: faites vérifier "
              "votre situation par un avocat, une avocate ou une association d'aide aux victimes.",
        "en": "General legal information, not legal advice. The penalties shown are maximums for "
              "an adult offender; for an offender under 18, see the note on reduced penalties. "
              "The law may have changed: have your situation checked by a lawyer or a "
              "victim-support association.",
    },
    "disclaimer": {
        "fr": "Information juridique générale, pas un conseil juridique. Les peines indiquées sont "
              "des maximums encourus par un auteur majeur\u00a0; elles sont réduites pour un "
              "auteur mineur, ce qui n'est pas couvert ici. La loi peut avoir changé\u00a0: "
              "faites vérifier votre situation par un avocat, une avocate ou une association "
              "d'aide aux victimes.",
        "en": "General legal information, not legal advice. The penalties shown are maximums for "
              "an adult offender; they are reduced for an offender under 18, which is not covered "
              "here. The law may have changed: have your situation checked by a lawyer or a "
              "victim-support association.",
    },
}

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def fmt_eur(amount: int, lang: str) -> str:
    """An amount in euros as each language writes it: '7\u202f500\u00a0€', '€7,500'."""
    return format_currency(amount, "EUR", locale=_LOCALES[lang], format_type="standard",
                           currency_digits=False).replace(",00", "").replace(".00", "")


def fmt_date(value: date, lang: str) -> str:
    """A date in words: '1er mai 2024', '1 May 2024'."""
    text = format_date(value, "long", locale=_LOCALES[lang])
    if lang == "fr" and value.day == 1:
        text = "1er" + text[1:]
    return text


def say(key: str, lang: str, **values) -> str:
    """The text `key` in `lang`, with dates formatted for that language."""
    shown = {k: fmt_date(v, lang) if isinstance(v, date) else v for k, v in values.items()}
    return TEXTS[key][lang].format(**shown).strip()
