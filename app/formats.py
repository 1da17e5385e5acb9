"""How values read in each language: dates, amounts, prison terms, penalties, article names.

The one place for this phrasing, so pages, qualification answers and letters say a date or a
penalty the same way (docs/conventions.md, "Wording").
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

from app.config import LOCALES

BABEL_LOCALES = LOCALES
NBSP = "\u00a0"

CODE_NAMES = {
    "code_penal": {"fr": "du Code pénal", "en": "of the Code pénal (Criminal Code)"},
    "code_procedure_penale": {"fr": "du Code de procédure pénale",
                              "en": "of the Code de procédure pénale (Code of Criminal Procedure)"},
    "code_justice_penale_mineurs": {"fr": "du Code de la justice pénale des mineurs",
                                    "en": "of the Code de la justice pénale des mineurs "
                                          "(juvenile criminal justice code)"},
    "code_civil": {"fr": "du Code civil", "en": "of the Code civil (Civil Code)"},
    "code_procedure_civile": {"fr": "du Code de procédure civile",
                              "en": "of the Code de procédure civile (Code of Civil Procedure)"},
    "code_action_sociale_familles": {"fr": "du Code de l'action sociale et des familles",
                                     "en": "of the Code de l'action sociale et des familles "
                                           "(Social Action and Families Code)"},
    "lcen": {"fr": "de la loi pour la confiance dans l'économie numérique (LCEN)",
             "en": "of the loi pour la confiance dans l'économie numérique (LCEN, the 2004 "
                   "law on confidence in the digital economy)"},
}


def long_date(value: dt.date, lang: str) -> str:
    """« 1er janvier 2002 », « 23 mai 2024 »; "23 May 2024"."""
    text = format_date(value, format="long", locale=BABEL_LOCALES[lang])
    if lang == "fr" and value.day == 1:
        text = "1er" + text[1:]
    return text


def euros(amount: int, lang: str) -> str:
    number = format_decimal(amount, locale=BABEL_LOCALES[lang])
    return f"{number}{NBSP}€" if lang == "fr" else f"€{number}"


def prison(years: float, lang: str) -> str:
    if not float(years).is_integer() and float(years * 12).is_integer():
        # Half of an adult's term for a minor (CJPM L121-5): 18 months, not 1.5 years.
        months = int(years * 12)
        return (f"{months}{NBSP}mois d'emprisonnement" if lang == "fr"
                else f"{months}{NBSP}months' imprisonment")
    whole = int(years) if float(years).is_integer() else years
    if lang == "fr":
        unit = "an" if whole == 1 else "ans"
        return f"{whole}{NBSP}{unit} d'emprisonnement"
    unit = "year" if whole == 1 else "years"
    return f"{whole}{NBSP}{unit}' imprisonment" if whole != 1 else f"1{NBSP}year's imprisonment"


def penalty_text(prison_years: float | None, fine_eur: int | None, lang: str) -> str:
    parts = []
    if prison_years:
        parts.append(prison(prison_years, lang))
    if fine_eur:
        parts.append(f"{euros(fine_eur, lang)} d'amende" if lang == "fr"
                     else f"a {euros(fine_eur, lang)} fine")
    joiner = " et " if lang == "fr" else " and "
    return joiner.join(parts)


def article_name(article: str, code: str, lang: str) -> str:
    prefix = "article " if lang == "fr" else "article "
    return f"{prefix}{article} {CODE_NAMES[code][lang]}"
