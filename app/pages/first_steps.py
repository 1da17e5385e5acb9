"""The "If this is happening to you" block of the offence pages: what to do first, before the law.

Keep evidence, report (and who can report for you), file a complaint, with the site's tools linked.
Whether the justice system needs the victim's complaint comes from the law data (226-6), so the
block never says it by hand. A page may put situation-specific steps first (`before`), and pages
about images of minors use the minors' steps: do not keep the image, call the 3018 first.
"""

from __future__ import annotations

from markupsafe import Markup

from app.law.schema import Rule
from app.pages.tools import tool_anchor

NB = "\u00a0"

STEPS = {
    "fr": {
        "evidence": (
            "<strong>Gardez des preuves.</strong> Faites des captures d'écran où l'on voit "
            "l'adresse de la page, le nom du compte, la date et l'heure. Ne contactez pas la "
            "personne qui a fait cela. <a href=\"{evidence}\">Garder des preuves, pas à pas</a>"),
        "evidence_minor": (
            "<strong>Ne transférez pas l'image, ne la téléchargez pas et n'en faites pas de "
            "capture</strong>, même pour la signaler. Notez plutôt l'adresse de la page, le nom "
            "du compte, la date et l'heure, et décrivez ce que vous avez vu. La loi punit le "
            "fait de garder ou de faire circuler une image sexuelle de mineur. La personne "
            f"mineure que montre l'image est la victime{NB}: cette loi est là pour la protéger. "
            "<a href=\"{evidence}#mineurs\">Garder des preuves sans garder l'image</a>"),
        "report": (
            "<strong>Signalez le contenu ou le compte</strong> à la plateforme. D'autres peuvent "
            f"le faire pour vous{NB}: le {{s3018}} pour les jeunes, {{pointdecontact}} pour tout "
            "le monde. Les plateformes doivent traiter en priorité les signalements de ces "
            f"«{NB}signaleurs de confiance{NB}». {{action}}"),
        "report_minor": (
            f"<strong>Appelez d'abord le</strong> {{s3018}}{NB}: c'est gratuit et anonyme. "
            f"C'est un signaleur de confiance{NB}: les plateformes traitent ses signalements en "
            "priorité, ce qui permet souvent un retrait rapide. Vous pouvez aussi signaler "
            "l'adresse de la page à {pointdecontact}. {action}"),
        "complaint": (
            "<strong>Portez plainte</strong> au commissariat, à la gendarmerie ou par lettre au "
            "procureur de la République. {required} {complaint}"),
        "complaint_minor": (
            "<strong>Parlez-en à un adulte de confiance</strong> et, si possible, portez plainte "
            "avec un parent. {required} {complaint}"),
        "required": "Pour cette infraction, la justice ne peut agir que si vous portez plainte.",
        "not_required": ("La justice peut agir sans plainte, mais votre plainte est le moyen le "
                         "plus sûr que l'affaire soit examinée."),
        "dont_pay": (
            "<strong>Ne payez pas, arrêtez de répondre et ne supprimez rien.</strong> Payer "
            "entraîne le plus souvent de nouvelles demandes. La conversation servira de preuve. "
            f"<a href=\"{{sextortion}}\">Sextorsion{NB}: que faire</a>"),
        "dont_send": (
            "<strong>N'envoyez rien, arrêtez de répondre et ne supprimez pas la "
            f"conversation.</strong> Faites des captures des messages et du "
            f"profil{NB}: nom, pseudo, lien."),
        "school": (
            f"<strong>Prévenez l'établissement</strong>{NB}: le chef d'établissement, le ou la "
            "CPE ou un autre adulte de confiance. L'établissement peut agir même pour ce qui se "
            "passe en ligne, en dehors des cours."),
        "on_the_spot": (
            "<strong>Sur le moment, alertez.</strong> Dans les transports ou un magasin, prévenez "
            "le personnel ou appelez le {s17}. Notez l'heure, le lieu et, si possible, les "
            "témoins."),
        "safety": (
            "<strong>Mettez-vous en sécurité.</strong> Si votre adresse circule et que vous "
            "craignez qu'on vienne chez vous, appelez le {s17} ou le {s112}."),
        "footer": (f"Ce n'est pas votre faute. Pour savoir ce que dit la loi dans votre "
                   f"cas{NB}: {{qualify}}."),
        "danger": f"En danger immédiat{NB}: {{s17}} ou {{s112}}.",
    },
    "en": {
        "evidence": (
            "<strong>Keep evidence.</strong> Take screenshots that show the page address, the "
            "account name, the date and the time. Do not contact the person who did this. "
            "<a href=\"{evidence}\">Keeping evidence, step by step</a>"),
        "evidence_minor": (
            "<strong>Do not forward, download or screenshot the image</strong>, not even to "
            "report it. Note the page address, the account name, the date and the time instead, "
            "and describe what you saw. The law punishes keeping or passing on a sexual image of "
            "a minor. The young person shown is the victim: this law is there to protect them. "
            "<a href=\"{evidence}#minors\">Keeping evidence without keeping the image</a>"),
        "report": (
            "<strong>Report the content or the account</strong> to the platform. Others can do "
            "it for you: {s3018} for young people, {pointdecontact} for everyone. Platforms must "
            "handle reports from these \u201ctrusted flaggers\u201d first. {action}"),
        "report_minor": (
            "<strong>Call</strong> {s3018} <strong>first</strong>: it is free and anonymous. It "
            "is a trusted flagger: platforms handle its reports first, which often means fast "
            "removal. You can also report the page address to {pointdecontact}. {action}"),
        "complaint": (
            "<strong>File a complaint</strong> at a police station or a gendarmerie, or by "
            "letter to the public prosecutor. {required} {complaint}"),
        "complaint_minor": (
            "<strong>Tell an adult you trust</strong> and, if you can, file a complaint with a "
            "parent. {required} {complaint}"),
        "required": "For this offence, the justice system can act only if you file a complaint.",
        "not_required": ("The justice system can act without one, but your complaint is the "
                         "surest way to have the case looked into."),
        "dont_pay": (
            "<strong>Do not pay, stop replying and delete nothing.</strong> Paying usually leads "
            "to new demands. The conversation will be evidence. "
            "<a href=\"{sextortion}\">Sextortion: what to do</a>"),
        "dont_send": (
            "<strong>Send nothing, stop replying and do not delete the conversation.</strong> "
            "Screenshot the messages and the profile: name, username, link."),
        "school": (
            "<strong>Tell the school</strong>: the head, the senior education adviser (CPE) or "
            "another adult you trust. The school can act even on what happens online, outside "
            "lessons."),
        "on_the_spot": (
            "<strong>Raise the alarm at the time.</strong> On public transport or in a shop, tell "
            "the staff or call {s17}. Note the time, the place and, if you can, any witnesses."),
        "safety": (
            "<strong>Get safe first.</strong> If your address is being shared and you fear "
            "someone may come to your home, call {s17} or {s112}."),
        "footer": "It is not your fault. To find out what the law says in your case: {qualify}.",
        "danger": "In immediate danger: {s17} or {s112}.",
    },
}
EXTRA_STEPS = ("dont_pay", "dont_send", "school", "on_the_spot", "safety")
# Marks the end of the block, so the page template can put the table of contents after it.
END = "<!--/first-steps-->"


def _own(text: str) -> Markup:
    """This module's own wording (the constants above), never text from elsewhere."""
    return Markup(text)  # noqa: S704 - constant wording written in this module


def _links(fn) -> dict[str, Markup]:
    return {
        "evidence": fn.page("evidence"), "sextortion": fn.page("sextortion"),
        "s3018": fn.service("3018"), "pointdecontact": fn.service("pointdecontact"),
        "s17": fn.service("17"), "s112": fn.service("112"),
        "action": tool_anchor("action", fn.lang), "complaint": tool_anchor("complaint", fn.lang),
        "qualify": tool_anchor("qualify", fn.lang),
    }


def first_steps_block(fn, rule: Rule, before: tuple[str, ...], minor: bool) -> Markup:
    """An ordered list of first steps for this offence, then the footer (not your fault, the
    guided questions, urgent numbers unless a step already gives them)."""
    words = STEPS[fn.lang]
    unknown = [step for step in before if step not in EXTRA_STEPS]
    if unknown:
        raise ValueError(f"first_steps: unknown step(s) {unknown}; known: {EXTRA_STEPS}")
    links = _links(fn)
    links["required"] = _own(words["required" if rule.complaint_required else "not_required"])
    # Minors: the 3018 first (free, anonymous, fast removal), then do not forward the image.
    keys = ([*before, "report_minor", "evidence_minor", "complaint_minor"] if minor
            else [*before, "evidence", "report", "complaint"])
    items = Markup("").join(Markup("<li>{}</li>").format(_own(words[key]).format(**links))
                            for key in keys)
    footer = _own(words["footer"]).format(**links)
    if "safety" not in before:
        footer += Markup(" ") + _own(words["danger"]).format(**links)
    return Markup('<div class="first-steps"><ol>{}</ol><p>{}</p></div>{}').format(
        items, footer, _own(END))
