"""What a person tells the engine, checked strictly before any rule is applied.

The schema is closed: an unknown field or a bad value is refused with every problem listed
(field, code, bilingual message), so a typo can never silently change the legal answer.
Nothing here stores or logs the values it checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The Code pénal in force since 1 March 1994; earlier facts are outside this engine.
EARLIEST_FACTS_DATE = date(1994, 3, 1)

CHOICES: dict[str, tuple[str, ...]] = {
    "content_type": ("sexual_deepfake", "deepfake", "real_intimate", "none"),
    "how_obtained": ("captured_without_consent", "given_or_self_made"),
    "distribution": ("none", "third_party", "public_online"),
    "threat": ("none", "money_or_other", "sexual_content"),
    "lang": ("fr", "en"),
}
BOOLEANS = ("labelled_as_fake", "repeated_or_group", "impersonation", "author_is_partner",
            "solicited_images_from_minor", "threat_carried_out")
DATES = ("facts_date", "victim_birth_date")
REQUIRED = ("facts_date", "content_type")
FIELDS = frozenset(CHOICES) | frozenset(BOOLEANS) | frozenset(DATES) | {"victim_age_at_facts"}

MESSAGES: dict[str, dict[str, str]] = {
    "not_an_object": {"fr": "Les faits doivent être envoyés sous forme d'objet JSON.",
                      "en": "The facts must be sent as a JSON object."},
    "unknown_field": {"fr": "Champ inconnu.", "en": "Unknown field."},
    "required": {"fr": "Ce champ est obligatoire.", "en": "This field is required."},
    "invalid_choice": {"fr": "Valeur non reconnue. Valeurs possibles\u00a0: {choices}.",
                       "en": "Unrecognised value. Possible values: {choices}."},
    "invalid_boolean": {"fr": "Répondez par vrai (true) ou faux (false).",
                        "en": "Answer true or false."},
    "invalid_date": {"fr": "Date attendue au format AAAA-MM-JJ.",
                     "en": "Expected a date in the form YYYY-MM-DD."},
    "future_date": {"fr": "Cette date est dans le futur.", "en": "This date is in the future."},
    "too_early": {"fr": "Les faits antérieurs au 1er mars 1994 (entrée en vigueur du Code "
                        "pénal actuel) ne sont pas couverts.",
                  "en": "Facts before 1 March 1994 (when the current Code pénal came into "
                        "force) are not covered."},
    "invalid_integer": {"fr": "Nombre entier attendu entre 0 et 120.",
                        "en": "Expected a whole number from 0 to 120."},
    "after_facts": {"fr": "La date de naissance est postérieure à la date des faits.",
                    "en": "The date of birth is after the date of the facts."},
    "inconsistent_age": {"fr": "L'âge ne correspond pas à la date de naissance et à la date "
                               "des faits.",
                         "en": "The age does not match the date of birth and the date of the "
                               "facts."},
    "inconsistent_minor": {"fr": "Cette réponse concerne une victime mineure, mais l'âge "
                                 "indiqué est de 18 ans ou plus.",
                           "en": "This answer concerns a minor victim, but the age given is "
                                 "18 or over."},
}


class QualifyInputError(ValueError):
    """The facts were refused; `errors` lists {field, code, message: {fr, en}}."""

    def __init__(self, errors: list[dict]):
        self.errors = errors
        super().__init__("; ".join(f"{e['field']}: {e['code']}" for e in errors))


def _error(field: str, code: str, **values: str) -> dict:
    message = {lang: text.format(**values) for lang, text in MESSAGES[code].items()}
    return {"field": field, "code": code, "message": message}


def age_on(birth: date, on: date) -> int:
    """Age in completed years on a date."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class Facts:
    """Validated facts. Build with `parse_facts`; `how_obtained` only matters for real images,
    `threat_carried_out` only under a threat."""

    facts_date: date
    content_type: str
    how_obtained: str | None = None
    distribution: str = "none"
    labelled_as_fake: bool = False
    victim_age_at_facts: int | None = None
    victim_birth_date: date | None = None
    threat: str = "none"
    threat_carried_out: bool = False
    repeated_or_group: bool = False
    impersonation: bool = False
    author_is_partner: bool = False
    solicited_images_from_minor: bool = False
    lang: str = "fr"

    @property
    def victim_age(self) -> int | None:
        if self.victim_birth_date is not None:
            return age_on(self.victim_birth_date, self.facts_date)
        return self.victim_age_at_facts

    @property
    def minor(self) -> bool:
        """A minor at the time; without an age, only the minors' question says so."""
        age = self.victim_age
        return age < 18 if age is not None else self.solicited_images_from_minor

    @property
    def under_15(self) -> bool:
        age = self.victim_age
        return age is not None and age < 15

    @property
    def shared(self) -> bool:
        return self.distribution != "none"

    @property
    def public(self) -> bool:
        return self.distribution == "public_online"

    @property
    def sexual(self) -> bool:
        return self.content_type in ("sexual_deepfake", "real_intimate")


def _parse_date(raw, field: str, errors: list) -> date | None:
    if isinstance(raw, date) and not hasattr(raw, "hour"):
        return raw
    if isinstance(raw, str) and len(raw) == 10:
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    errors.append(_error(field, "invalid_date"))
    return None


def parse_facts(payload, today: date) -> Facts:
    """Check `payload` (a mapping, e.g. parsed JSON) and return Facts, or raise."""
    if not isinstance(payload, dict):
        raise QualifyInputError([_error("", "not_an_object")])
    errors: list[dict] = []
    values: dict = {}
    for field in sorted(set(payload) - FIELDS, key=str):
        errors.append(_error(str(field), "unknown_field"))
    for field in REQUIRED:
        if payload.get(field) is None:
            errors.append(_error(field, "required"))
    for field, choices in CHOICES.items():
        raw = payload.get(field)
        if raw is None:
            continue
        if raw in choices and isinstance(raw, str):
            values[field] = raw
        else:
            errors.append(_error(field, "invalid_choice", choices=", ".join(choices)))
    for field in BOOLEANS:
        raw = payload.get(field)
        if raw is None:
            continue
        if isinstance(raw, bool):
            values[field] = raw
        else:
            errors.append(_error(field, "invalid_boolean"))
    for field in DATES:
        if payload.get(field) is None:
            continue
        parsed = _parse_date(payload[field], field, errors)
        if parsed is None:
            continue
        if parsed > today:
            errors.append(_error(field, "future_date"))
        elif field == "facts_date" and parsed < EARLIEST_FACTS_DATE:
            errors.append(_error(field, "too_early"))
        else:
            values[field] = parsed
    age = payload.get("victim_age_at_facts")
    if age is not None:
        if isinstance(age, int) and not isinstance(age, bool) and 0 <= age <= 120:
            values["victim_age_at_facts"] = age
        else:
            errors.append(_error("victim_age_at_facts", "invalid_integer"))
    errors += _coherence(values)
    if errors:
        raise QualifyInputError(errors)
    return Facts(**values)


def _coherence(values: dict) -> list[dict]:
    """Cross-field checks, run only on fields that were individually valid."""
    errors = []
    facts_date, birth = values.get("facts_date"), values.get("victim_birth_date")
    age = values.get("victim_age_at_facts")
    if facts_date and birth:
        if birth > facts_date:
            errors.append(_error("victim_birth_date", "after_facts"))
        elif age is not None and age_on(birth, facts_date) != age:
            errors.append(_error("victim_age_at_facts", "inconsistent_age"))
        elif age is None:
            age = age_on(birth, facts_date)
    if values.get("solicited_images_from_minor") and age is not None and age >= 18:
        errors.append(_error("solicited_images_from_minor", "inconsistent_minor"))
    return errors
