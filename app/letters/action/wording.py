"""Every sentence of the action letters, French and English side by side (same keys: a test checks
parity). Durations are never written here: they are placeholders filled from deadlines.yaml.
Unlike the complaint, both languages are letters to send (platforms often answer in English).
"""

from __future__ import annotations

from app.letters.wording import long_date

from .us_wording import W_US

W: dict[str, dict[str, str]] = {
    "fr": {
        # titles and object lines
        "title_platform_notice": "Notification de contenus illicites (article 16 du règlement "
                                 "(UE) 2022/2065 sur les services numériques, DSA)",
        "title_platform_appeal": "Réclamation interne (article 20 du règlement (UE) 2022/2065 "
                                 "sur les services numériques, DSA)",
        "title_delisting": "Demande de déréférencement",
        "title_erasure": "Demande d'effacement de données personnelles (article 17 du RGPD)",
        "title_cnil_complaint": "Plainte auprès de la CNIL",
        "title_preservation": "Demande de conservation de contenus et de données",
        "obj_platform_notice": "Objet : notification de contenus illicites (article 16 du DSA) "
                               "et demande de retrait",
        "obj_platform_appeal": "Objet : réclamation (article 20 du DSA) concernant ma "
                               "notification du {date}",
        "obj_delisting": "Objet : demande de déréférencement d'images intimes diffusées sans "
                         "consentement",
        "obj_erasure": "Objet : demande d'effacement de données personnelles (article 17 du "
                       "RGPD)",
        "obj_erasure_51": "Objet : demande d'effacement de données personnelles (article 17 du "
                          "RGPD et article 51 de la loi Informatique et Libertés)",
        "obj_cnil_complaint": "Objet : plainte contre {controller} (demande d'effacement du "
                              "{date})",
        "obj_preservation": "Objet : demande de conservation des contenus et des données "
                            "d'identification des comptes",
        # addressees
        "to_notice_team": "Service de traitement des signalements de contenus illicites",
        "to_legal_team": "Service juridique",
        "to_search": "Service de retrait des résultats de recherche",
        "to_privacy": "Service chargé de la protection des données personnelles",
        "cnil_name": "Commission nationale de l'informatique et des libertés (CNIL)",
        "salutation": "Madame, Monsieur,",
        "closing": "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                   "distinguées.",
        "anonymous": "Notification anonyme (contenus d'abus sexuels sur mineurs)",
        "sending_registered": "Lettre recommandée avec demande d'avis de réception",
        # who writes
        "writer_self": "Je soussigné(e) {name}",
        "writer_rep": "Je soussigné(e) {name}, agissant en qualité de {role} de {victim}",
        "writer_anonymous": "La présente notification",
        # shared sections
        "h_urls": "Adresses exactes des contenus (URL)",
        "h_places": "Emplacement exact des contenus",
        "places_intro": "Les contenus sans adresse web (message dans un groupe, story, message "
                        "privé) sont désignés par l'application, le groupe ou la conversation, "
                        "le compte et la date à laquelle ils ont été vus.",
        "place_conversation": "groupe ou conversation «\u00a0{name}\u00a0»",
        "place_account": "compte «\u00a0{account}\u00a0»",
        "place_seen": "vu le {when}",
        "place_reported": "signalé dans l'application le {date}",
        "rel_daughter": "ma fille {name}",
        "rel_son": "mon fils {name}",
        "rel_child": "l'enfant {name}",
        "h_results": "Résultats de recherche à retirer (adresses exactes)",
        "h_reasons": "Pourquoi ces contenus sont illicites",
        "reasons_intro": "Ces contenus ont été rendus accessibles sans le consentement de la "
                         "personne représentée. En droit français, ils relèvent des infractions "
                         "suivantes :",
        "reasons_intro_extra": "Leur diffusion relève en outre, en droit français, des "
                               "infractions suivantes :",
        "offence_line": "article {article} du {code} : {title}",
        "code_penal": "Code pénal",
        "code_procedure_penale": "Code de procédure pénale",
        "h_requests": "Demandes",
        # platform notice (DSA art. 16)
        "notice_open": "{writer}, vous notifie, en application de l'article 16 du règlement "
                       "(UE) 2022/2065 sur les services numériques (DSA), la présence sur "
                       "votre service {platform} des contenus illicites dont l'emplacement "
                       "exact figure ci-dessous, concernant {subject}, et vous demande de "
                       "les retirer ou d'en rendre l'accès impossible.",
        "notice_open_anonymous": "La présente notification vous signale, en application de "
                                 "l'article 16 du règlement (UE) 2022/2065 sur les services "
                                 "numériques (DSA), la présence sur votre service {platform} "
                                 "des contenus illicites dont l'emplacement exact figure "
                                 "ci-dessous, et vous demande de les retirer ou d'en rendre "
                                 "l'accès impossible.",
        "h_notifier": "Auteur de la notification",
        "notifier_line": "Nom : {name} ; courriel : {email}",
        "csam_omitted": "Ces contenus sont des contenus d'abus sexuels sur mineurs (infractions "
                        "visées aux articles 3 à 7 de la directive 2011/93/UE). Pour de tels "
                        "contenus, l'article 16 du DSA n'exige pas le nom et l'adresse "
                        "électronique de l'auteur de la notification : ils ne sont donc pas "
                        "indiqués.",
        "csam_given": "Ces contenus sont des contenus d'abus sexuels sur mineurs (infractions "
                      "visées aux articles 3 à 7 de la directive 2011/93/UE). Le nom et "
                      "l'adresse électronique de l'auteur de la notification ne sont pas exigés "
                      "pour de tels contenus (article 16 du DSA) ; ils sont néanmoins indiqués "
                      "ci-dessus.",
        "h_good_faith": "Déclaration de bonne foi",
        "good_faith": "Je déclare de bonne foi que les informations et allégations contenues "
                      "dans la présente notification sont exactes et complètes.",
        "req_receipt": "Je vous demande d'accuser réception de cette notification sans retard.",
        "req_decision": "Je vous demande de me notifier votre décision sans retard, en indiquant "
                        "les voies de recours ouvertes contre celle-ci (article 16 du DSA).",
        "req_remove": "Je vous demande de retirer ces contenus ou d'en rendre l'accès "
                      "impossible.",
        # platform appeal (DSA art. 20)
        "appeal_open": "{writer}, vous ai notifié le {date}, en application de l'article 16 du "
                       "DSA, les contenus illicites dont l'emplacement exact figure "
                       "ci-dessous, présents sur votre service {platform}.",
        "appeal_decision": "Par une décision du {date}, vous avez refusé de les retirer ou d'en "
                           "rendre l'accès impossible.",
        "appeal_no_decision": "À ce jour, je n'ai reçu aucune décision de votre part et ces "
                              "contenus restent accessibles.",
        "appeal_form": "Je forme donc une réclamation par l'intermédiaire de votre système "
                       "interne de traitement des réclamations (article 20 du DSA).",
        "req_reverse": "Je vous demande de revenir sur votre décision et de retirer ces "
                       "contenus ou d'en rendre l'accès impossible.",
        "req_reasoned": "Je vous demande de me communiquer une décision motivée, en indiquant "
                        "la possibilité de recourir à un organe de règlement extrajudiciaire "
                        "des litiges certifié (article 21 du DSA).",
        "exh_notice": "Copie de ma notification du {date} et de l'accusé de réception éventuel",
        "exh_decision": "Décision de la plateforme du {date}",
        # delisting
        "delist_open": "{writer}, vous demande de retirer de vos résultats de recherche les "
                       "liens ci-dessous, qui renvoient à des images intimes représentant "
                       "{subject}, diffusées sans consentement.",
        "delist_fake": "Ces images sont fausses : elles montrent faussement {subject} dans un "
                       "état de nudité ou dans un acte sexuel. La personne représentée est "
                       "identifiable. Elles sont diffusées sans son consentement.",
        "delist_real": "Ces images intimes sont diffusées sans le consentement de la personne "
                       "représentée, qui est identifiable.",
        "req_delist": "Je vous demande de retirer ces liens de vos résultats de recherche et "
                      "de me confirmer ce retrait.",
        # erasure (GDPR 17, LIL 51)
        "erasure_open": "{writer}, vous demande, en application de l'article 17 du règlement "
                        "(UE) 2016/679 (RGPD), d'effacer les données à caractère personnel "
                        "concernant {subject} que vous traitez, notamment les images et "
                        "contenus indiqués ci-dessous, diffusés sans consentement.",
        "h_controller": "Responsable du traitement",
        "h_minor": "Données collectées pendant la minorité",
        "minor_51": "Ces données ont été collectées alors que la personne concernée était "
                    "mineure. L'article 51 de la loi Informatique et Libertés impose de les "
                    "effacer dans les meilleurs délais et de prendre les mesures raisonnables "
                    "pour informer de cette demande les autres responsables du traitement qui "
                    "les traitent.",
        "erasure_due": "Je vous remercie de me répondre dans le délai {of_duration} prévu par "
                       "le RGPD, soit au plus tard le {date}.",
        "erasure_due_51": "À défaut d'effacement ou de réponse dans un délai {of_duration}, "
                          "soit le {date}, je pourrai saisir la CNIL (article 51 de la loi "
                          "Informatique et Libertés).",
        "req_erase": "Je vous demande d'effacer ces données et de me confirmer par écrit cet "
                     "effacement.",
        # CNIL complaint
        "cnil_open": "{writer}, porte plainte contre {controller}, responsable du traitement, "
                     "qui n'a pas donné suite à une demande d'effacement de données "
                     "personnelles concernant {subject}.",
        "cnil_request": "Le {date}, j'ai demandé à {controller} d'effacer ces données en "
                        "application de l'article 17 du RGPD{lil}.",
        "cnil_lil": " et de l'article 51 de la loi Informatique et Libertés",
        "cnil_none": "Le délai de réponse {of_duration} a expiré le {due}, sans réponse.",
        "cnil_refused": "{controller} a refusé l'effacement. Le délai de réponse {of_duration} "
                        "expirait le {due}.",
        "cnil_minor": "Ces données ont été collectées alors que la personne concernée était "
                      "mineure. En application de l'article 51 de la loi Informatique et "
                      "Libertés, la CNIL statue sur cette plainte dans un délai {of_duration} "
                      "à compter de sa réception.",
        "req_cnil": "Je vous demande d'examiner cette plainte et d'obtenir l'effacement de ces "
                    "données.",
        "exh_request": "Copie de ma demande d'effacement du {date} et preuve de son envoi",
        "exh_refusal": "Réponse de refus du responsable du traitement",
        # preservation
        "pres_open": "{writer}, vous demande de conserver les contenus indiqués "
                     "ci-dessous, présents sur votre service {platform}, ainsi que les données "
                     "permettant d'identifier le ou les comptes qui les ont publiés (données "
                     "d'inscription, adresses IP de connexion et dates associées), afin "
                     "qu'ils puissent être communiqués à l'autorité judiciaire.",
        "pres_complaint": "Une plainte a été déposée le {date}{authority}.",
        "pres_authority": " auprès de {authority}",
        "pres_no_complaint": "Une plainte va être déposée.",
        "h_accounts": "Comptes concernés",
        "req_preserve": "Je vous demande de conserver ces contenus et ces données, même si "
                        "les contenus sont retirés ou les comptes supprimés, et de me confirmer "
                        "cette conservation.",
        "req_not_to_me": "Je ne vous demande pas de me communiquer ces données\u00a0: elles "
                         "sont destinées à l'autorité judiciaire, qui peut en exiger la "
                         "communication ({article}).",
        # notes (read before sending)
        "h_notes": "À lire avant d'envoyer (à retirer de la lettre)",
        "note_model": "Ce document est un modèle fourni à titre d'information ; ce n'est pas un "
                      "conseil juridique. Relisez-le et complétez-le.",
        "note_keep": "Gardez une copie datée de ce que vous envoyez et de chaque réponse.",
        "note_notice_form": "Envoyez cette notification par le formulaire de signalement du "
                            "service (il doit en proposer un) en y collant ce texte, ou en "
                            "pièce jointe.",
        "note_notice_next": "Si le service refuse ou ne fait rien, la réclamation interne "
                            "(article 20 du DSA) reste possible pendant au moins {duration} "
                            "après sa décision.",
        "note_flaggers": "Les signaleurs de confiance (article 22 du DSA) voient leurs "
                         "signalements traités en priorité ; en France, notamment e-Enfance "
                         "(3018) et Point de Contact.",
        "note_appeal_due": "Envoyez cette réclamation au plus tard le {date} ({duration} après "
                           "la décision du {decision}).",
        "note_appeal_late": "Plus de {duration} se sont écoulés depuis la décision du "
                            "{decision} : le service n'est peut-être plus tenu d'examiner "
                            "cette réclamation.",
        "note_appeal_no_decision": "Sans décision du service, le délai {of_duration} de "
                                   "l'article 20 ne court pas encore.",
        "note_delist_scope": "Le déréférencement retire des liens des résultats de recherche, "
                             "pas les contenus eux-mêmes : envoyez aussi une notification à "
                             "l'hébergeur.",
        "note_google_fake": "Premier choix : le formulaire dédié de Google pour les fausses "
                            "images intimes (« explicit non-consensual fake imagery ») ; "
                            "choisissez « Content contains nudity or sexual material » puis "
                            "« Content falsely portrays me in a sexual act, or in an intimate "
                            "state ». Utilisez cette lettre si le formulaire ne suffit pas.",
        "note_google_real": "Premier choix : le formulaire dédié de Google pour les images "
                            "intimes diffusées sans consentement (« Remove explicit or intimate "
                            "personal images from Google »). Utilisez cette lettre si "
                            "le formulaire ne suffit pas.",
        "note_google_csam": "Google propose un formulaire distinct pour les contenus d'abus "
                            "sexuels sur mineurs.",
        "note_bing": "Nous n'avons pas pu vérifier la procédure de Microsoft pour Bing : "
                     "cherchez d'abord un formulaire dédié sur le site de Microsoft et "
                     "utilisez cette lettre à défaut.",
        "note_other_engine": "Cherchez d'abord un formulaire dédié sur le site du moteur de "
                             "recherche et utilisez cette lettre à défaut.",
        "note_erasure_send": "Envoyez-la de façon à prouver sa date (lettre recommandée ou "
                             "courriel dont vous gardez une copie) : les délais courent à "
                             "partir de là.",
        "note_erasure_next": "Sans réponse au {date}, et sauf si le responsable vous a informé "
                             "dans ce délai d'une prolongation, vous pouvez saisir la CNIL "
                             "(cnil.fr).",
        "note_cnil_send": "Consultez cnil.fr pour savoir comment adresser votre plainte.",
        "note_cnil_21": "Si la CNIL reçoit votre plainte le {today}, elle doit statuer au plus "
                        "tard le {date} ({duration}, article 51 de la loi Informatique et "
                        "Libertés).",
        "note_pres_tell": "Indiquez aux enquêteurs que vous avez envoyé cette demande, et à "
                          "quelle date.",
        "note_pres_who": "Qui peut obtenir la conservation des données\u00a0: les hébergeurs "
                         "doivent déjà conserver les données qui permettent d'identifier les "
                         "auteurs des contenus, et les grandes plateformes garder un temps les "
                         "contenus signalés qu'elles ont retirés, pour l'autorité judiciaire "
                         "({article}). Seuls les enquêteurs, agissant pour le procureur ou un "
                         "juge, et les tribunaux peuvent exiger d'une plateforme qu'elle "
                         "conserve et leur remette ces données.",
        "note_pres_private": "Ce que cette lettre peut faire\u00a0: signaler à la plateforme les "
                             "comptes et adresses précis et la plainte, pour que les données "
                             "soient encore là quand les enquêteurs les demanderont. Ce qu'elle "
                             "ne peut pas faire\u00a0: obliger la plateforme à quoi que ce soit, "
                             "ni vous faire obtenir les données. L'essentiel est votre plainte, "
                             "qui demande aux enquêteurs d'identifier les titulaires des comptes "
                             "et de faire conserver leurs données\u00a0: envoyez cette lettre "
                             "après l'avoir déposée, ou en même temps, avec sa date.",
        "note_source": "Délai : {rule} ; source : {source}",
    },
    "en": {
        "title_platform_notice": "Notice of illegal content (article 16 of Regulation (EU) "
                                 "2022/2065, Digital Services Act)",
        "title_platform_appeal": "Internal complaint (article 20 of Regulation (EU) 2022/2065, "
                                 "Digital Services Act)",
        "title_delisting": "Request to remove search results (delisting)",
        "title_erasure": "Request for erasure of personal data (article 17 GDPR)",
        "title_cnil_complaint": "Complaint to the CNIL",
        "title_preservation": "Request to preserve content and data",
        "obj_platform_notice": "Subject: notice of illegal content (article 16 DSA) and "
                               "request for removal",
        "obj_platform_appeal": "Subject: internal complaint (article 20 DSA) about my notice "
                               "of {date}",
        "obj_delisting": "Subject: request to delist intimate images shared without consent",
        "obj_erasure": "Subject: request for erasure of personal data (article 17 GDPR)",
        "obj_erasure_51": "Subject: request for erasure of personal data (article 17 GDPR and "
                          "article 51 of the French Loi Informatique et Libertés)",
        "obj_cnil_complaint": "Subject: complaint against {controller} (erasure request of "
                              "{date})",
        "obj_preservation": "Subject: request to preserve content and the accounts' "
                            "identifying data",
        "to_notice_team": "Illegal content notice team",
        "to_legal_team": "Legal department",
        "to_search": "Search results removals team",
        "to_privacy": "Data protection team",
        "cnil_name": "Commission nationale de l'informatique et des libertés (CNIL)",
        "salutation": "Dear Sir or Madam,",
        "closing": "Yours faithfully,",
        "anonymous": "Anonymous notice (child sexual abuse material)",
        "sending_registered": "Registered letter with acknowledgement of receipt",
        "writer_self": "I, the undersigned {name},",
        "writer_rep": "I, the undersigned {name}, acting as {role} of {victim},",
        "writer_anonymous": "This notice",
        "h_urls": "Exact location of the content (URLs)",
        "h_places": "Exact location of the content",
        "places_intro": "Content with no web address (a message in a group, a story, a direct "
                        "message) is identified by the app, the group or conversation, the "
                        "account and when it was seen.",
        "place_conversation": "group or conversation “{name}”",
        "place_account": "account “{account}”",
        "place_seen": "seen on {when}",
        "place_reported": "reported in the app on {date}",
        "rel_daughter": "my daughter {name}",
        "rel_son": "my son {name}",
        "rel_child": "the child {name}",
        "h_results": "Search results to remove (exact addresses)",
        "h_reasons": "Why this content is illegal",
        "reasons_intro": "This content was made available without the consent of the person "
                         "shown. Under French law, it falls under the following offences:",
        "reasons_intro_extra": "Under French law, sharing it also falls under the following "
                               "offences:",
        "offence_line": "article {article} of the {code}: {title}",
        "code_penal": "French Criminal Code (Code pénal)",
        "code_procedure_penale": "French Code of Criminal Procedure (Code de procédure pénale)",
        "h_requests": "Requests",
        "notice_open": "{writer} hereby notify you, under article 16 of Regulation (EU) "
                       "2022/2065 (Digital Services Act, DSA), of illegal content concerning "
                       "{subject} on your service {platform}, at the exact location given "
                       "below, and ask you to remove it or disable access to it.",
        "notice_open_anonymous": "This notice informs you, under article 16 of Regulation (EU) "
                                 "2022/2065 (Digital Services Act, DSA), of illegal content on "
                                 "your service {platform}, at the exact location given below, "
                                 "and asks you to remove it or disable access to it.",
        "h_notifier": "Notifier",
        "notifier_line": "Name: {name}; e-mail: {email}",
        "csam_omitted": "This content is child sexual abuse material (offences referred to in "
                        "articles 3 to 7 of Directive 2011/93/EU). For such content, article "
                        "16 DSA does not require the notifier's name and e-mail address: they "
                        "are therefore not given.",
        "csam_given": "This content is child sexual abuse material (offences referred to in "
                      "articles 3 to 7 of Directive 2011/93/EU). The notifier's name and e-mail "
                      "address are not required for such content (article 16 DSA); they are "
                      "nevertheless given above.",
        "h_good_faith": "Statement of good faith",
        "good_faith": "I declare in good faith that the information and allegations contained "
                      "in this notice are accurate and complete.",
        "req_receipt": "Please confirm receipt of this notice without undue delay.",
        "req_decision": "Please notify me of your decision without undue delay, with the "
                        "possibilities for redress against it (article 16 DSA).",
        "req_remove": "Please remove this content or disable access to it.",
        "appeal_open": "{writer} notified you on {date}, under article 16 DSA, of the illegal "
                       "content on your service {platform} at the exact location given "
                       "below.",
        "appeal_decision": "By a decision of {date}, you refused to remove it or to disable "
                           "access to it.",
        "appeal_no_decision": "To date I have received no decision from you, and the content "
                              "is still accessible.",
        "appeal_form": "I therefore lodge a complaint through your internal complaint-handling "
                       "system (article 20 DSA).",
        "req_reverse": "Please reverse your decision and remove this content or disable access "
                       "to it.",
        "req_reasoned": "Please send me a reasoned decision and inform me of the possibility "
                        "of using a certified out-of-court dispute settlement body (article 21 "
                        "DSA).",
        "exh_notice": "Copy of my notice of {date} and any acknowledgement of receipt",
        "exh_decision": "The platform's decision of {date}",
        "delist_open": "{writer} ask you to remove from your search results the links below, "
                       "which lead to intimate images of {subject} shared without consent.",
        "delist_fake": "These images are fake: they falsely show {subject} nude or in a sexual "
                       "act. The person shown is identifiable. They are shared without their "
                       "consent.",
        "delist_real": "These intimate images are shared without the consent of the person "
                       "shown, who is identifiable.",
        "req_delist": "Please remove these links from your search results and confirm the "
                      "removal to me.",
        "erasure_open": "{writer} ask you, under article 17 of Regulation (EU) 2016/679 "
                        "(GDPR), to erase the personal data concerning {subject} that you "
                        "process, in particular the images and content listed below, shared "
                        "without consent.",
        "h_controller": "Controller",
        "h_minor": "Data collected during childhood",
        "minor_51": "This data was collected while the person concerned was a minor. Article "
                    "51 of the French Loi Informatique et Libertés requires it to be erased as "
                    "soon as possible, and reasonable steps to be taken to inform the other "
                    "controllers processing it of this request.",
        "erasure_due": "Please answer within the {duration} provided for by the GDPR, that is "
                       "by {date} at the latest.",
        "erasure_due_51": "If the data is not erased or I receive no answer within {duration}, "
                          "that is by {date}, I may refer the matter to the CNIL (article 51 "
                          "of the Loi Informatique et Libertés).",
        "req_erase": "Please erase this data and confirm the erasure to me in writing.",
        "cnil_open": "{writer} lodge a complaint against {controller}, the controller, which "
                     "has not acted on a request to erase personal data concerning {subject}.",
        "cnil_request": "On {date}, I asked {controller} to erase this data under article 17 "
                        "GDPR{lil}.",
        "cnil_lil": " and article 51 of the Loi Informatique et Libertés",
        "cnil_none": "The {duration} time to answer expired on {due}, without an answer.",
        "cnil_refused": "{controller} refused the erasure. The {duration} time to answer "
                        "expired on {due}.",
        "cnil_minor": "This data was collected while the person concerned was a minor. Under "
                      "article 51 of the Loi Informatique et Libertés, the CNIL decides on "
                      "this complaint within {duration} of receiving it.",
        "req_cnil": "Please examine this complaint and obtain the erasure of this data.",
        "exh_request": "Copy of my erasure request of {date} and proof of sending",
        "exh_refusal": "The controller's refusal",
        "pres_open": "{writer} ask you to preserve the content listed below, on your "
                     "service {platform}, and the data identifying the account or accounts "
                     "that posted it (registration data, connection IP addresses and their "
                     "dates), so that they can be provided to the judicial authority.",
        "pres_complaint": "A criminal complaint was filed on {date}{authority}.",
        "pres_authority": " with {authority}",
        "pres_no_complaint": "A criminal complaint is about to be filed.",
        "h_accounts": "Accounts concerned",
        "req_preserve": "Please preserve this content and data, even if the content is removed "
                        "or the accounts deleted, and confirm that you have done so.",
        "req_not_to_me": "I am not asking you to send me these data: they are for the judicial "
                         "authority, which can require them to be handed over ({article}).",
        "h_notes": "Read before sending (remove from the letter)",
        "note_model": "This document is a model provided for information; it is not legal "
                      "advice. Read it and complete it.",
        "note_keep": "Keep a dated copy of what you send and of every answer.",
        "note_notice_form": "Send this notice through the service's reporting form (it must "
                            "offer one), pasting this text or attaching it.",
        "note_notice_next": "If the service refuses or does nothing, the internal complaint "
                            "(article 20 DSA) remains available for at least {duration} after "
                            "its decision.",
        "note_flaggers": "Trusted flaggers (article 22 DSA) have their notices handled with "
                         "priority; in France, among others, e-Enfance (3018) and Point de "
                         "Contact.",
        "note_appeal_due": "Send this complaint by {date} at the latest ({duration} after the "
                           "decision of {decision}).",
        "note_appeal_late": "More than {duration} have passed since the decision of "
                            "{decision}: the service may no longer be required to examine "
                            "this complaint.",
        "note_appeal_no_decision": "Without a decision from the service, the {duration} period "
                                   "of article 20 has not started yet.",
        "note_delist_scope": "Delisting removes links from search results, not the content "
                             "itself: also send a notice to the host.",
        "note_google_fake": "First choice: Google's dedicated form for fake intimate images "
                            "(\"explicit non-consensual fake imagery\"); choose \"Content "
                            "contains nudity or sexual material\", then \"Content falsely "
                            "portrays me in a sexual act, or in an intimate state\". Use this "
                            "letter if the form is not enough.",
        "note_google_real": "First choice: Google's dedicated form for intimate images shared "
                            "without consent (\"Remove explicit or intimate personal images "
                            "from Google\"). Use this letter if the form is not enough.",
        "note_google_csam": "Google has a separate form for child sexual abuse material.",
        "note_bing": "We could not verify Microsoft's procedure for Bing: first look for a "
                     "dedicated form on Microsoft's site, and use this letter otherwise.",
        "note_other_engine": "First look for a dedicated form on the search engine's site, and "
                             "use this letter otherwise.",
        "note_erasure_send": "Send it in a way that proves its date (registered letter, or an "
                             "e-mail you keep a copy of): the time limits run from then.",
        "note_erasure_next": "With no answer by {date}, unless the controller told you of an "
                             "extension within that time, you can complain to the CNIL "
                             "(cnil.fr).",
        "note_cnil_send": "See cnil.fr for how to send your complaint.",
        "note_cnil_21": "If the CNIL receives your complaint on {today}, it must decide by "
                        "{date} at the latest ({duration}, article 51 of the Loi Informatique "
                        "et Libertés).",
        "note_pres_tell": "Tell the investigators that you sent this request, and when.",
        "note_pres_who": "Who can obtain the preservation of data: hosts must already keep the "
                         "data that identify who posted content, and large platforms must keep "
                         "for a time the reported content they removed, for the judicial "
                         "authority ({article}). Only investigators, acting for the prosecutor "
                         "or a judge, and the courts can require a platform to keep these data "
                         "and hand them over.",
        "note_pres_private": "What this letter can do: point the platform to the precise "
                             "accounts and addresses and to the complaint, so that the data are "
                             "still there when the investigators ask for them. What it cannot "
                             "do: oblige the platform to anything, or get you the data. What "
                             "matters is your complaint, which asks the investigators to "
                             "identify the account holders and have their data preserved: send "
                             "this letter after filing it, or at the same time, with its date.",
        "note_source": "Time limit: {rule}; source: {source}",
    },
}

for _lang, _texts in W_US.items():  # the request under the US TAKE IT DOWN Act
    if set(_texts) & set(W[_lang]):
        raise ValueError(f"us_wording.py repeats keys of wording.py: {set(_texts) & set(W[_lang])}")
    W[_lang].update(_texts)

_UNITS = {
    "fr": {"months": ("mois", "mois"), "weeks": ("semaine", "semaines"),
           "days": ("jour", "jours"), "hours": ("heure", "heures")},
    "en": {"months": ("month", "months"), "weeks": ("week", "weeks"), "days": ("day", "days"),
           "hours": ("hour", "hours")},
}
_NUMBERS = {"fr": {1: "un", 2: "deux", 3: "trois", 6: "six"},
            "en": {1: "one", 2: "two", 3: "three", 6: "six"}}


def t(lang: str, key: str, **values: str) -> str:
    """The sentence `key` in `lang`, filled in."""
    return W[lang][key].format(**values)


def duration(amount: int, unit: str, lang: str) -> str:
    """"un mois", "trois semaines", "six months": the number in words, as letters write it."""
    word = _UNITS[lang][unit][0 if amount == 1 else 1]
    return f"{_NUMBERS[lang].get(amount, str(amount))} {word}"


def of_duration(amount: int, unit: str, lang: str) -> str:
    """French elides: "d'un mois", "de six mois" (English: "of one month")."""
    text = duration(amount, unit, lang)
    if lang == "fr":
        return f"d'{text}" if text[0] in "aeiouy" else f"de {text}"
    return f"of {text}"


__all__ = ["W", "duration", "long_date", "of_duration", "t"]
