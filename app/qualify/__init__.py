"""Rules as code: validated facts and a date → offences, maximum penalties, time limit, services.

No Flask here. Penalties, titles, URLs and time limits are read from app.law (engine.py).

    qualify_json(payload, today) -> dict      # validate (QualifyInputError) then qualify
    qualify(parse_facts(payload, today), today)

The answer: facts_date, offences[{article, code, title, prison_years, fine_eur,
aggravations[{key, label}], version_in_force_since, url, notes[str]}], not_applicable[{article,
reason}], complaint_required, limitation ({years, starts_on, ends_on, rule, caveat} or None
without offences), first_steps ([{id, text}], only under a threat: shown before anything else),
services (ids of app/services/data/services.yaml, in order), disclaimer. prison_years, fine_eur
and version_in_force_since are None when the law data does not hold the version of that date;
version_in_force_since alone is None when the date held is only that of a checked text (a note
says so in each case).
"""

from .engine import qualify, qualify_json
from .facts import Facts, QualifyInputError, parse_facts

__all__ = ["Facts", "QualifyInputError", "parse_facts", "qualify", "qualify_json"]
