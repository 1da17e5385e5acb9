"""`flask content measure`: the measures of app/pages/measure.py as a table or as JSON."""

from __future__ import annotations

import json
import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from app.pages.measure import (
    LONG_SENTENCE,
    SCORE_NAME,
    THRESHOLDS,
    PageMeasure,
    TextMeasure,
    as_json,
    measure_site,
    medians,
)

HEAD = f"{'page':<34} {'words':>6} {'mean':>5} {'>' + str(LONG_SENTENCE):>5} {'score':>6} " \
       f"{'action':>6}"


def _percent(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}%}"


def _row(name: str, text: TextMeasure, action: str) -> str:
    score = "—" if text.readability is None else f"{text.readability:.0f}"
    return (f"{name:<34} {text.words:>6} {text.mean_sentence:>5.1f} "
            f"{_percent(text.share_over_25):>5} {score:>6} {action:>6}")


def table(measures: list[PageMeasure]) -> list[str]:
    lines = []
    for lang in sorted({m.lang for m in measures}, reverse=True):
        lines += ["", f"[{lang}] score: {SCORE_NAME[lang]}; action: first action link, share of "
                      "the page read before it; * victim-facing, † offence page", HEAD]
        for m in (m for m in measures if m.lang == lang):
            mark = ("*" if m.victim_facing else " ") + ("†" if m.offence_page else " ")
            lines.append(_row(f"{mark}{m.key}", m.victims, _percent(m.first_action)))
            if m.lawyers:
                lines.append(_row("    lawyers' section", m.lawyers, ""))
            lines += [f"    ✗ {failure}" for failure in m.failures()]
        middle = medians(measures).get(lang)
        if middle:
            lines.append(f"median of {middle['pages']} victim-facing pages: {middle['words']} "
                         f"words, {middle['mean_sentence']} words a sentence, "
                         f"{_percent(middle['share_over_25'])} over {LONG_SENTENCE}, score "
                         f"{middle['readability']}, first action at "
                         f"{_percent(middle['first_action'])} (offence pages)")
    return lines


def _over(m: PageMeasure) -> dict[str, str]:
    """" ✗" after each value that misses its threshold."""
    return {name: " ✗" if missed else "" for name, missed in m.missed().items()}


def markdown(measures: list[PageMeasure]) -> list[str]:
    """The tables of docs/content-guide.md: victim-facing pages, then the medians."""
    lines = []
    for lang in sorted({m.lang for m in measures}, reverse=True):
        lines += ["", f"{lang.upper()} ({SCORE_NAME[lang]}):", "",
                  "| page | words | mean sentence | over 25 | score | first action | "
                  "lawyers' section (words, mean, over 25, score) |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
        for m in (m for m in measures if m.lang == lang and m.victim_facing):
            v, law = m.victims, m.lawyers
            over = _over(m)
            action = _percent(m.first_action, 1)
            action = action if m.offence_page else f"({action})"
            lawyers = "" if law is None else (f"{law.words}, {law.mean_sentence:.1f}, "
                                              f"{_percent(law.share_over_25)}, "
                                              f"{law.readability:.0f}")
            score = "—" if v.readability is None else f"{v.readability:.0f}"
            lines.append(f"| {m.key} | {v.words} | {v.mean_sentence:.1f}{over['mean_sentence']} | "
                         f"{_percent(v.share_over_25, 1)}{over['share_over_25']} | {score} | "
                         f"{action}{over['first_action']} | {lawyers} |")
        middle = medians(measures)[lang]
        lines.append(f"| **median** ({middle['pages']} pages) | {middle['words']:g} | "
                     f"{middle['mean_sentence']:.1f} | {_percent(middle['share_over_25'], 1)} | "
                     f"{middle['readability']:.0f} | {_percent(middle['first_action'], 1)} | |")
    return lines


@click.command("measure")
@click.option("--json", "as_json_output", is_flag=True, help="Print the measures as JSON.")
@click.option("--markdown", "as_markdown", is_flag=True,
              help="Print the victim-facing pages as Markdown tables (docs/content-guide.md).")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="One language only.")
@click.option("--check", is_flag=True,
              help="Exit with 1 when a victim-facing page misses a threshold.")
@with_appcontext
def measure_command(as_json_output: bool, as_markdown: bool, lang: str | None, check: bool):
    """Words, sentence length, readability and first action link, per page and language."""
    measures = measure_site(current_app, (lang,) if lang else None)
    failing = [m for m in measures if m.failures()]
    if as_json_output:
        click.echo(json.dumps(as_json(measures), ensure_ascii=False, indent=1))
    elif as_markdown:
        click.echo("\n".join(markdown(measures)))
    else:
        for line in table(measures):
            click.echo(line)
        limits = (f"mean ≤ {THRESHOLDS['mean_sentence']:g} words, ≤ "
                  f"{THRESHOLDS['share_over_25']:.0%} over {LONG_SENTENCE} words, first action "
                  f"within the first {THRESHOLDS['first_action']:.0%} of offence pages")
        click.echo(f"\n{len(failing)} victim-facing page(s) miss a threshold ({limits})")
    sys.exit(1 if check and failing else 0)
