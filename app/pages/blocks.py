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


def _grades(rule: Rule, version: Version) -> tuple[str, str | None]:
    """The grade of the version's dating and that of its quoted words (None: nothing quoted)."""
    text_grade = (version.text_grade or rule.grade) if version.text.get("fr") else None
    return version.grade or rule.grade, text_grade


def _source_line(fn, rule: Rule, version: Version, when: str | None = None,
                 url: str | None = None) -> Markup:
    """Dates, source, grade and check date of a quoted version. One grade per statement: when
    the dating (start, end, amending text) is less sure than the quoted words, or the reverse
    (312-10's third paragraph: dated by one secondary source, worded as in the official export),
    each says its own grade; otherwise one grade covers both."""
    start = when or version_start(fn, version)
    date_grade, text_grade = _grades(rule, version)
    grade = Markup("{} {}").format(fn.t("grade"), date_grade)
    if text_grade is not None and text_grade != date_grade:
        start = fn.t("date_grade").format(start=start, grade=date_grade)
        grade = fn.t("text_grade").format(grade=text_grade)
    ident = version.legifrance_id if url else rule.legifrance_id
    return Markup('<p class="source">{} · {}{} <a href="{}" hreflang="fr" rel="external">'
                  "Légifrance{}</a> · {} · {} {}</p>").format(
        start, fn.t("source"), "\u00a0:" if fn.lang == "fr" else ":", url or rule.url,
        f" ({ident})" if ident else "", grade, fn.t("checked"),
        long_date(rule.checked_on, fn.lang))


def _notes(fn, *notes) -> Markup:
    shown = []
    for note in notes:
        if note and note[fn.lang] not in shown:
            shown.append(note[fn.lang])
    return Markup("").join(
        Markup('<p class="uncertain"><strong>{}{}</strong> {}</p>').format(
            fn.t("uncertain"), "\u00a0:" if fn.lang == "fr" else ":", note) for note in shown)


def _quotation(rule: Rule, version: Version) -> Markup:
    paragraphs = Markup("").join(Markup("<p>{}</p>").format(line.strip())
                                 for line in version.text["fr"].strip().split("\n")
                                 if line.strip())
    return Markup('<blockquote lang="fr" cite="{}">{}</blockquote>').format(rule.url, paragraphs)


def quote_block(fn, rule: Rule) -> Markup:
    version = rule.version_at(fn.on) or rule.current
    name = article_name(rule.article, rule.code, fn.lang)
    if version.text.get("fr"):
        body = _quotation(rule, version)
    else:
        body = Markup("<p>{}</p>").format(fn.t("no_text"))
    # The version's own note first (its date, its wording), then what holds for the article.
    note = _notes(fn, version.uncertain, rule.uncertain)
    return Markup('<figure class="law-quote"><figcaption>{} — {}</figcaption>{}{}{}</figure>'
                  ).format(fn.t("official_text"), name, body, _source_line(fn, rule, version),
                           note)


def version_url(rule: Rule, version: Version) -> str:
    """Légifrance's page for this very version when its identifier is known, else the
    article's."""
    if version.legifrance_id:
        return f"https://www.legifrance.gouv.fr/codes/article_lc/{version.legifrance_id}"
    return rule.url


def earlier_quotes_block(fn, rules: list[Rule]) -> Markup:
    """Every version held that ended before the facts date and whose words the data quotes,
    article by article: the text, its dates and source, one grade per statement."""
    figures = []
    for rule in rules:
        for version in rule.versions:
            if version.end is None or version.end >= fn.on or not version.text.get("fr"):
                continue
            when = _history_when(fn, version)
            caption = Markup("{} — {}").format(
                fn.t("earlier_version"), article_name(rule.article, rule.code, fn.lang))
            figures.append(Markup(
                '<figure class="law-quote earlier"><figcaption>{}</figcaption>{}{}{}</figure>'
                ).format(caption, _quotation(rule, version),
                         _source_line(fn, rule, version, when=when,
                                      url=version_url(rule, version)),
                         _notes(fn, version.uncertain)))
    return Markup("").join(figures)


def _history_when(fn, version: Version) -> str:
    end = long_date(version.end, fn.lang) if version.end else None
    if version.in_force_since is None:
        return version_start(fn, version) + (f", {fn.t('until')} {end}" if end else "")
    start = long_date(version.start, fn.lang)
    check = "" if version.start_exact else fn.t("to_check")
    if end:
        return f"{fn.t('from')} {start}{check} {fn.t('to')} {end}"
    return f"{fn.t('onwards').capitalize()} {start}{check}"


def _graded_items(fn, version: Version) -> list[Markup]:
    """Penalty rows for lawyers: an aggravation whose existence or date rests on weaker
    sources than the article says so beside it."""
    items = _penalty_items(fn, version)
    graded = {a.label[fn.lang]: a.grade for a in version.aggravations if a.grade}
    if not graded:
        return items
    colon = "\u00a0:" if fn.lang == "fr" else ":"
    out = []
    for label, penalty in penalty_rows(fn, version):
        grade = graded.get(label)
        suffix = Markup(" ({})").format(fn.t("row_grade").format(grade=grade)) if grade else ""
        out.append(Markup("<li>{}{} {}{}</li>").format(label, colon, penalty, suffix))
    return out


def history_block(fn, rule: Rule) -> Markup:
    rows = []
    for version in rule.versions:
        when = _history_when(fn, version)
        items = Markup("").join(_graded_items(fn, version))
        by = version.enacted_by.get(fn.lang, "") if version.enacted_by else ""
        # The dating of a version less sure than the article's text says its own grade.
        grade = ""
        if version.grade and version.grade != rule.grade:
            grade = " · " + fn.t("dates_grade").format(grade=version.grade)
        rows.append(Markup("<li><strong>{}</strong>{}{}<ul>{}</ul></li>").format(
            when, f" — {by}" if by else "", grade, items))
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


HISTORY_HEAD = {
    "fr": ("Article", "Version", "Texte modificatif", "Peine de base", "Peine maximale aggravée",
           "Texte cité sur ce site", "Fiabilité des dates"),
    "en": ("Article", "Version", "Amending text", "Basic penalty", "Highest aggravated penalty",
           "Text quoted on this site", "Reliability of the dates"),
}
HISTORY_TEXT = {
    "caption": {"fr": "Historique des articles du Code pénal repris sur le site, version par "
                      "version (peines maximales encourues par un auteur majeur)",
                "en": "History of the Code pénal articles used on this site, version by version "
                      "(maximum penalties for an adult offender)"},
    "quoted": {"fr": "oui, fiabilité {grade}", "en": "yes, reliability grade {grade}"},
    "not_quoted": {"fr": "non", "en": "no"},
    "earlier": {"fr": "Versions antérieures non reprises", "en": "Earlier versions not held"},
}


def history_table(fn, rules: list[Rule]) -> Markup:
    """One row per version of every Code pénal article held: its dates as the data holds them,
    the amending text, the penalties, whether its words are quoted (with their grade) and the
    grade of its dating."""
    groups = []
    for rule in rules:
        if rule.code != "code_penal":
            continue
        rows = []
        versions = rule.versions
        for index, version in enumerate(versions):
            head = Markup("")
            if index == 0:
                span = len(versions) + (1 if rule.earlier_versions else 0)
                head = Markup('<th scope="rowgroup" rowspan="{}"><a href="{}" hreflang="fr" '
                              'rel="external">{}</a></th>').format(span, rule.url, rule.article)
                if rule.earlier_versions:
                    head += Markup('<td colspan="6">{}</td></tr><tr>').format(
                        HISTORY_TEXT["earlier"][fn.lang])
            date_grade, text_grade = _grades(rule, version)
            base = version.penalty or (version.conducts[0].penalty if version.conducts else None)
            top = max([a.penalty for a in version.aggravations]
                      + [t.penalty for t in version.counted], default=None)
            quoted = HISTORY_TEXT["quoted"][fn.lang].format(grade=text_grade) if text_grade \
                else HISTORY_TEXT["not_quoted"][fn.lang]
            by = version.enacted_by.get(fn.lang, "") if version.enacted_by else ""
            rows.append(Markup("<tr>{}<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                               "<td>{}</td></tr>").format(
                head, _history_when(fn, version), by, _p(fn, base) if base else "—",
                _p(fn, top) if top else "—", quoted, date_grade))
        # One row group per article, so its header cell (scope="rowgroup") covers its rows only.
        groups.append(Markup("<tbody>{}</tbody>").format(Markup("").join(rows)))
    head = Markup("").join(Markup('<th scope="col">{}</th>').format(h)
                           for h in HISTORY_HEAD[fn.lang])
    return Markup('<table><caption>{}</caption><thead><tr>{}</tr></thead>'
                  "{}</table>").format(HISTORY_TEXT["caption"][fn.lang], head,
                                       Markup("").join(groups))
