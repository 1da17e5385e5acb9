"""The sentences of the request under the US TAKE IT DOWN Act (us_removal.py), English and French
side by side; merged into the action letters' table (wording.py), whose parity test covers them.

The English text is the request to send; the French one is its reading copy. Durations and dates
are never written here: they come from deadlines.yaml and app/law/events.yaml. What a valid
request holds (a signature, what identifies and locates the depiction, a good-faith statement
of non-consent, contact details) follows section 3(a)(1)(B) of the Act as the legal reference
quotes it (grade B).
"""

from __future__ import annotations

NB = "\u00a0"  # French: a non-breaking space before : ; ! ?

W_US: dict[str, dict[str, str]] = {
    "fr": {
        "title_us_removal_request": "Demande de retrait d'une représentation visuelle intime "
                                    "publiée sans consentement (TAKE IT DOWN Act, loi des "
                                    "États-Unis, section 3)",
        "obj_us_removal_request": f"Objet{NB}: notification et demande de retrait d'une "
                                  "représentation visuelle intime non consentie, au titre de "
                                  "la section 3 du TAKE IT DOWN Act",
        "to_us_team": "Demandes de retrait au titre du TAKE IT DOWN Act",
        "us_copy_notice": f"Copie de lecture en français. La demande à envoyer est la version "
                          f"anglaise{NB}: la loi est américaine et la plateforme la traite en "
                          "anglais.",
        "us_open_self": "Je soussigné(e) {name}, suis la personne identifiable que montre la "
                        "représentation visuelle intime décrite ci-dessous, publiée sur "
                        "{platform} sans mon consentement. Au titre de la section 3 du TAKE IT "
                        "DOWN Act, je vous la signale et vous demande de la retirer.",
        "us_open_rep": "Je soussigné(e) {name}, agissant en qualité de {role} de {subject}, "
                       "suis habilité(e) à agir pour {victim}, la personne identifiable que "
                       "montre la représentation visuelle intime décrite ci-dessous, publiée sur "
                       "{platform} sans son consentement. Au titre de la section 3 du TAKE IT "
                       "DOWN Act, je vous la signale et vous demande de la retirer.",
        "h_us_locate": "Identification de la représentation et informations pour la retrouver",
        "us_locate": f"Elle se trouve aux adresses exactes (URL) suivantes{NB}:",
        "us_locate_place": f"Elle se trouve aux emplacements suivants{NB}:",
        "us_depiction": f"Description (la représentation n'est pas reproduite ici){NB}: "
                        "{depiction}",
        "h_us_good_faith": "Déclaration de bonne foi",
        "us_good_faith_self": "J'ai la conviction de bonne foi que la représentation visuelle "
                              "intime identifiée ci-dessus n'est pas consentie.",
        "us_good_faith_rep": "{victim}, la personne identifiable, a la conviction de bonne foi "
                             "que la représentation visuelle intime identifiée ci-dessus n'est "
                             "pas consentie.",
        "us_fake": f"Il s'agit d'un faux numérique{NB}: une image créée ou modifiée, par "
                   "intelligence artificielle ou autrement, pour montrer {subject} de façon "
                   "intime. {name} n'a consenti ni à sa création ni à sa publication.",
        "us_real": "{name} n'a pas consenti à sa publication.",
        "h_us_french_law": "Une infraction en droit français",
        "us_french_law": f"Sa publication relève aussi, en droit français, des infractions "
                         f"suivantes{NB}:",
        "h_us_contact": "Coordonnées",
        "us_contact": f"Vous pouvez joindre {{name}} aux coordonnées suivantes{NB}:",
        "us_req_remove": "Je vous demande de retirer cette représentation dès que possible, et "
                         "au plus tard {duration} après réception de la présente demande, comme "
                         "la section 3 de la loi l'exige d'une plateforme couverte.",
        "us_req_copies": "Je vous demande aussi de faire des efforts raisonnables pour "
                         "identifier et retirer toute copie identique connue.",
        "us_req_confirm": "Je vous remercie d'accuser réception de cette demande et de "
                          "m'informer de son retrait.",
        "us_esign": "/s/ {name}",
        "us_esign_line": "Signature électronique de {name}, le {date}",
        "note_us_send": "Envoyez cette demande par la procédure de la plateforme pour les "
                        "demandes au titre du TAKE IT DOWN Act (la loi oblige une plateforme "
                        "couverte à la faire connaître de façon claire et visible), ou à "
                        "l'adresse qu'elle indique pour ces demandes.",
        "note_us_duty": "Depuis le {since}, une plateforme couverte doit retirer la "
                        "représentation dès que possible et au plus tard {duration} après une "
                        f"demande valable (source{NB}: {{source}}{NB}; niveau de confiance{NB}: "
                        "{grade}).",
        "note_us_listed": f"D'après nos sources (niveau de confiance{NB}: {{grade}}), "
                          f"{{platform}} répond à cette loi{NB}: {{basis}}",
        "note_us_check": f"Vérifiez que {{platform}} est une «{NB}plateforme couverte{NB}» au "
                         f"sens de la loi{NB}: un site web, un service en ligne ou une "
                         "application ouverts au public, qui sert principalement à partager "
                         "des contenus créés par ses utilisateurs.",
        "note_us_ftc": "Aux États-Unis, la Federal Trade Commission (FTC) veille au respect de "
                       "cette obligation.",
        "note_us_dsa": "Dans l'Union européenne, envoyez aussi la notification prévue à "
                       "l'article 16 du règlement sur les services numériques (DSA)"
                       f"{NB}: cette demande ne la remplace pas.",
        "note_us_ncmec": "À ne pas confondre avec Take It Down, l'outil du NCMEC qui crée des "
                         "empreintes d'images intimes prises avant 18 ans.",
        "grade_A": "A, texte ou page officielle",
        "grade_B": "B, plusieurs sources secondaires concordantes",
        "grade_C": "C, une seule source secondaire",
        "err_before_removal_duty": "La lettre est datée du {letter}, avant le {date}, date à "
                                   "partir de laquelle les plateformes couvertes doivent "
                                   "traiter ces demandes. Datez-la du {date} ou d'après.",
    },
    "en": {
        "title_us_removal_request": "Request for removal of an intimate visual depiction "
                                    "published without consent (TAKE IT DOWN Act, section 3)",
        "obj_us_removal_request": "Subject: notification and request for removal of a "
                                  "non-consensual intimate visual depiction under section 3 of "
                                  "the TAKE IT DOWN Act",
        "to_us_team": "Removal requests under the TAKE IT DOWN Act",
        "us_copy_notice": "",
        "us_open_self": "I, the undersigned {name}, am the identifiable individual shown in the "
                        "intimate visual depiction identified below, published on {platform} "
                        "without my consent. Under section 3 of the TAKE IT DOWN Act, I notify "
                        "you of it and request its removal.",
        "us_open_rep": "I, the undersigned {name}, acting as {role} of {subject}, am "
                       "authorized to act on behalf of {victim}, the identifiable individual "
                       "shown in the intimate visual depiction identified below, published on "
                       "{platform} without their consent. Under section 3 of the TAKE IT DOWN "
                       "Act, I notify you of it and request its removal.",
        "h_us_locate": "Identification of the depiction and information to locate it",
        "us_locate": "It is found at the following exact addresses (URLs):",
        "us_locate_place": "It is found at the following locations:",
        "us_depiction": "Description (the depiction is not reproduced here): {depiction}",
        "h_us_good_faith": "Statement of good faith",
        "us_good_faith_self": "I have a good faith belief that the intimate visual depiction "
                              "identified above is not consensual.",
        "us_good_faith_rep": "{victim}, the identifiable individual, has a good faith belief "
                             "that the intimate visual depiction identified above is not "
                             "consensual.",
        "us_fake": "It is a digital forgery: an image made or altered, by artificial "
                   "intelligence or otherwise, to show {subject} in an intimate way. {name} "
                   "consented neither to its creation nor to its publication.",
        "us_real": "{name} did not consent to its publication.",
        "h_us_french_law": "An offence under French law",
        "us_french_law": "Under French law, publishing it is also an offence:",
        "h_us_contact": "Contact details",
        "us_contact": "{name} can be contacted at:",
        "us_req_remove": "I request that you remove this depiction as soon as possible, and no "
                         "later than {duration} after receiving this request, as section 3 of "
                         "the Act requires of a covered platform.",
        "us_req_copies": "I also request that you make reasonable efforts to identify and "
                         "remove any known identical copies of it.",
        "us_req_confirm": "Please acknowledge receipt of this request and tell me when the "
                          "depiction has been removed.",
        "us_esign": "/s/ {name}",
        "us_esign_line": "Electronic signature of {name}, {date}",
        "note_us_send": "Send this request through the platform's process for requests under "
                        "the TAKE IT DOWN Act (the Act requires a covered platform to give "
                        "clear and conspicuous notice of it), or to the address it gives for "
                        "such requests.",
        "note_us_duty": "Since {since}, a covered platform must remove the depiction as soon "
                        "as possible and no later than {duration} after a valid request "
                        "(source: {source}; confidence: {grade}).",
        "note_us_listed": "According to our sources (confidence: {grade}), {platform} answers "
                          "to this Act: {basis}",
        "note_us_check": "Check that {platform} is a “covered platform” under the Act: a "
                         "public website, online service or application that primarily "
                         "provides a forum for user-generated content.",
        "note_us_ftc": "In the United States, the Federal Trade Commission (FTC) enforces this "
                       "duty.",
        "note_us_dsa": "In the European Union, also send the notice under article 16 of the "
                       "Digital Services Act (DSA): this request does not replace it.",
        "note_us_ncmec": "Not to be confused with Take It Down, NCMEC's tool that makes "
                         "fingerprints of intimate images taken before the age of 18.",
        "grade_A": "A, official text or page",
        "grade_B": "B, several consistent secondary sources",
        "grade_C": "C, a single secondary source",
        "err_before_removal_duty": "The letter is dated {letter}, before {date}, the date from "
                                   "which covered platforms must deal with these requests. "
                                   "Date it {date} or later.",
    },
}
