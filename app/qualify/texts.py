"""Every sentence the engine writes, in French and English, kept apart from the rules.

No penalty, time limit or date of a legal change is typed here: those come from the law data
and are passed in as placeholders. A test checks both languages carry the same placeholders.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

NBSP = "\u00a0"

TEXTS: dict[str, dict[str, str]] = {
    # Why an article does not apply.
    "not_in_force": {
        "fr": "Cet article ne s'appliquait pas le {facts_date} (il s'applique depuis le {start})"
              "\u00a0: une loi pénale plus sévère ne s'applique pas à des faits commis avant son "
              "entrée en vigueur (article 112-1 du Code pénal).",
        "en": "This article did not apply on {facts_date} (it applies from {start}): a harsher "
              "criminal law does not apply to acts committed before it came into force (Code "
              "pénal, article 112-1).",
    },
    "not_shared_sexual": {
        "fr": "Créer un contenu sexuel truqué d'une personne majeure sans le montrer à personne "
              "n'est pas puni par cet article\u00a0: il faut l'avoir porté à la connaissance du "
              "public ou d'au moins une autre personne. Des propositions de loi visant la création "
              "n'avaient pas été adoptées selon les dernières sources consultées.",
        "en": "Creating fake sexual content of an adult without showing it to anyone is not "
              "punished by this article: it must have been brought to the knowledge of the public "
              "or of at least one other person. Bills aimed at creation had not become law "
              "according to the latest sources checked.",
    },
    "not_shared_sexual_unknown_age": {
        "fr": "Créer un contenu sexuel truqué d'une personne majeure sans le montrer à personne "
              "n'est pas puni par cet article. Si la personne avait moins de 18 ans, l'article "
              "227-23 peut s'appliquer\u00a0: indiquez son âge.",
        "en": "Creating fake sexual content of an adult without showing it to anyone is not "
              "punished by this article. If the person was under 18, article 227-23 may apply: "
              "give their age.",
    },
    "limitation_past": {
        "fr": "Cette date est passée, mais le délai a pu être interrompu\u00a0: demandez l'avis "
              "d'un avocat ou d'une avocate avant de renoncer.",
        "en": "This date has passed, but the time limit may have been interrupted: ask a lawyer "
              "before giving up.",
    },
    "not_shared": {
        "fr": "Cet article suppose que le contenu ait été porté à la connaissance du public ou "
              "d'au moins une autre personne, ce qui n'est pas indiqué ici.",
        "en": "This article requires the content to have been brought to the knowledge of the "
              "public or of at least one other person, which is not the case here.",
    },
    "labelled": {
        "fr": "Le contenu était présenté comme un montage ou un contenu généré\u00a0: cet article "
              "ne s'applique pas quand c'est évident ou expressément mentionné.",
        "en": "The content was presented as a montage or generated content: this article does "
              "not apply when that is obvious or expressly stated.",
    },
    "labelled_sexual": {
        "fr": "La mention «\u00a0faux\u00a0» ou «\u00a0généré\u00a0» écarte cet article, mais pas "
              "l'article 226-8-1\u00a0: pour un contenu sexuel, la mention n'est pas une défense.",
        "en": "A \"fake\" or \"generated\" label rules out this article, but not article "
              "226-8-1: for sexual content, a label is no defence.",
    },
    # Notes attached to an offence.
    "not_held": {
        "fr": "Les données du site ne contiennent pas la version de cet article applicable le "
              "{facts_date}\u00a0; la peine de cette date doit être vérifiée sur Légifrance. "
              "{detail}",
        "en": "The site's data does not hold the version of this article that applied on "
              "{facts_date}; the penalty at that date must be checked on Légifrance. {detail}",
    },
    "old_version": {
        "fr": "Faits antérieurs au {next_start}\u00a0: c'est la version alors en vigueur qui "
              "s'applique. Elle punissait le fait de «\u00a0publier\u00a0» un montage et ne "
              "visait pas expressément les contenus générés par algorithme\u00a0; l'application "
              "à un envoi privé ou à un deepfake relève de l'appréciation du tribunal.",
        "en": "Facts before {next_start}: the version then in force applies. It punished "
              "\"publishing\" a montage and did not expressly cover algorithm-generated content; "
              "whether it reaches private sending or a deepfake is for the court to decide.",
    },
    "private_sending": {
        "fr": "Envoi à une ou quelques personnes\u00a0: l'aggravation pour une diffusion par un "
              "service de communication au public en ligne n'est pas retenue ici. Les juges ne "
              "se sont pas encore prononcés sur le cas des messageries privées.",
        "en": "Sent to one or a few people: the aggravation for use of an online public "
              "communication service is not counted here. Courts have not yet ruled on private "
              "messaging services.",
    },
    "complaint": {
        "fr": "Poursuites seulement sur plainte de la victime (article 226-6 du Code pénal)\u00a0; "
              "le retrait de la plainte met fin aux poursuites.",
        "en": "Prosecution only on the victim's complaint (Code pénal, article 226-6); "
              "withdrawing the complaint ends the prosecution.",
    },
    "sexual_capture": {
        "fr": "Cet article vise l'image d'une personne dans un lieu privé. Pour des images à "
              "caractère sexuel, l'article 226-2-1 s'applique aussi, quel que soit le lieu, avec "
              "la peine indiquée pour cet article.",
        "en": "This article covers the image of a person in a private place. For sexual images, "
              "article 226-2-1 also applies, wherever they were taken, with the penalty shown for "
              "that article.",
    },
    "partner_unsettled": {
        "fr": "On ne sait pas si l'aggravation de l'article 226-1 pour un conjoint, concubin ou "
              "partenaire de PACS (ou ex) s'applique aussi à cet article\u00a0; elle n'est pas "
              "retenue ici.",
        "en": "Whether article 226-1's aggravation for a spouse, cohabitant or PACS partner (or "
              "former partner) also applies to this article is not settled; it is not counted "
              "here.",
    },
    "minor_pornographic": {
        "fr": "S'applique si l'image ou la représentation présente un caractère pornographique. "
              "Pour un mineur de 15 ans ou plus, la fabrication est punie si elle vise la "
              "diffusion\u00a0; l'acquisition et la détention sont punies dans tous les cas.",
        "en": "Applies if the image or representation is pornographic. For a minor aged 15 or "
              "over, making it is punished when done with a view to sharing it; acquiring or "
              "holding it is punished in all cases.",
    },
    "minor_generated": {
        "fr": "Les images générées sont des «\u00a0représentations\u00a0» selon le ministère de "
              "la Justice et la jurisprudence sur les dessins\u00a0; aucune condamnation publiée "
              "pour des images entièrement générées par IA n'a été trouvée.",
        "en": "Generated images count as \"representations\" according to the Ministry of "
              "Justice and case law on drawings; no published conviction for entirely "
              "AI-generated images was found.",
    },
    "adult_author": {
        "fr": "Cette infraction suppose que l'auteur soit majeur.",
        "en": "This offence requires the author to be an adult.",
    },
    "sexual_connotation": {
        "fr": "S'applique si les propos ou comportements répétés ont une connotation sexuelle ou "
              "sexiste.",
        "en": "Applies if the repeated words or behaviour have a sexual or sexist connotation.",
    },
    "blackmail_online": {
        "fr": "Peine aggravée retenue parce que le contenu a été publié en ligne\u00a0: elle "
              "suppose que le chantage soit exercé par un service de communication au public en "
              "ligne, au moyen d'images sexuelles ou pour en obtenir (article 312-10, alinéa 3).",
        "en": "Higher penalty counted because the content was posted online: it requires the "
              "blackmail to be carried out through an online public communication service, "
              "using sexual images or to obtain them (article 312-10, paragraph 3).",
    },
    "blackmail_online_possible": {
        "fr": "La peine peut être plus élevée si le chantage a été exercé par un service de "
              "communication au public en ligne (réseau social, site…), au moyen d'images "
              "sexuelles ou pour en obtenir (article 312-10, alinéa 3)\u00a0: les réponses ne "
              "l'établissent pas, elle n'est donc pas retenue ici. On ne sait pas encore si une "
              "messagerie privée compte\u00a0: la question n'est pas tranchée.",
        "en": "The penalty may be higher if the blackmail was carried out through an online "
              "public communication service (social network, website…), using sexual images or "
              "to obtain them (article 312-10, paragraph 3): the answers do not establish this, "
              "so it is not counted here. Whether a private messaging service counts is not yet "
              "settled.",
    },
    "threat_executed_possible": {
        "fr": "Si le contenu a été diffusé pour mettre la menace à exécution, la peine est plus "
              "élevée (article 312-11)\u00a0; les réponses ne disent pas si la diffusion a "
              "suivi la menace, elle n'est donc pas retenue ici.",
        "en": "If the content was shared to carry out the threat, the penalty is higher "
              "(article 312-11); the answers do not say whether the sharing followed the "
              "threat, so it is not counted here.",
    },
    "threat_executed": {
        "fr": "Peine aggravée retenue parce que, selon les réponses, la personne a mis sa menace "
              "à exécution (article 312-11).",
        "en": "Higher penalty counted because, according to the answers, the person carried out "
              "the threat (article 312-11).",
    },
    "threat_executed_unshared": {
        "fr": "Peine aggravée retenue parce que, selon les réponses, la personne a mis sa menace "
              "à exécution (article 312-11). Les réponses indiquent aussi que le contenu n'a été "
              "montré à personne\u00a0: si la menace a été mise à exécution en le diffusant, "
              "indiquez-le à la question sur la diffusion, car d'autres infractions peuvent alors "
              "s'appliquer.",
        "en": "Higher penalty counted because, according to the answers, the person carried out "
              "the threat (article 312-11). The answers also say the content was not shown to "
              "anyone: if the threat was carried out by sharing it, say so in the question on "
              "sharing, as other offences may then apply.",
    },
    "text_checked": {
        "fr": "Version connue par son texte au {start}\u00a0: la date de son entrée en vigueur "
              "n'est pas connue.",
        "en": "Version known from its text as of {start}: the date it came into force is not "
              "known.",
    },
    "held_from": {
        "fr": "La date d'entrée en vigueur de cette version n'est pas connue\u00a0; les données "
              "du site la retiennent à partir du {start}.",
        "en": "The date this version came into force is not known; the site's data holds it "
              "from {start}.",
    },
    "grade": {
        "fr": "Point moins sûr (niveau de preuve {grade})\u00a0: {detail}",
        "en": "Less certain point (evidence grade {grade}): {detail}",
    },
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
