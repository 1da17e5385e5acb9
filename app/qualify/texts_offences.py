"""The sentences attached to one offence: why it does not apply, and the notes on it; and the
notes on the whole answer. French and English; no penalty, time limit or date of a legal change is
typed here (texts.py says how they are filled in)."""

from __future__ import annotations

OFFENCE_TEXTS: dict[str, dict[str, str]] = {
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
        "fr": "Peine aggravée retenue parce que, selon les réponses, le chantage a été exercé par "
              "un service de communication au public en ligne (publication, commentaire, canal "
              "public), au moyen d'images sexuelles ou pour en obtenir (article 312-10, "
              "alinéa 3).",
        "en": "Higher penalty counted because, according to the answers, the blackmail was "
              "carried out through an online public communication service (a post, comment or "
              "public channel), using sexual images or to obtain them (article 312-10, "
              "paragraph 3).",
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
    "minor_pornographic_under_15": {
        "fr": "S'applique si l'image ou la représentation présente un caractère pornographique. "
              "Pour un mineur de moins de 15 ans, la fabrication est punie même sans intention "
              "de diffuser\u00a0; l'acquisition et la détention sont punies dans tous les cas.",
        "en": "Applies if the image or representation is pornographic. For a child under 15, "
              "making it is punished even without any intention to share it; acquiring or "
              "holding it is punished in all cases.",
    },
    "minor_pornographic_age_unknown": {
        "fr": "S'applique si l'image ou la représentation présente un caractère pornographique. "
              "Si la personne avait moins de 15 ans, la fabrication est punie même sans "
              "intention de diffuser\u00a0; à partir de 15 ans, si elle vise la diffusion. "
              "L'acquisition et la détention sont punies dans tous les cas.",
        "en": "Applies if the image or representation is pornographic. If the person was under "
              "15, making it is punished even without any intention to share it; from 15, when "
              "done with a view to sharing it. Acquiring or holding it is punished in all cases.",
    },
    "minor_content_adult_now": {
        "fr": "L'image montre la personne avant ses 18 ans (âge au moment où elle a été prise, ou "
              "âge qu'elle montre)\u00a0: cet article s'applique quel que soit son âge "
              "aujourd'hui.",
        "en": "The image shows the person under 18 (their age when it was taken, or the age it "
              "shows): this article applies whatever their age today.",
    },
    "recorded_during_exchange": {
        "fr": "Avoir accepté l'appel ou l'échange ne vaut pas accord pour l'enregistrer\u00a0: un "
              "enregistrement fait à votre insu est une captation sans consentement. Le "
              "consentement n'est présumé que si l'enregistrement a été fait au vu et au su de la "
              "personne, sans qu'elle s'y oppose alors qu'elle le pouvait (article 226-1).",
        "en": "Agreeing to the call or exchange is not agreeing to its recording: a recording made "
              "without your knowledge is a capture without consent. Consent is presumed only if "
              "the recording was made openly, in the person's sight and knowledge, without their "
              "objecting when they could (article 226-1).",
    },
    "adult_only": {
        "fr": "Cette infraction ne peut être commise que par un majeur\u00a0; selon les réponses, "
              "l'auteur était mineur.",
        "en": "Only an adult can commit this offence; according to the answers, the author was "
              "a minor.",
    },
    "blackmail_private": {
        "fr": "Chantage par messages privés (messagerie, courriel)\u00a0: la peine de base est "
              "retenue. La peine est plus élevée si le chantage est exercé par un service de "
              "communication au public en ligne (article 312-10, alinéa 3)\u00a0; on ne sait pas "
              "encore si une messagerie privée en est un\u00a0: la question n'est pas tranchée.",
        "en": "Blackmail by private messages (messaging app, e-mail): the base penalty is "
              "counted. The penalty is higher when the blackmail is carried out through an "
              "online public communication service (article 312-10, paragraph 3); whether a "
              "private messaging service is one is not yet settled.",
    },
    "blackmail_not_sexual_act": {
        "fr": "Le chantage vise l'obtention d'une signature, d'un engagement, d'une renonciation, "
              "d'un secret, de fonds, de valeurs ou d'un bien, ou, en ligne, d'images "
              "sexuelles\u00a0; l'article ne nomme pas un acte sexuel. Exiger un acte sexuel sous "
              "la menace relève des articles indiqués ici.",
        "en": "Blackmail is about obtaining a signature, a commitment, a waiver, a secret, money, "
              "valuables or property, or, online, sexual images; the article does not name a "
              "sexual act. Demanding a sexual act under threat falls under the articles shown "
              "here.",
    },
    "sexual_act_pressure": {
        "fr": "Paragraphe II\u00a0: user d'une pression grave, même une seule fois, pour obtenir "
              "un acte de nature sexuelle est assimilé au harcèlement sexuel. Si l'acte a été "
              "obtenu, c'est une agression sexuelle ou un viol, punis plus sévèrement.",
        "en": "Paragraph II: using serious pressure, even once, to obtain a sexual act is treated "
              "as sexual harassment. If the act was obtained, it is a sexual assault or a rape, "
              "punished more severely.",
    },
    "sexual_act_on_self": {
        "fr": "Imposer à une personne, par la menace, un acte sexuel sur elle-même est aussi une "
              "agression sexuelle (article 222-22-2)\u00a0; les tribunaux n'ont pas encore "
              "tranché, à notre connaissance, le cas d'un acte fait à distance devant une caméra.",
        "en": "Making someone perform a sexual act on themselves under threat is also a sexual "
              "assault (article 222-22-2); as far as we know, the courts have not yet settled the "
              "case of an act done at a distance in front of a camera.",
    },
    "harassment_digital_possible": {
        "fr": "La peine est plus élevée si les faits ont été commis en ligne ou par un moyen "
              "numérique ou électronique (messages, réseaux sociaux)\u00a0: les réponses ne le "
              "disent pas, ce n'est donc pas retenu ici.",
        "en": "The penalty is higher if this was done online or by digital or electronic means "
              "(messages, social networks): the answers do not say so, so it is not counted here.",
    },
    "electronic_only": {
        "fr": "Cet article vise une incitation faite par un moyen de communication électronique "
              "(messages, réseaux sociaux, courriel)\u00a0; selon les réponses, la demande a été "
              "faite autrement.",
        "en": "This article covers incitement by electronic communication (messages, social "
              "networks, e-mail); according to the answers, the demand was made otherwise.",
    },
    "electronic_condition": {
        "fr": "S'applique si la demande a été faite par un moyen de communication électronique "
              "(messages, réseaux sociaux, courriel).",
        "en": "Applies if the demand was made by electronic communication (messages, social "
              "networks, e-mail).",
    },
    "partner_definition": {
        "fr": "Conjoint, partenaire de PACS ou concubin, même sans vivre ensemble pour les deux "
              "premiers\u00a0; le concubinage suppose une vie commune stable et continue en "
              "couple (article 515-8 du Code civil).",
        "en": "Spouse, PACS partner or cohabiting partner (concubin), even without living "
              "together for the first two; cohabitation means a stable and continuous shared "
              "life as a couple (Code civil, article 515-8).",
    },
    "former_partner_condition": {
        "fr": "Pour un ancien conjoint, concubin ou partenaire de PACS, cette aggravation ne "
              "s'applique que si les faits ont été commis en raison de la relation passée "
              "(article 132-80 du Code pénal)\u00a0; sinon, c'est la peine de base de l'article.",
        "en": "For a former spouse, cohabitant or PACS partner, this aggravation applies only if "
              "the acts were committed because of the past relationship (Code pénal, article "
              "132-80); otherwise, the article's base penalty applies.",
    },
    "former_partner_condition_if": {
        "fr": "S'il s'agit d'un ancien conjoint, concubin ou partenaire de PACS, cette aggravation "
              "ne s'applique que si les faits ont été commis en raison de la relation passée "
              "(article 132-80 du Code pénal)\u00a0; sinon, c'est la peine de base de l'article.",
        "en": "If this is a former spouse, cohabitant or PACS partner, this aggravation applies "
              "only if the acts were committed because of the past relationship (Code pénal, "
              "article 132-80); otherwise, the article's base penalty applies.",
    },
    "former_partner_covered": {
        "fr": "L'article vise aussi l'ancien conjoint, concubin ou partenaire de PACS, sans autre "
              "condition.",
        "en": "The article also covers a former spouse, cohabitant or PACS partner, with no "
              "further condition.",
    },
    "repeated_by_partner_condition": {
        "fr": "S'applique si c'est le conjoint ou partenaire, actuel ou ancien, qui a agi de façon "
              "répétée.",
        "en": "Applies if it is the spouse or partner, current or former, who acted repeatedly.",
    },
    "harassment_effect": {
        "fr": "S'applique si les propos ou comportements répétés ont dégradé les conditions de "
              "vie de la personne, au point d'altérer sa santé physique ou mentale.",
        "en": "Applies if the repeated words or behaviour degraded the person's living "
              "conditions, to the point of harming their physical or mental health.",
    },
    "school_pupil": {
        "fr": "Harcèlement d'un élève par une personne qui étudie ou travaille dans le même "
              "établissement, y compris si les faits continuent après que l'un ou l'autre l'a "
              "quitté.",
        "en": "Harassment of a pupil by someone who studies or works in the same school, "
              "including when it continues after either of them has left.",
    },
    "pile_on_others": {
        "fr": "Pour les autres personnes qui se sont jointes aux faits (harcèlement en "
              "groupe, même si chacune n'a agi qu'une fois).",
        "en": "For the other people who joined in (harassment by a group, even if each acted "
              "only once).",
    },
    "only_received": {
        "fr": "Avoir seulement reçu le contenu ne fait pas d'une personne un auteur de "
              "harcèlement en groupe\u00a0: il faut avoir imposé des propos ou comportements à la "
              "victime, par exemple en le faisant suivre ou en l'attaquant.",
        "en": "Merely receiving the content does not make someone part of a pile-on: they must "
              "have imposed words or behaviour on the person, for example by sending it on or "
              "attacking them.",
    },
    "later_acts_only": {
        "fr": "S'applique seulement aux faits commis à partir du {start}\u00a0; les faits "
              "antérieurs relèvent de la loi alors en vigueur (indiquée séparément).",
        "en": "Applies only to acts from {start}; earlier acts fall under the law then in force "
              "(shown separately).",
    },
    "earlier_acts": {
        "fr": "Pour les premiers faits (à partir du {first})\u00a0: la version alors en vigueur "
              "s'applique à chaque fait commis avant le changement de la loi.",
        "en": "For the first acts (from {first}): the version then in force applies to each act "
              "committed before the law changed.",
    },
    # Notes on the whole answer.
    "sexual_act_assault": {
        "fr": "Un acte sexuel obtenu sous la menace est une agression sexuelle ou, s'il y a eu "
              "pénétration, un viol (articles 222-22 et suivants du Code pénal). Depuis le "
              "{since}, la loi définit l'agression sexuelle comme tout acte sexuel non "
              "consenti\u00a0; avant, comme un acte commis avec violence, contrainte, menace ou "
              "surprise\u00a0: la menace était déjà visée. Ce n'est jamais la faute de la victime.",
        "en": "A sexual act obtained under threat is a sexual assault or, if there was "
              "penetration, a rape (Code pénal, articles 222-22 and following). Since {since}, "
              "the law defines sexual assault as any non-consensual sexual act; before, as an act "
              "committed with violence, coercion, threat or surprise: threats were already "
              "covered. It is never the victim's fault.",
    },
    "minor_author": {
        "fr": "L'auteur était mineur au moment des faits. Les peines indiquées sont les maximums "
              "encourus par un majeur\u00a0; celles d'un mineur sont réduites. Aucune peine ne "
              "peut être prononcée contre un mineur qui avait moins de {no_penalty_age}\u00a0ans "
              "au moment des faits. À partir de cet âge, le tribunal ne peut prononcer plus de la "
              "moitié de la prison indiquée, ni une amende de plus de la moitié de celle indiquée "
              "ou de plus de {fine_cap} (Code de la justice pénale des mineurs, articles L11-4, "
              "L121-5 et L121-6). Au-delà de {exception_age}\u00a0ans, il peut écarter cette "
              "réduction, à titre exceptionnel, par une décision spécialement motivée (article "
              "L121-7).",
        "en": "The author was a minor at the time. The penalties shown are the maximums for an "
              "adult; a minor's are reduced. No penalty can be imposed on a minor who was under "
              "{no_penalty_age} at the time. From that age, the court cannot impose more than "
              "half the prison term shown, nor a fine of more than half the one shown or more "
              "than {fine_cap} (juvenile criminal justice code, articles L11-4, L121-5 and "
              "L121-6). Over {exception_age}, it may set this reduction aside, exceptionally, by "
              "a specially reasoned decision (article L121-7).",
    },
}
