"""Block content functions: penalty lists, article quotations, version histories, the comparison
table. Each returns HTML built only from the law data, escaped, ready to stand in Markdown."""

from __future__ import annotations

from markupsafe import Markup, escape

from app.formats import article_name, long_date, penalty_text
from app.law.schema import Rule, Version


def _p(fn, penalty) -> str:
    return penalty_text(penalty.prison_years, penalty.fine_eur, fn.lang)


def penalty_rows(fn, version: Version) -> list[tuple[str, str]]:
    """(label, penalty) rows of a version, in the order of the article. Each circumstance of the
    law data has its own label (a law-data test checks it), so no two rows read the same."""
    rows: list[tuple[str, str]] = []
    if version.conducts:
        rows += [(c.label[fn.lang], _p(fn, c.penalty)) for c in version.conducts]
    elif version.penalty:
        rows.append((fn.t("base"), _p(fn, version.penalty)))
    rows += [(a.label[fn.lang], _p(fn, a.penalty)) for a in version.aggravations]
    rows += [(fn.t("two_or_more").format(n=t.count), _p(fn, t.penalty))
             for t in version.counted if t.count >= 2]
    return rows


def version_start(fn, version: Version) -> str:
    """How the start of a version reads: "Version in force since …" only when the data holds the
    day it came into force; otherwise a checked text's date or the date the data holds it from,
    said as such (app/law/schema.py START_BASES)."""
    day = long_date(version.start, fn.lang)
    if version.in_force_since is None:
        return fn.t(version.start_basis).format(d=day)
    return fn.t("in_force_since").format(d=day) + ("" if version.start_exact else fn.t("to_check"))


def _penalty_items(fn, version: Version) -> list[Markup]:
    colon = "\u00a0:" if fn.lang == "fr" else ":"
    return [Markup("<li>{}{} {}</li>").format(label, colon, penalty)
            for label, penalty in penalty_rows(fn, version)]


def penalties_block(fn, rule: Rule) -> Markup:
    version = rule.version_at(fn.on) or rule.current
    items = Markup("").join(_penalty_items(fn, version))
    return Markup('<div class="penalties"><ul>{}</ul><p class="note">{}</p></div>').format(
        items, fn.t("max_note"))


def _source_line(fn, rule: Rule, version: Version) -> Markup:
    """One grade per statement: when a version carries its own grade (its date or amending law is
    less certain than the quoted text, as for 312-10 al. 3), that grade stands beside the date and
    the article's grade beside the source of the text."""
    start = version_start(fn, version)
    grade = rule.grade
    if version.grade and version.grade != rule.grade:
        start = fn.t("date_grade").format(start=start, grade=version.grade)
    return Markup('<p class="source">{} · {}{} <a href="{}" hreflang="fr" rel="external">'
                  "Légifrance{}</a> · {} {} · {} {}</p>").format(
        start, fn.t("source"),
        "\u00a0:" if fn.lang == "fr" else ":", rule.url,
        f" ({rule.legifrance_id})" if rule.legifrance_id else "", fn.t("grade"), grade,
        fn.t("checked"), long_date(rule.checked_on, fn.lang))


def quote_block(fn, rule: Rule) -> Markup:
    version = rule.version_at(fn.on) or rule.current
    text = version.text.get("fr") if version.text else None
    name = article_name(rule.article, rule.code, fn.lang)
    if text:
        paragraphs = Markup("").join(Markup("<p>{}</p>").format(line.strip())
                                     for line in text.strip().split("\n") if line.strip())
        body = Markup('<blockquote lang="fr" cite="{}">{}</blockquote>').format(rule.url,
                                                                                 paragraphs)
    else:
        body = Markup("<p>{}</p>").format(fn.t("no_text"))
    uncertain = version.uncertain or rule.uncertain
    note = Markup("")
    if uncertain:
        note = Markup('<p class="uncertain"><strong>{}{}</strong> {}</p>').format(
            fn.t("uncertain"), "\u00a0:" if fn.lang == "fr" else ":", uncertain[fn.lang])
    return Markup('<figure class="law-quote"><figcaption>{} — {}</figcaption>{}{}{}</figure>'
                  ).format(fn.t("official_text"), name, body, _source_line(fn, rule, version),
                           note)


def _history_when(fn, version: Version) -> str:
    end = long_date(version.end, fn.lang) if version.end else None
    if version.in_force_since is None:
        return version_start(fn, version) + (f", {fn.t('until')} {end}" if end else "")
    start = long_date(version.start, fn.lang)
    check = "" if version.start_exact else fn.t("to_check")
    if end:
        return f"{fn.t('from')} {start}{check} {fn.t('to')} {end}"
    return f"{fn.t('onwards').capitalize()} {start}{check}"


def history_block(fn, rule: Rule) -> Markup:
    rows = []
    for version in rule.versions:
        when = _history_when(fn, version)
        items = Markup("").join(_penalty_items(fn, version))
        by = version.enacted_by.get(fn.lang, "") if version.enacted_by else ""
        rows.append(Markup("<li><strong>{}</strong>{}<ul>{}</ul></li>").format(
            when, f" — {by}" if by else "", items))
    return Markup('<ol class="history">{}</ol>').format(Markup("").join(rows))


HEAD = {
    "fr": ("Article", "Infraction", "Peine de base", "Peine maximale aggravée", "Version actuelle",
           "Plainte de la victime nécessaire"),
    "en": ("Article", "Offence", "Basic penalty", "Highest aggravated penalty", "Current version",
           "Victim's complaint required"),
}
# The "current version" cell: "in force since" only for a day of coming into force.
TABLE_START = {
    "in_force": {"fr": "en vigueur depuis le {d}", "en": "in force since {d}"},
    "text_checked": {"fr": "texte tel que vérifié au {d} (entrée en vigueur\u00a0: date inconnue)",
                     "en": "text as checked on {d} (date of coming into force unknown)"},
    "held_from": {"fr": "retenue à partir du {d} (entrée en vigueur\u00a0: date inconnue)",
                  "en": "held from {d} (date of coming into force unknown)"},
}
YES_NO = {"fr": ("oui", "non"), "en": ("yes", "no")}


def _table_start(fn, version: Version) -> str:
    text = TABLE_START[version.start_basis][fn.lang].format(d=long_date(version.start, fn.lang))
    if version.in_force_since is not None and not version.start_exact:
        text += fn.t("to_check")
    return text


def offences_table(fn, rules: list[Rule]) -> Markup:
    rows = []
    for rule in rules:
        if rule.kind != "offence":
            continue
        version = rule.version_at(fn.on)
        if version is None:
            continue
        penalties = [a.penalty for a in version.aggravations] + [t.penalty for t in version.counted]
        base = version.penalty or (version.conducts[0].penalty if version.conducts else None)
        top = max(penalties, default=None)
        rows.append(Markup(
            '<tr><th scope="row"><a href="{}" hreflang="fr" rel="external">{}</a></th>'
            "<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>").format(
            rule.url, rule.article, rule.title[fn.lang], _p(fn, base) if base else "—",
            _p(fn, top) if top else "—", _table_start(fn, version),
            YES_NO[fn.lang][0 if rule.complaint_required else 1]))
    head = Markup("").join(Markup('<th scope="col">{}</th>').format(h) for h in HEAD[fn.lang])
    caption = escape(fn.t("max_note"))
    # render.wrap_tables puts every table in its own scrollable region.
    return Markup("<table><caption>{}</caption><thead><tr>{}</tr></thead><tbody>{}</tbody></table>"
                  ).format(caption, head, Markup("").join(rows))


CHECKS_HEAD = {
    "fr": ("Article", "Version en vigueur (identifiant Légifrance)", "Dernière vérification",
           "Fiabilité"),
    "en": ("Article", "Version in force (Légifrance identifier)", "Last checked", "Reliability"),
}
CHECKS_TEXT = {
    "unknown_id": {"fr": "identifiant non connu", "en": "identifier not known"},
    "derived": {"fr": "identifiant déduit d'une adresse, non vérifié sur Légifrance",
                "en": "identifier derived from an address, not checked on Légifrance"},
    "caption": {"fr": "Date de la dernière vérification de chaque article repris sur le site",
                "en": "When each article used on this site was last checked"},
}


def checks_table(fn, rules: list[Rule]) -> Markup:
    """Per article: the version held for the facts date, its Légifrance id (or that none is
    known), the day the article was last checked and its reliability grade."""
    rows = []
    for rule in rules:
        version = rule.version_at(fn.on) or rule.current
        name = article_name(rule.article, rule.code, fn.lang)
        if version.legifrance_id:
            ident = Markup("<code>{}</code>").format(version.legifrance_id)
            if version.legifrance_id_derived:
                ident += Markup(" ({})").format(CHECKS_TEXT["derived"][fn.lang])
        else:
            ident = escape(CHECKS_TEXT["unknown_id"][fn.lang])
        rows.append(Markup(
            '<tr><th scope="row"><a href="{}" hreflang="fr" rel="external">{}</a></th>'
            "<td>{} · {}</td><td>{}</td><td>{}</td></tr>").format(
            rule.url, name, _table_start(fn, version), ident,
            long_date(rule.checked_on, fn.lang), version.grade or rule.grade))
    head = Markup("").join(Markup('<th scope="col">{}</th>').format(h)
                           for h in CHECKS_HEAD[fn.lang])
    return Markup("<table><caption>{}</caption><thead><tr>{}</tr></thead><tbody>{}</tbody>"
                  "</table>").format(CHECKS_TEXT["caption"][fn.lang], head,
                                     Markup("").join(rows))
