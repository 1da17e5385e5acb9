"""Action pack: letters that get content taken down, delisted, erased or preserved.

Six kinds, beside the complaint letters and built on the same model (app.letters.model.Letter), so
every format renders them (pdf, docx, odt, txt, html). Pure functions, no Flask, nothing written.
Unlike the complaint, the English letter is a letter to send (platforms often answer in English),
not a reading copy.

Public API (stable: the web interview is built on it)::

    from app.letters.action import (KINDS, ActionInputError, validate, build, document,
                                    build_platform_notice, build_platform_appeal, build_delisting,
                                    build_erasure, build_cnil_complaint, build_preservation,
                                    deadline, due_date)

    KINDS == ("platform_notice", "platform_appeal", "delisting", "erasure", "cnil_complaint",
              "preservation")            # URL/CLI spelling: the same with "-" for "_"
    data = validate(kind, raw, today)    # clean dict, or raises ActionInputError(.errors)
                                         # (= app.letters.LetterInputError: {field, code,
                                         #  message{fr,en}}); resolves the offences into
                                         #  data["offences"] = [{article, code, title}] from
                                         #  raw["qualification"] (app.qualify.qualify_json) and/or
                                         #  raw["articles"] (ids of the law registry)
    letter = build_<kind>(data, today)   # -> Letter; data must come from validate(kind, …)
    letter = build(kind, raw, today)     # validate + build
    body, media_type, filename = document(kind, raw, fmt, today)   # fmt: pdf|docx|odt|txt|html

    deadline("gdpr_answer")              # -> Deadline(key, amount, unit, rule{fr,en}, source,
                                         #    grade, checked_on), from deadlines.yaml
    due_date(start, "gdpr_answer")       # start + that duration (month arithmetic as CPP 85)

Input (JSON object; unknown fields are errors). Common to every kind:
    letter_lang "fr"|"en" (default "fr"); victim {first_name, last_name, birth_date, address,
    postcode, commune, email, phone}; representative {… + role} (a parent writing for a minor);
    platform (an id of the platform directory, app/services/data/platforms.yaml, e.g.
    "instagram", printed with the directory's name; or a free name, ≤ 100 chars; required);
    target_urls [1–50 http(s) URLs, ≤ 2000 chars each; required]; qualification (the
    /api/v1/qualify input, optional); articles (["226-8-1", …] law-registry ids, optional);
    facts [{date, description, platform, urls, account}] (optional here); exhibits [{description,
    seen_at, url, sha256}]; signed_at_place; signed_on. The complaint's own fields are accepted
    too, checked by its validator (reading_copy_lang, commune_insee, tribunal, author, harm,
    partie_civile): the same body serves both; only author.accounts is used (preservation).
Per kind:
    platform_notice   csam (bool, default false): when true, victim/representative (name and
                      e-mail) may be omitted (DSA art. 16) and the letter says why; otherwise the
                      writer's name and e-mail are required. At least one offence (qualification
                      or articles) is required: the notice must say why the content is illegal.
    platform_appeal   notice_date (required, not in the future); decision_date (optional, the
                      platform's refusal; absent = no decision received; not before notice_date).
    delisting         platform names the engine ("google"/"bing" pick that engine's dedicated
                      route in the notes; anything else: "look for a dedicated form first");
                      content_kind: "fake" (default) | "real".
    erasure           controller {name (required), address_lines [≤ 6 lines]};
                      minor_at_collection (bool, default false → adds Loi Informatique et
                      Libertés art. 51).
    cnil_complaint    request_date (required: date of the erasure request, not in the future);
                      controller {…} (required); minor_at_collection (bool); answer: "none"
                      (default; error too_early before the one-month date) | "refused".
    preservation      complaint_date (optional: date a complaint was filed, not in the future);
                      complaint_authority (optional, ≤ 300 chars, e.g. "procureur de la
                      République de Paris"); accounts [≤ 50 lines] (also taken from facts).
    platform_notice and platform_appeal also take explanation (free text ≤ 5000 chars).
    platform is optional for erasure and cnil_complaint; every date is YYYY-MM-DD.
Also exported: BUILDERS {kind: build_<kind>}, FORMATS, platform_names() {id: printed name}.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.letters import media_type, render
from app.letters.model import Letter

from .deadlines import Deadline, deadline, due_date
from .delisting import build_delisting
from .gdpr import build_cnil_complaint, build_erasure
from .platform import build_platform_appeal, build_platform_notice
from .platforms import platform_names
from .preservation import build_preservation
from .schema import KINDS, ActionInputError, validate

BUILDERS = {
    "platform_notice": build_platform_notice, "platform_appeal": build_platform_appeal,
    "delisting": build_delisting, "erasure": build_erasure,
    "cnil_complaint": build_cnil_complaint, "preservation": build_preservation,
}
FILE_NAMES = {
    ("platform_notice", "fr"): "notification-dsa", ("platform_notice", "en"): "dsa-notice",
    ("platform_appeal", "fr"): "reclamation-dsa", ("platform_appeal", "en"): "dsa-complaint",
    ("delisting", "fr"): "demande-dereferencement", ("delisting", "en"): "delisting-request",
    ("erasure", "fr"): "demande-effacement-rgpd", ("erasure", "en"): "gdpr-erasure-request",
    ("cnil_complaint", "fr"): "plainte-cnil", ("cnil_complaint", "en"): "cnil-complaint",
    ("preservation", "fr"): "demande-conservation", ("preservation", "en"):
        "preservation-request",
}
FORMATS = ("pdf", "docx", "odt", "txt", "html")


def build(kind: str, raw: Any, today: date) -> Letter:
    """Validate `raw` for `kind` and build the letter; raises ActionInputError."""
    return BUILDERS[kind](validate(kind, raw, today), today)


def document(kind: str, raw: Any, fmt: str, today: date) -> tuple[bytes, str, str]:
    """(bytes, media type, file name); in memory only. `fmt` must be one of FORMATS."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format: {fmt}")
    letter = build(kind, raw, today)
    return render(letter, fmt), media_type(fmt), f"{FILE_NAMES[(kind, letter.lang)]}.{fmt}"


__all__ = ["BUILDERS", "FORMATS", "KINDS", "ActionInputError", "Deadline", "build",
           "build_cnil_complaint", "build_delisting", "build_erasure", "build_platform_appeal",
           "build_platform_notice", "build_preservation", "deadline", "document", "due_date",
           "platform_names", "validate"]
