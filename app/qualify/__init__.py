"""Rules as code: validated facts and a date → offences, maximum penalties, time limit, services.

No Flask here. Penalties, titles, URLs and time limits are read from app.law (engine.py).

    qualify_json(payload, today) -> dict      # validate (QualifyInputError) then qualify
    qualify(parse_facts(payload, today), today)

The answer: facts_date, offences[{article, code, title, prison_years, fine_eur,
aggravations[{key, label}], version_in_force_since, url, notes[str], complaint_required,
assessed_on, limitation{years, starts_on, ends_on, first_act_ends_on, rule}}], not_applicable
[{article, reason}], complaint_required (true when any offence listed needs the victim's
complaint), limitation ({years, starts_on, ends_on, earliest_ends_on, rule, caveat} or None
without offences: the latest date until which one offence can still be prosecuted, "at least
until"), first_steps ([{id, text}], only under a threat: shown before anything else), notes
([{id, text}] on the whole answer: a sexual act obtained under threat, a minor author), services
(ids of app/services/data/services.yaml, in order), disclaimer. prison_years, fine_eur and
version_in_force_since are None when the law data does not hold the version of that date;
version_in_force_since alone is None when the date held is only that of a checked text (a note
says so in each case). `assessed_on` is the date of the act whose law applies: the most recent
act, or the first one for an entry added because the law then differed.
"""

from .engine import qualify, qualify_json
from .facts import Facts, QualifyInputError, parse_facts

__all__ = ["Facts", "QualifyInputError", "parse_facts", "qualify", "qualify_json"]
