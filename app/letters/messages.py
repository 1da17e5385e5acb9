"""The letters' error messages, by code, in French and English (one table for every kind).

Why one table: the complaint, the partie civile letter and the action letters report the same
problems (required, too long, a date in the future…) and must say them in the same words.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "unknown": ("Champ inconnu.", "Unknown field."),
    "required": ("Ce champ est obligatoire.", "This field is required."),
    "type": ("Type de valeur incorrect.", "Wrong type of value."),
    "too_long": ("Texte trop long.", "Text too long."),
    "too_many": ("Trop d'éléments.", "Too many items."),
    "too_many_lines": ("Trop de lignes (60 au plus) : regroupez les lignes courtes en "
                       "paragraphes.",
                       "Too many lines (60 at most): join short lines into paragraphs."),
    "letter_too_long": ("Ce courrier dépasserait 20 pages (ou 100 000 caractères). Raccourcissez "
                        "les descriptions les plus longues ou regroupez des faits ; le détail peut "
                        "être joint en pièce.",
                        "This letter would run past 20 pages (or 100,000 characters). Shorten the "
                        "longest descriptions or group facts together; the details can be "
                        "attached as an exhibit."),
    "letter_too_costly": ("Ce courrier est trop long à mettre en page. Raccourcissez les "
                          "descriptions les plus longues, ou choisissez le format texte.",
                          "This letter takes too long to lay out. Shorten the longest "
                          "descriptions, or choose the text format."),
    "invalid_chars": ("Caractères non autorisés.", "Characters not allowed."),
    "invalid_choice": ("Valeur non proposée.", "Value not offered."),
    "invalid_date": ("Date invalide (AAAA-MM-JJ).", "Invalid date (YYYY-MM-DD)."),
    "invalid_datetime": ("Date et heure invalides.", "Invalid date and time."),
    "invalid_email": ("Adresse électronique invalide.", "Invalid e-mail address."),
    "invalid_phone": ("Numéro de téléphone invalide.", "Invalid phone number."),
    "invalid_postcode": ("Code postal invalide.", "Invalid postcode."),
    "invalid_insee": ("Code commune INSEE invalide.", "Invalid INSEE commune code."),
    "invalid_url": ("Adresse web invalide (http ou https).",
                    "Invalid web address (http or https)."),
    "invalid_sha256": ("Empreinte SHA-256 invalide (64 caractères hexadécimaux).",
                       "Invalid SHA-256 fingerprint (64 hexadecimal characters)."),
    "unknown_commune": ("Aucune commune ne porte ce code INSEE.",
                        "No commune has this INSEE code."),
    "future_date": ("Cette date est dans le futur.", "This date is in the future."),
    "before_first": ("Cette date est antérieure à celle de la première plainte.",
                     "This date is before the date of the first complaint."),
    "before_complaint": ("Cette date est antérieure à celle de la plainte.",
                         "This date is before the date of the complaint."),
    "before_notice": ("Cette date est antérieure à celle de la notification.",
                      "This date is before the date of the notice."),
    "too_early": ("Le délai de réponse du responsable du traitement n'a pas encore expiré.",
                  "The controller's time to answer has not expired yet."),
    "unknown_article": ("Article inconnu des données juridiques du site.",
                        "Article not in the site's law data."),
    "required_offence": ("Indiquez au moins une infraction (qualification ou articles) : la "
                         "notification doit expliquer pourquoi le contenu est illicite.",
                         "Give at least one offence (qualification or articles): the notice "
                         "must explain why the content is illegal."),
    "required_location": ("Indiquez l'adresse web exacte du contenu ou, s'il n'en a pas, où il "
                          "se trouve dans l'application (groupe ou conversation, compte).",
                          "Give the content's exact web address or, if it has none, where it is "
                          "in the app (group or conversation, account)."),
    "required_place": ("Indiquez le nom du groupe ou de la conversation, ou le compte qui a "
                       "publié ou envoyé le contenu.",
                       "Give the name of the group or conversation, or the account that posted "
                       "or sent the content."),
    "required_contact": ("Indiquez au moins un moyen de vous joindre (courriel, téléphone ou "
                         "adresse)\u00a0: une demande valable au titre du TAKE IT DOWN Act doit "
                         "en donner un.",
                         "Give at least one way to reach you (e-mail, phone or postal address): "
                         "a valid request under the TAKE IT DOWN Act must give one."),
    "no_reading_copy": ("Aucune langue de copie de lecture n'a été choisie "
                        "(reading_copy_lang).",
                        "No reading copy language was chosen (reading_copy_lang)."),
    "invalid_format": ("Format inconnu. Formats possibles\u00a0: pdf, docx, odt, txt.",
                       "Unknown format. Possible formats: pdf, docx, odt, txt."),
}


def message(code: str) -> dict[str, str]:
    fr, en = MESSAGES[code]
    return {"fr": fr, "en": en}
