"""What a person tells the engine, checked strictly before any rule is applied.

The schema is closed: an unknown field or a bad value is refused with every problem listed
(field, code, bilingual message), so a typo can never silently change the legal answer.
Nothing here stores or logs the values it checks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .messages import message as _message

# The Code pénal in force since 1 March 1994; earlier facts are outside this engine.
EARLIEST_FACTS_DATE = date(1994, 3, 1)

CHOICES: dict[str, tuple[str, ...]] = {
    "content_type": ("sexual_deepfake", "deepfake", "real_intimate", "none"),
    # recorded_during_exchange: recorded without agreement during a call or exchange the person
    # had agreed to; it is a capture without consent, as captured_without_consent.
    "how_obtained": ("captured_without_consent", "recorded_during_exchange",
                     "given_or_self_made"),
    "distribution": ("none", "third_party", "public_online"),
    "threat": ("none", "money_or_other", "sexual_content", "sexual_act"),
    # How the threat or demand was made: 312-10 al. 3 turns on it, not on publication.
    "threat_channel": ("public_online", "private_messages", "offline", "unknown"),
    "author_relationship": ("partner", "former_partner", "same_school", "work", "acquaintance",
                            "stranger", "unknown"),
    "author_age": ("adult", "minor", "unknown"),
    # Other people: sent it on or attacked the person (a pile-on), or only received it.
    "others_joined": ("sent_on_or_attacked", "only_received", "no", "unknown"),
    "lang": ("fr", "en"),
}
BOOLEANS = ("labelled_as_fake", "repeated_or_group", "impersonation", "author_is_partner",
            "solicited_images_from_minor", "threat_carried_out", "repeated_acts")
DATES = ("facts_date", "victim_birth_date", "first_facts_date")
INTEGERS = ("victim_age_at_facts", "age_shown_in_content")
REQUIRED = ("facts_date", "content_type")
FIELDS = frozenset(CHOICES) | frozenset(BOOLEANS) | frozenset(DATES) | frozenset(INTEGERS)
PARTNERS = ("partner", "former_partner")

class QualifyInputError(ValueError):
    """The facts were refused; `errors` lists {field, code, message: {fr, en}}."""

    def __init__(self, errors: list[dict]):
        self.errors = errors
        super().__init__("; ".join(f"{e['field']}: {e['code']}" for e in errors))


def _error(field: str, code: str, **values: str) -> dict:
    message = _message(code, **values)
    return {"field": field, "code": code, "message": message}


def age_on(birth: date, on: date) -> int:
    """Age in completed years on a date."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class Facts:
    """Validated facts. Build with `parse_facts`; `how_obtained` only matters for real images,
    `threat_carried_out` and `threat_channel` only under a threat. `facts_date` is the most
    recent act, `first_facts_date` (optional) the first one."""

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
    first_facts_date: date | None = None
    age_shown_in_content: int | None = None
    author_relationship: str | None = None
    author_age: str | None = None
    threat_channel: str | None = None
    repeated_acts: bool | None = None
    others_joined: str | None = None

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

    @property
    def captured(self) -> bool:
        """A real image taken or recorded without consent (also during an agreed call)."""
        return self.how_obtained in ("captured_without_consent", "recorded_during_exchange")

    # -- the age the content shows (227-23 turns on it, not on the person's age today) ---------
    @property
    def content_age(self) -> int | None:
        """For a real image, the age when it was made; for a fake, the age it shows; else the
        person's age on the date of the facts."""
        if self.content_type != "none" and self.age_shown_in_content is not None:
            return self.age_shown_in_content
        return self.victim_age

    @property
    def content_minor(self) -> bool:
        age = self.content_age
        return age < 18 if age is not None else self.minor

    @property
    def content_under_15(self) -> bool:
        age = self.content_age
        return age is not None and age < 15

    # -- the author ----------------------------------------------------------------------------
    @property
    def partner_kind(self) -> str | None:
        """'partner', 'former', 'either' (author_is_partner alone) or None."""
        if self.author_relationship == "partner":
            return "partner"
        if self.author_relationship == "former_partner":
            return "former"
        return "either" if self.author_is_partner else None

    @property
    def same_school(self) -> bool:
        return self.author_relationship == "same_school"

    @property
    def author_minor(self) -> bool:
        return self.author_age == "minor"

    @property
    def author_adult_known(self) -> bool:
        return self.author_age == "adult"

    # -- threats and repetition ----------------------------------------------------------------
    @property
    def channel(self) -> str | None:
        """How the threat was made ('unknown' when not said); None without a threat."""
        if self.threat == "none":
            return None
        return self.threat_channel or "unknown"

    @property
    def repeated_by_author(self) -> bool:
        """The author acted more than once; the older answer `repeated_or_group` may mean it."""
        if self.repeated_acts is not None:
            return self.repeated_acts
        return self.repeated_or_group

    @property
    def pile_on(self) -> bool:
        """Others sent it on or attacked the person. With only the older answer
        `repeated_or_group`, a pile-on is possible and counted as before."""
        if self.others_joined is not None:
            return self.others_joined == "sent_on_or_attacked"
        return self.repeated_acts is None and self.repeated_or_group

    @property
    def repetition_only_from_old_answer(self) -> bool:
        return self.repeated_acts is None and self.others_joined is None

    def at(self, on: date) -> Facts:
        """The same facts seen from an earlier act (`on`, from `first_facts_date`). With only an
        age, the age then is the oldest possible (never a minor the data cannot vouch for)."""
        age = self.victim_age_at_facts
        if self.victim_birth_date is None and age is not None:
            age = max(0, age - age_on(on, self.facts_date))
        return replace(self, facts_date=on, victim_age_at_facts=age, first_facts_date=on)


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
        elif field != "victim_birth_date" and parsed < EARLIEST_FACTS_DATE:
            errors.append(_error(field, "too_early"))
        else:
            values[field] = parsed
    for field in INTEGERS:
        number = payload.get(field)
        if number is None:
            continue
        if isinstance(number, int) and not isinstance(number, bool) and 0 <= number <= 120:
            values[field] = number
        else:
            errors.append(_error(field, "invalid_integer"))
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
    first = values.get("first_facts_date")
    if first and facts_date and first > facts_date:
        errors.append(_error("first_facts_date", "after_last_facts"))
    shown = values.get("age_shown_in_content")
    if (values.get("content_type") == "real_intimate" and shown is not None and age is not None
            and shown > age):
        errors.append(_error("age_shown_in_content", "inconsistent_age_shown"))
    errors += _author_coherence(values)
    return errors


def _author_coherence(values: dict) -> list[dict]:
    """The older yes/no answers and the newer detailed ones must not contradict each other."""
    errors = []
    relationship = values.get("author_relationship")
    partner = values.get("author_is_partner")
    if (relationship not in (None, "unknown") and partner is not None
            and partner != (relationship in PARTNERS)):
        errors.append(_error("author_relationship", "inconsistent_partner"))
    grouped = values.get("repeated_or_group")
    repeated, others = values.get("repeated_acts"), values.get("others_joined")
    if grouped is not None and (repeated is not None or others is not None):
        said = bool(repeated) or others == "sent_on_or_attacked"
        unsure = repeated is None or others in (None, "unknown")
        if said and not grouped or grouped and not said and not unsure:
            errors.append(_error("repeated_or_group", "inconsistent_group"))
    return errors
