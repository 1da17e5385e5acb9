"""Every sentence of the letters, in French and in English, side by side.

Kept in one table so a change in one language is seen next to the other (bilingual parity is
checked by a test: both languages have the same keys). Only the French letter is sent; the English
text is a reading copy.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_datetime

from app.config import LOCALES
from app.formats import long_date

W: dict[str, dict[str, str]] = {
    "fr": {
        "complaint_title": "Plainte adressée au procureur de la République",
        "pc_title": "Plainte avec constitution de partie civile",
        "born_on": "Né(e) le {date}",
        "email": "Courriel\u00a0: {value}",
        "phone": "Téléphone\u00a0: {value}",
        "acting_for": "Agissant en qualité de {role} de {name}",
        "procureur": "Madame, Monsieur le Procureur de la République",
        "doyen": "Madame, Monsieur le Doyen des juges d'instruction",
        "tj_pres": "près le {court}",
        "tj_of": "{court}",
        "tj_unknown": "près le tribunal judiciaire de ………………",
        "tj_unknown_plain": "Tribunal judiciaire de ………………",
        "place_date": "À {place}, le {date}",
        "place_date_noplace": "Le {date}",
        "sending_mode": "Lettre recommandée avec demande d'avis de réception",
        "object_complaint_x": "Objet\u00a0: plainte contre X",
        "object_complaint_named": "Objet\u00a0: plainte contre {name}",
        "object_pc_x": "Objet\u00a0: plainte avec constitution de partie civile contre X "
                       "(article 85 du Code de procédure pénale)",
        "object_pc_named": "Objet\u00a0: plainte avec constitution de partie civile contre {name} "
                           "(article 85 du Code de procédure pénale)",
        "and_pc": "\u00a0; constitution de partie civile",
        "salutation_procureur": "Madame, Monsieur le Procureur de la République,",
        "salutation_doyen": "Madame, Monsieur le Doyen,",
        "intro_self": "Je soussigné(e) {name}, {born}domicilié(e) {address}, ai l'honneur de "
                      "porter plainte {against} pour les faits exposés ci-dessous.",
        "intro_rep": "Je soussigné(e) {name}, domicilié(e) {address}, agissant en qualité de "
                     "{role} de {victim}, {born}ai l'honneur de porter plainte au nom de {victim} "
                     "{against} pour les faits exposés ci-dessous.",
        "intro_pc_self": "Je soussigné(e) {name}, {born}domicilié(e) {address}, ai l'honneur de "
                         "porter plainte {against} et de me constituer partie civile, en "
                         "application de l'article 85 du Code de procédure pénale.",
        "intro_pc_rep": "Je soussigné(e) {name}, domicilié(e) {address}, agissant en qualité de "
                        "{role} de {victim}, {born}ai l'honneur de porter plainte au nom de "
                        "{victim} {against} et de constituer {victim} partie civile, en "
                        "application de l'article 85 du Code de procédure pénale.",
        "born_inline": "né(e) le {date}, ",
        "against_x": "contre X",
        "against_named": "contre {name}",
        "no_address": "à l'adresse indiquée en tête",
        "h_facts": "Exposé des faits",
        "fact_on": "Le {date}",
        "fact_platform": "sur {platform}",
        "fact_account": "depuis le compte «\u00a0{account}\u00a0»",
        "fact_urls": "Adresse(s) exacte(s)\u00a0: {urls}",
        "fact_place": "dans le groupe ou la conversation «\u00a0{place}\u00a0»",
        "fact_reported": "Signalé dans l'application le {date}.",
        "not_reproduced": "Les contenus en cause ne sont pas reproduits dans la présente "
                          "lettre\u00a0: ils sont décrits ci-dessus et les pièces jointes "
                          "permettent de les constater.",
        "h_author": "Auteur des faits",
        "author_named": "J'estime que l'auteur des faits est {name}.",
        "author_rel": "Lien avec {victim_ref}\u00a0: {relationship}.",
        "author_x": "L'auteur des faits n'est pas identifié à ce jour\u00a0: la plainte est "
                    "dirigée contre X.",
        "author_accounts": "Compte(s) utilisé(s)\u00a0: {accounts}.",
        "victim_ref_self": "moi",
        "h_offences": "Qualification des faits",
        "offences_intro": "Ces faits me paraissent pouvoir relever des infractions suivantes, "
                          "sous réserve de l'appréciation de l'autorité judiciaire\u00a0:",
        "offences_none": "Je laisse à l'autorité judiciaire le soin de qualifier ces faits.",
        "offence_line": "article {article} du {code}\u00a0: {title}",
        "code_penal": "Code pénal",
        "code_procedure_penale": "Code de procédure pénale",
        "h_harm": "Préjudice subi",
        "harm_none": "Je me réserve de préciser ultérieurement le préjudice subi.",
        "h_requests": "Demandes",
        "subject_for": " pour {offences}",
        "subject_offence": "{title} (article {article} du {code})",
        "subject_and": " et ",
        "req_identify": "Je vous demande de faire procéder aux réquisitions nécessaires auprès "
                        "des plateformes{where} afin d'identifier les titulaires des comptes en "
                        "cause{accounts} et de faire conserver les données s'y rapportant avant "
                        "qu'elles ne soient effacées.",
        "req_platforms_named": " concernées ({platforms})",
        "req_accounts_named": " ({accounts})",
        "req_remove": "Je vous demande également de faire procéder au retrait des contenus en "
                      "cause.",
        "req_heard_self": "Je me tiens à votre disposition et à celle des enquêteurs pour toute "
                          "audition.",
        "req_heard_rep": "Je me tiens à votre disposition et à celle des enquêteurs, ainsi que "
                         "{victim}, pour toute audition.",
        "h_witnesses": "Témoins",
        "witnesses_intro": "Les personnes suivantes peuvent être entendues\u00a0:",
        "h_circumstances": "Circonstances",
        "circ_partner_self": "L'auteur des faits est mon conjoint, concubin ou partenaire lié "
                             "par un pacte civil de solidarité.",
        "circ_partner_rep": "L'auteur des faits est le conjoint, concubin ou partenaire lié par "
                            "un pacte civil de solidarité de {victim}.",
        "circ_former_self": "L'auteur des faits est mon ancien conjoint, concubin ou partenaire "
                            "lié par un pacte civil de solidarité.",
        "circ_former_rep": "L'auteur des faits est l'ancien conjoint, concubin ou partenaire lié "
                           "par un pacte civil de solidarité de {victim}.",
        "circ_either_self": "L'auteur des faits est mon conjoint, concubin ou partenaire lié par "
                            "un pacte civil de solidarité, actuel ou ancien.",
        "circ_either_rep": "L'auteur des faits est le conjoint, concubin ou partenaire lié par un "
                           "pacte civil de solidarité, actuel ou ancien, de {victim}.",
        "circ_school_self": "L'auteur des faits étudie ou travaille dans l'établissement scolaire "
                            "dont je suis élève.",
        "circ_school_rep": "L'auteur des faits étudie ou travaille dans l'établissement scolaire "
                           "dont {victim} est élève.",
        "circ_age_self": "Le contenu me représente à l'âge de {age} ans, c'est-à-dire comme une "
                         "personne mineure.",
        "circ_age_rep": "Le contenu représente {victim} à l'âge de {age} ans, c'est-à-dire comme "
                        "une personne mineure.",
        "circ_threat_public_online": "Les menaces ou le chantage ont été exprimés publiquement "
                                     "en ligne (publication, commentaire ou canal public).",
        "circ_threat_private_messages": "Les menaces ou le chantage ont été exprimés par "
                                        "messages privés (messagerie, courriel ou message "
                                        "direct).",
        "circ_threat_offline": "Les menaces ou le chantage ont été exprimés hors ligne.",
        "circ_spread": "Les faits se sont répétés dans le temps\u00a0: le premier a eu lieu le "
                       "{first}, le plus récent le {last}.",
        "inform": "Je vous remercie de bien vouloir m'informer de la suite qui sera donnée à "
                  "cette plainte.",
        "pc_declare": "Je déclare me constituer partie civile.",
        "pc_declare_rep": "Je déclare me constituer partie civile au nom de {victim}.",
        "h_admissibility": "Recevabilité",
        "adm_refusal": "Par un avis du {date}, le procureur de la République m'a fait connaître "
                       "qu'il n'engagerait pas lui-même de poursuites à la suite de ma plainte du "
                       "{first}.",
        "adm_procureur": "Le procureur de la République a reçu ma plainte le {first} (récépissé "
                         "ou avis de réception joint). Un délai de {months} mois s'est écoulé "
                         "depuis cette réception (article 85 du Code de procédure pénale).",
        "adm_police": "J'ai déposé plainte le {first} auprès d'un service de police ou de "
                      "gendarmerie. J'en ai adressé une copie au procureur de la République, qui "
                      "l'a reçue le {copy} (avis de réception ou récépissé joint). Un délai de "
                      "{months} mois s'est écoulé depuis cette réception (article 85 du Code de "
                      "procédure pénale).",
        "since_procureur": "depuis la réception de votre plainte par le procureur de la "
                           "République, le {date}",
        "since_police": "depuis la réception par le procureur de la République de la copie de "
                        "votre plainte, le {date}",
        "h_deposit": "Consignation et aide juridictionnelle",
        "deposit": "Je prends acte qu'en fonction de mes ressources, le juge d'instruction fixe "
                   "le montant de la consignation à déposer au greffe et le délai pour le faire, "
                   "sauf si j'obtiens l'aide juridictionnelle\u00a0; il peut aussi m'en dispenser "
                   "(article 88 du Code de procédure pénale).",
        "exh_heading": "Bordereau des pièces jointes",
        "exh_cols": "N°|Description|Vu le|Adresse (URL) ou emplacement|Empreinte SHA-256",
        "exh_empty": "Aucune pièce jointe.",
        "exh_first_complaint": "Copie de ma plainte reçue le {date} par le procureur de la "
                               "République et preuve de cette réception (avis de réception ou "
                               "récépissé)",
        "exh_police_complaint": "Récépissé de ma plainte du {date} déposée auprès d'un service "
                                "de police ou de gendarmerie",
        "exh_copy_received": "Copie de cette plainte adressée au procureur de la République et "
                             "avis de réception ou récépissé du {date}",
        "exh_refusal": "Avis du procureur de la République du {date}",
        "closing_procureur": "Je vous prie d'agréer, Madame, Monsieur le Procureur de la "
                             "République, l'expression de ma considération distinguée.",
        "closing_doyen": "Je vous prie d'agréer, Madame, Monsieur le Doyen, l'expression de ma "
                         "considération distinguée.",
        "signature": "Signature",
        "notice_reading_copy": "",
        "h_notes": "À lire avant d'envoyer\u00a0: cette page ne fait pas partie de la lettre",
        "note_model": "Ce document est un modèle fourni à titre d'information\u00a0; ce n'est pas "
                      "un conseil juridique. Relisez-le, complétez-le et signez-le.",
        "note_send_complaint": "Envoi\u00a0: par lettre recommandée avec demande d'avis de "
                               "réception au procureur de la République du tribunal "
                               "judiciaire, ou remise à l'accueil du tribunal contre récépissé. "
                               "Gardez une copie et l'avis de réception\u00a0: ils prouvent la "
                               "date de votre plainte.",
        "note_send_pc": "Envoi\u00a0: par lettre recommandée avec demande d'avis de réception au "
                        "doyen des juges d'instruction du tribunal judiciaire, ou remise au "
                        "greffe contre récépissé. Gardez une copie et l'avis de réception.",
        "note_from": "Date de dépôt\u00a0: à partir du {date}. Le délai de {months} mois court "
                     "{since} et se termine le {end} à minuit (article 85 du Code de procédure "
                     "pénale)\u00a0; un délai qui se terminerait un samedi, un dimanche ou un jour "
                     "férié est prolongé jusqu'au premier jour ouvrable suivant (article 801).",
        "note_from_refusal": "Date de dépôt\u00a0: à partir du {date}, date de la décision du "
                             "procureur que la lettre invoque (article 85 du Code de procédure "
                             "pénale).",
        "err_too_early": "À la date de la lettre ({letter}), cette plainte n'est pas encore "
                         "recevable\u00a0: le délai de {months} mois court {since} et se termine "
                         "le {end} à minuit (article 85 du Code de procédure pénale, prolongé "
                         "au premier jour ouvrable suivant par l'article 801 s'il se termine un "
                         "samedi, un dimanche ou un jour férié). Datez la lettre du {date} ou "
                         "d'après. Si le procureur vous fait savoir avant cette date qu'il "
                         "n'engagera pas lui-même de poursuites, indiquez la date de sa décision.",
        "err_copy_needed": "Une plainte déposée au commissariat ou à la gendarmerie ne fait pas "
                           "courir à elle seule le délai de l'article 85 du Code de procédure "
                           "pénale. Envoyez d'abord une copie de cette plainte (le récépissé "
                           "remis par le service) au procureur de la République du tribunal "
                           "judiciaire, par lettre recommandée avec demande d'avis de réception, "
                           "ou remettez-la au tribunal contre récépissé. Le délai court à partir "
                           "de sa réception\u00a0: indiquez ensuite la date de l'avis de réception "
                           "ou du récépissé. Si le procureur vous a fait savoir qu'il ne "
                           "poursuivrait pas, indiquez plutôt la date de sa décision.",
        "err_copy_for_police": "Une copie adressée au procureur ne concerne qu'une plainte "
                               "déposée auprès de la police ou de la gendarmerie\u00a0: pour une "
                               "plainte adressée au procureur, la date de sa réception suffit.",
        "err_before_refusal": "La lettre est datée du {letter}, avant la décision du procureur "
                              "du {date} qu'elle invoque. Datez-la du {date} ou d'après.",
        "err_before_facts": "La lettre est datée du {letter}, avant les faits qu'elle décrit (le "
                            "dernier, le {date}). Datez-la du {date} ou d'après.",
        "err_far_ahead": "La lettre est datée du {letter}, plus d'un an après aujourd'hui\u00a0: "
                         "vérifiez l'année. Une lettre préparée à l'avance peut être datée "
                         "jusqu'au {date}.",
        "note_legal_aid": "Aide juridictionnelle\u00a0: selon vos ressources, vous pouvez la "
                          "demander (formulaire CERFA n° 16146)\u00a0; si vous l'obtenez, vous "
                          "n'avez pas de consignation à déposer.",
        # the appeal to the procureur général (CPP 40-3)
        "pg_title": "Recours auprès du procureur général contre un classement sans suite",
        "pg": "Madame, Monsieur le Procureur général",
        "ca_pres": "près la {court}",
        "ca_unknown": "près la cour d'appel de ………………",
        "object_pg": "Objet\u00a0: recours contre la décision de classement sans suite du {date} "
                     "(référence\u00a0: {reference}), article 40-3 du Code de procédure pénale",
        "salutation_pg": "Madame, Monsieur le Procureur général,",
        "intro_pg_self": "Je soussigné(e) {name}, {born}domicilié(e) {address}, ai l'honneur de "
                         "former un recours, en application de l'article 40-3 du Code de "
                         "procédure pénale, contre la décision de classer sans suite ma plainte "
                         "{against}.",
        "intro_pg_rep": "Je soussigné(e) {name}, domicilié(e) {address}, agissant en qualité de "
                        "{role} de {victim}, {born}ai l'honneur de former un recours, en "
                        "application de l'article 40-3 du Code de procédure pénale, contre la "
                        "décision de classer sans suite la plainte déposée au nom de {victim} "
                        "{against}.",
        "h_pg_decision": "Décision contestée",
        "pg_complaint": "Le {date}, j'ai porté plainte {against} pour les faits exposés "
                        "ci-dessous.",
        "pg_complaint_rep": "Le {date}, j'ai porté plainte au nom de {victim} {against} pour les "
                            "faits exposés ci-dessous.",
        "pg_decision": "Par un avis du {date} (référence\u00a0: {reference}), {prosecutor} "
                       "m'a fait connaître sa décision de classer cette plainte sans suite.",
        "pg_prosecutor": "le procureur de la République",
        "pg_prosecutor_at": "le procureur de la République près le {court}",
        "pg_reason": "Motif indiqué dans l'avis\u00a0: {reason}",
        "h_pg_grounds": "Motifs du recours",
        "pg_grounds_none": "Les faits exposés ci-dessous, que les pièces jointes permettent de "
                           "constater, me paraissent constituer les infractions indiquées et "
                           "justifier l'engagement de poursuites.",
        "pg_req_order": "Je vous demande d'examiner ce recours et d'enjoindre au procureur de la "
                        "République d'engager des poursuites, dans les conditions prévues à "
                        "l'article 36 du Code de procédure pénale.",
        "pg_req_inform": "Je vous remercie de bien vouloir m'informer de la suite donnée à ce "
                         "recours.",
        "exh_pg_decision": "Avis de classement sans suite du {date} (référence\u00a0: {reference})",
        "exh_pg_complaint": "Copie de ma plainte du {date} ou du récépissé de dépôt de plainte",
        "closing_pg": "Je vous prie d'agréer, Madame, Monsieur le Procureur général, l'expression"
                      " de ma considération distinguée.",
        "note_send_pg": "Envoi\u00a0: au procureur général près la cour d'appel, de préférence par "
                        "lettre recommandée avec demande d'avis de réception, qui prouve la date "
                        "de votre recours. Gardez une copie et l'avis de réception.",
        "note_pg_no_limit": "L'article 40-3 du Code de procédure pénale, dans son texte vérifié "
                            "au {checked}, ne fixe ni délai ni forme pour ce recours.",
        "note_pg_outcomes": "Le procureur général peut enjoindre au procureur de la République "
                            "d'engager des poursuites\u00a0; s'il estime le recours infondé, il "
                            "vous en informe (article 40-3 du Code de procédure pénale).",
        "note_pg_cour_appel": "Complétez le nom de la cour d'appel\u00a0: celle dont dépend le "
                              "{court}, dont le procureur a pris la décision. Le greffe de ce "
                              "tribunal peut vous l'indiquer.",
        "note_pg_cour_appel_unknown": "Complétez le nom de la cour d'appel\u00a0: celle dont "
                                      "dépend le tribunal dont le procureur a pris la décision. "
                                      "Le greffe de ce tribunal peut vous l'indiquer.",
        "note_pg_other_routes": "Autres voies après un classement sans suite\u00a0: la plainte "
                                "avec constitution de partie civile devant le doyen des juges "
                                "d'instruction (article 85 du Code de procédure pénale) et, "
                                "lorsque l'auteur est connu, la citation directe devant le "
                                "tribunal.",
        "err_before_decision": "La lettre est datée du {letter}, avant la décision de classement "
                               "sans suite du {date} qu'elle conteste. Datez-la du {date} ou "
                               "d'après.",
    },
    "en": {
        "complaint_title": "Complaint to the public prosecutor (procureur de la République)",
        "pc_title": "Complaint with civil-party claim (plainte avec constitution de partie "
                    "civile)",
        "born_on": "Born on {date}",
        "email": "E-mail: {value}",
        "phone": "Phone: {value}",
        "acting_for": "Acting as {role} of {name}",
        "procureur": "The Public Prosecutor (Procureur de la République)",
        "doyen": "The Senior Investigating Judge (Doyen des juges d'instruction)",
        "tj_pres": "at the {court}",
        "tj_of": "{court}",
        "tj_unknown": "at the tribunal judiciaire of ………………",
        "tj_unknown_plain": "Tribunal judiciaire of ………………",
        "place_date": "{place}, {date}",
        "place_date_noplace": "{date}",
        "sending_mode": "Registered letter with acknowledgement of receipt",
        "object_complaint_x": "Subject: complaint against a person or persons unknown "
                              "(contre X)",
        "object_complaint_named": "Subject: complaint against {name}",
        "object_pc_x": "Subject: complaint with civil-party claim against a person or persons "
                       "unknown (contre X) (article 85 of the Code of Criminal Procedure)",
        "object_pc_named": "Subject: complaint with civil-party claim against {name} "
                           "(article 85 of the Code of Criminal Procedure)",
        "and_pc": "; civil-party claim",
        "salutation_procureur": "Dear Public Prosecutor,",
        "salutation_doyen": "Dear Senior Investigating Judge,",
        "intro_self": "I, the undersigned {name}, {born}residing {address}, hereby file a "
                      "complaint {against} for the facts set out below.",
        "intro_rep": "I, the undersigned {name}, residing {address}, acting as {role} of "
                     "{victim}, {born}hereby file a complaint on behalf of {victim} {against} "
                     "for the facts set out below.",
        "intro_pc_self": "I, the undersigned {name}, {born}residing {address}, hereby file a "
                         "complaint {against} and claim to be a civil party, under article 85 "
                         "of the Code of Criminal Procedure.",
        "intro_pc_rep": "I, the undersigned {name}, residing {address}, acting as {role} of "
                        "{victim}, {born}hereby file a complaint on behalf of {victim} {against} "
                        "and make {victim} a civil party, under article 85 of the Code of "
                        "Criminal Procedure.",
        "born_inline": "born on {date}, ",
        "against_x": "against a person or persons unknown (contre X)",
        "against_named": "against {name}",
        "no_address": "at the address given above",
        "h_facts": "Statement of facts",
        "fact_on": "On {date}",
        "fact_platform": "on {platform}",
        "fact_account": "from the account “{account}”",
        "fact_urls": "Exact address(es): {urls}",
        "fact_place": "in the group or conversation “{place}”",
        "fact_reported": "Reported in the app on {date}.",
        "not_reproduced": "The content in question is not reproduced in this letter: it is "
                          "described above, and the attached exhibits allow it to be verified.",
        "h_author": "Author of the facts",
        "author_named": "I believe the author of the facts is {name}.",
        "author_rel": "Relationship to {victim_ref}: {relationship}.",
        "author_x": "The author of the facts has not been identified so far: the complaint is "
                    "against a person or persons unknown (contre X).",
        "author_accounts": "Account(s) used: {accounts}.",
        "victim_ref_self": "me",
        "h_offences": "Legal classification of the facts",
        "offences_intro": "In my view these facts may fall under the following offences, "
                          "subject to the assessment of the judicial authority:",
        "offences_none": "I leave the legal classification of these facts to the judicial "
                         "authority.",
        "offence_line": "article {article} of the {code}: {title}",
        "code_penal": "Criminal Code (Code pénal)",
        "code_procedure_penale": "Code of Criminal Procedure (Code de procédure pénale)",
        "h_harm": "Harm suffered",
        "harm_none": "I reserve the right to describe the harm suffered at a later stage.",
        "h_requests": "Requests",
        "subject_for": " for {offences}",
        "subject_offence": "{title} (article {article} of the {code})",
        "subject_and": " and ",
        "req_identify": "I ask that the necessary requests (réquisitions) be made to the "
                        "platforms{where} to identify the holders of the accounts "
                        "involved{accounts} and to have the related data preserved before they "
                        "are deleted.",
        "req_platforms_named": " concerned ({platforms})",
        "req_accounts_named": " ({accounts})",
        "req_remove": "I also ask that the content in question be removed.",
        "req_heard_self": "I am available to you and to the investigators to be heard.",
        "req_heard_rep": "{victim} and I are available to you and to the investigators to be "
                         "heard.",
        "h_witnesses": "Witnesses",
        "witnesses_intro": "The following people can be heard:",
        "h_circumstances": "Circumstances",
        "circ_partner_self": "The author of the facts is my spouse, cohabiting partner or civil "
                             "union (PACS) partner.",
        "circ_partner_rep": "The author of the facts is the spouse, cohabiting partner or civil "
                            "union (PACS) partner of {victim}.",
        "circ_former_self": "The author of the facts is my former spouse, cohabiting partner or "
                            "civil union (PACS) partner.",
        "circ_former_rep": "The author of the facts is the former spouse, cohabiting partner or "
                           "civil union (PACS) partner of {victim}.",
        "circ_either_self": "The author of the facts is my current or former spouse, "
                            "cohabiting partner or civil union (PACS) partner.",
        "circ_either_rep": "The author of the facts is the current or former spouse, cohabiting "
                           "partner or civil union (PACS) partner of {victim}.",
        "circ_school_self": "The author of the facts studies or works at the school where I am "
                            "a pupil.",
        "circ_school_rep": "The author of the facts studies or works at the school where "
                           "{victim} is a pupil.",
        "circ_age_self": "The content shows me at the age of {age}, that is, as a minor.",
        "circ_age_rep": "The content shows {victim} at the age of {age}, that is, as a minor.",
        "circ_threat_public_online": "The threats or blackmail were made publicly online (a "
                                     "post, a comment or a public channel).",
        "circ_threat_private_messages": "The threats or blackmail were made by private messages "
                                        "(messaging app, e-mail or direct message).",
        "circ_threat_offline": "The threats or blackmail were made offline.",
        "circ_spread": "The facts were repeated over time: the first took place on {first}, the "
                       "most recent on {last}.",
        "inform": "Please inform me of the action taken on this complaint.",
        "pc_declare": "I declare that I claim to be a civil party (je déclare me constituer "
                      "partie civile).",
        "pc_declare_rep": "I declare that I claim to be a civil party on behalf of {victim} "
                          "(je déclare me constituer partie civile).",
        "h_admissibility": "Admissibility",
        "adm_refusal": "By a notice dated {date}, the public prosecutor informed me that he or "
                       "she would not bring proceedings following my complaint of {first}.",
        "adm_procureur": "The public prosecutor received my complaint on {first} (receipt or "
                         "acknowledgement of receipt attached). A period of {months} months has "
                         "passed since that receipt (article 85 of the Code of Criminal "
                         "Procedure).",
        "adm_police": "I filed a complaint on {first} with a police or gendarmerie service. I "
                      "sent a copy of it to the public prosecutor, who received it on {copy} "
                      "(acknowledgement of receipt or receipt attached). A period of {months} "
                      "months has passed since that receipt (article 85 of the Code of Criminal "
                      "Procedure).",
        "since_procureur": "from the public prosecutor's receipt of your complaint, on {date}",
        "since_police": "from the public prosecutor's receipt of the copy of your complaint, on "
                        "{date}",
        "h_deposit": "Deposit and legal aid",
        "deposit": "I note that, depending on my resources, the investigating judge sets the "
                   "amount of the deposit (consignation) to be paid to the court registry and "
                   "the time allowed to pay it, unless I obtain legal aid (aide "
                   "juridictionnelle); the judge may also waive it (article 88 of the Code of "
                   "Criminal Procedure).",
        "exh_heading": "List of exhibits (bordereau de pièces)",
        "exh_cols": "No.|Description|Seen on|Address (URL) or location|SHA-256 fingerprint",
        "exh_empty": "No exhibits.",
        "exh_first_complaint": "Copy of my complaint received on {date} by the public "
                               "prosecutor and proof of that receipt (acknowledgement of receipt "
                               "or receipt)",
        "exh_police_complaint": "Receipt for my complaint of {date} filed with a police or "
                                "gendarmerie service",
        "exh_copy_received": "Copy of that complaint sent to the public prosecutor and "
                             "acknowledgement of receipt or receipt of {date}",
        "exh_refusal": "Notice from the public prosecutor dated {date}",
        "closing_procureur": "Yours faithfully,",
        "closing_doyen": "Yours faithfully,",
        "signature": "Signature",
        "notice_reading_copy": "Reading copy in English. The letter to send is the French "
                               "version: French courts work in French.",
        "h_notes": "Read before sending: this page is not part of the letter",
        "note_model": "This document is a model provided for information; it is not legal "
                      "advice. Read it, complete it and sign it.",
        "note_send_complaint": "Sending: by registered letter with acknowledgement of receipt "
                               "to the public prosecutor at the tribunal judiciaire, or handed "
                               "in at the court's reception against a receipt. Keep a copy and "
                               "the acknowledgement of receipt: they prove the date of your "
                               "complaint.",
        "note_send_pc": "Sending: by registered letter with acknowledgement of receipt to the "
                        "senior investigating judge at the tribunal judiciaire, or handed in at "
                        "the registry against a receipt. Keep a copy and the acknowledgement "
                        "of receipt.",
        "note_from": "Filing date: from {date}. The period of {months} months runs {since} and "
                     "ends on {end} at midnight (article 85 of the Code of Criminal Procedure); "
                     "a period that would end on a Saturday, a Sunday or a public holiday is "
                     "extended to the next working day (article 801).",
        "note_from_refusal": "Filing date: from {date}, the date of the prosecutor's decision "
                             "the letter relies on (article 85 of the Code of Criminal "
                             "Procedure).",
        "err_too_early": "On the date of the letter ({letter}), this complaint is not yet "
                         "admissible: the period of {months} months runs {since} and ends on "
                         "{end} at midnight (article 85 of the Code of Criminal Procedure, "
                         "extended to the next working day by article 801 when it ends on a "
                         "Saturday, a Sunday or a public holiday). Date the letter {date} or "
                         "later. If the prosecutor tells you before then that he or she will not "
                         "bring proceedings, give the date of that decision instead.",
        "err_copy_needed": "A complaint made at a police station or gendarmerie does not by "
                           "itself start the period of article 85 of the Code of Criminal "
                           "Procedure. First send a copy of that complaint (the receipt the "
                           "service gave you) to the public prosecutor of the tribunal "
                           "judiciaire, by registered letter with acknowledgement of receipt, or "
                           "hand it in at the court against a receipt. The period runs from its "
                           "receipt: then give the date of the acknowledgement of receipt or of "
                           "the receipt. If the prosecutor has told you he or she will not "
                           "prosecute, give the date of that decision instead.",
        "err_copy_for_police": "A copy sent to the prosecutor concerns only a complaint made at "
                               "the police or gendarmerie: for a complaint sent to the "
                               "prosecutor, the date it was received is enough.",
        "err_before_refusal": "The letter is dated {letter}, before the prosecutor's decision "
                              "of {date} that it relies on. Date it {date} or later.",
        "err_before_facts": "The letter is dated {letter}, before the facts it describes (the "
                            "latest on {date}). Date it {date} or later.",
        "err_far_ahead": "The letter is dated {letter}, more than a year from today: check the "
                         "year. A letter prepared in advance can be dated up to {date}.",
        "note_legal_aid": "Legal aid (aide juridictionnelle): depending on your resources you "
                          "can apply for it (form CERFA no. 16146); if you obtain it, you do "
                          "not have to pay a deposit.",
        # the appeal to the procureur général (CPP 40-3)
        "pg_title": "Appeal to the procureur général against a decision to take no further action"
                    " (classement sans suite)",
        "pg": "The Procureur général (chief public prosecutor at the court of appeal)",
        "ca_pres": "at the {court}",
        "ca_unknown": "at the cour d'appel of ………………",
        "object_pg": "Subject: appeal against the decision of {date} to take no further action "
                     "(reference: {reference}), article 40-3 of the Code of Criminal Procedure",
        "salutation_pg": "Dear Procureur général,",
        "intro_pg_self": "I, the undersigned {name}, {born}residing {address}, hereby appeal, "
                         "under article 40-3 of the Code of Criminal Procedure, against the "
                         "decision to take no further action on my complaint {against}.",
        "intro_pg_rep": "I, the undersigned {name}, residing {address}, acting as {role} of "
                        "{victim}, {born}hereby appeal, under article 40-3 of the Code of "
                        "Criminal Procedure, against the decision to take no further action on "
                        "the complaint filed on behalf of {victim} {against}.",
        "h_pg_decision": "The decision appealed against",
        "pg_complaint": "On {date}, I filed a complaint {against} for the facts set out below.",
        "pg_complaint_rep": "On {date}, I filed a complaint on behalf of {victim} {against} for "
                            "the facts set out below.",
        "pg_decision": "By a notice dated {date} (reference: {reference}), {prosecutor} informed "
                       "me of the decision to take no further action on this complaint "
                       "(classement sans suite).",
        "pg_prosecutor": "the public prosecutor",
        "pg_prosecutor_at": "the public prosecutor at the {court}",
        "pg_reason": "Reason given in the notice: {reason}",
        "h_pg_grounds": "Grounds for the appeal",
        "pg_grounds_none": "The facts set out below, which the attached exhibits allow to be "
                           "verified, appear to me to constitute the offences indicated and to "
                           "justify bringing proceedings.",
        "pg_req_order": "I ask you to examine this appeal and to order the public prosecutor to "
                        "bring proceedings, under the conditions laid down in article 36 of the "
                        "Code of Criminal Procedure.",
        "pg_req_inform": "Please inform me of the action taken on this appeal.",
        "exh_pg_decision": "Notice of the decision to take no further action dated {date} "
                           "(reference: {reference})",
        "exh_pg_complaint": "Copy of my complaint of {date} or of the receipt for it",
        "closing_pg": "Yours faithfully,",
        "note_send_pg": "Sending: to the procureur général at the cour d'appel (court of appeal),"
                        " preferably by registered letter with acknowledgement of receipt, which "
                        "proves the date of your appeal. Keep a copy and the acknowledgement of "
                        "receipt.",
        "note_pg_no_limit": "Article 40-3 of the Code of Criminal Procedure, in its text as "
                            "checked on {checked}, sets no time limit and no form for this "
                            "appeal.",
        "note_pg_outcomes": "The procureur général may order the public prosecutor to bring "
                            "proceedings; if the appeal is considered unfounded, you are informed"
                            " (article 40-3 of the Code of Criminal Procedure).",
        "note_pg_cour_appel": "Fill in the name of the cour d'appel: the one the {court} belongs "
                              "to, whose prosecutor took the decision. That court's registry "
                              "(greffe) can tell you.",
        "note_pg_cour_appel_unknown": "Fill in the name of the cour d'appel: the one the court "
                                      "whose prosecutor took the decision belongs to. That "
                                      "court's registry (greffe) can tell you.",
        "note_pg_other_routes": "Other routes after a decision to take no further action: the "
                                "complaint with civil-party claim to the senior investigating "
                                "judge (article 85 of the Code of Criminal Procedure) and, when "
                                "the author is known, a direct summons (citation directe) before "
                                "the court.",
        "err_before_decision": "The letter is dated {letter}, before the decision of {date} it "
                               "appeals against. Date it {date} or later.",
    },
}

_LOCALES = LOCALES


def t(lang: str, key: str, **values: str) -> str:
    """The sentence `key` in `lang`, filled in."""
    return W[lang][key].format(**values)


def seen_at(value: str, lang: str) -> str:
    """An ISO date or date-time (from the validator) written for people."""
    if not value:
        return ""
    if len(value) == 10:
        return long_date(date.fromisoformat(value), lang)
    moment = datetime.fromisoformat(value)
    pattern = "d MMMM y 'à' HH:mm" if lang == "fr" else "d MMMM y 'at' HH:mm"
    return format_datetime(moment, pattern, locale=_LOCALES[lang])
