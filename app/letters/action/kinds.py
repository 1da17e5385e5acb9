"""The six action letters as document kinds of the registry (app/letters/registry.py): what
each body holds (schema.py), how its letter is built, and its file names. No Flask."""

from __future__ import annotations

from app.letters.kind import DocumentKind

from .delisting import build_delisting
from .gdpr import build_cnil_complaint, build_erasure
from .platform import build_platform_appeal, build_platform_notice
from .preservation import build_preservation
from .schema import body, validate_body
from .us_removal import build_us_removal_request


def _kind(kind_id: str, summary: str, description: str, build, file_names: dict,
          reader_names: dict, reading_copy: bool = False) -> DocumentKind:
    declaration = body(kind_id, description)
    return DocumentKind(
        id=kind_id, summary=summary, body=declaration,
        prepare=lambda raw, today, lang: validate_body(kind_id, declaration, raw, today, lang),
        build=build, file_names=file_names, reader_names=reader_names,
        reading_copy=reading_copy)


KINDS = (
    _kind("platform_notice", "A notice to a platform or host (EU DSA art. 16)",
          "A notice to a platform or host (EU DSA art. 16): why the content is illegal "
          "(French articles), exact URLs, the notifier's name and e-mail (not required for "
          "child sexual abuse material), good-faith statement; asks for receipt and the "
          "decision with redress routes. At least one offence (qualification or articles) is "
          "required.", build_platform_notice,
          {"fr": "notification-dsa", "en": "dsa-notice"},
          {"fr": "notification-dsa", "en": "dsa-notice"}),
    _kind("platform_appeal", "The internal complaint to a platform (EU DSA art. 20)",
          "The internal complaint (EU DSA art. 20) after a refusal or no action; the notes "
          "give the date to send by (six months after the decision, from the deadlines "
          "data).", build_platform_appeal,
          {"fr": "reclamation-dsa", "en": "dsa-complaint"},
          {"fr": "reclamation-dsa", "en": "dsa-complaint"}),
    _kind("delisting", "A request to a search engine to delist results",
          "A request to a search engine to delist results leading to intimate images shared "
          "without consent (real or fake); the notes point to the engine's dedicated form "
          "first.", build_delisting,
          {"fr": "demande-dereferencement", "en": "delisting-request"},
          {"fr": "demande-dereferencement", "en": "delisting-request"}),
    _kind("erasure", "A request to erase personal data (GDPR art. 17; LIL art. 51 for minors)",
          "A GDPR art. 17 erasure request (plus Loi Informatique et Libertés art. 51 when the "
          "person was a minor at collection), stating the date the answer is due.",
          build_erasure, {"fr": "demande-effacement-rgpd", "en": "gdpr-erasure-request"},
          {"fr": "demande-effacement-rgpd", "en": "gdpr-erasure-request"}),
    _kind("cnil_complaint", "A complaint to the CNIL after an unanswered erasure request",
          "A complaint to the CNIL once the erasure request went unanswered for one month (or "
          "was refused); dates computed from request_date.", build_cnil_complaint,
          {"fr": "plainte-cnil", "en": "cnil-complaint"},
          {"fr": "plainte-cnil", "en": "cnil-complaint"}),
    _kind("preservation", "A request to a platform to preserve content and account data",
          "A request to a platform to preserve the content and the accounts' identifying data "
          "for the investigation, referring to the complaint if filed.", build_preservation,
          {"fr": "demande-conservation", "en": "preservation-request"},
          {"fr": "demande-conservation", "en": "preservation-request"}),
    _kind("us_removal_request",
          "A removal request under the US TAKE IT DOWN Act (section 3), in English",
          "A request to a platform under section 3 of the US TAKE IT DOWN Act, in English, "
          "holding what a valid request needs: the signature of the person shown or of their "
          "representative (by hand, or electronic), the exact URLs and a description that "
          "locate the depiction, the good-faith statement that it is not consensual, and "
          "contact details. It asks for removal within the Act's time (from the deadlines "
          "data) and cannot be dated before the duty applies (the law events' data; 422 "
          "before_removal_duty). A French reading copy: ?copy=reading with reading_copy_lang "
          "fr.", build_us_removal_request,
          {"fr": "demande-retrait-take-it-down-lecture", "en": "take-it-down-act-request"},
          {"fr": "demande-retrait-take-it-down", "en": "take-it-down-act-request"},
          reading_copy=True),
)
