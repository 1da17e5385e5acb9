"""The validation messages of the qualification input, in French and English (facts.py)."""

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
    "after_last_facts": {"fr": "La date des premiers faits est postérieure à celle des faits les "
                               "plus récents.",
                         "en": "The date of the first facts is after that of the most recent "
                               "facts."},
    "inconsistent_age_shown": {"fr": "Pour une image réelle, l'âge au moment où elle a été prise "
                                     "ne peut pas dépasser l'âge à la date des faits.",
                               "en": "For a real image, the age when it was taken cannot be "
                                     "more than the age on the date of the facts."},
    "inconsistent_partner": {"fr": "Cette réponse contredit celle sur le conjoint ou "
                                   "partenaire (author_is_partner).",
                             "en": "This answer contradicts the one on a spouse or partner "
                                   "(author_is_partner)."},
    "inconsistent_group": {"fr": "Cette réponse contredit celles sur les faits répétés et les "
                                 "autres personnes (repeated_acts, others_joined).",
                           "en": "This answer contradicts those on repeated acts and other "
                                 "people (repeated_acts, others_joined)."},
}
