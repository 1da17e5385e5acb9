"""Every HTML form of the site, fuzzed: never a 5xx, errors in the URL's language, no trace, no
markup echoed unescaped. The routes are read from app.url_map, so a new POST route fails
`test_every_post_route_is_fuzzed` until it is given a strategy here or in test_fuzz_api."""

from __future__ import annotations

from io import BytesIO

from hypothesis import given
from hypothesis import strategies as st

from app.qualify.facts import BOOLEANS, CHOICES, FIELDS
from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS

from .hostile import (
    API_ENDPOINTS,
    button_values,
    check,
    fuzz,
    group_names,
    hostile_text,
    json_values,
    raw_bodies,
    step_names,
    text_values,
)

LANGS = st.sampled_from(["fr", "en"])

FORM_ENDPOINTS = {"interview.qualify_step", "complaint.step", "complaint.download",
                  "complaint.follow_up", "complaint.appeal", "complaint.print_view",
                  "complaint.save",
                  "complaint.resume", "services.help_near_you_answer", "services.directory",
                  "search.search",
                  "action.step", "action.download", "action.reading_copy",
                  "action.action_plan"}


def test_every_post_route_is_fuzzed(app):
    posted = {rule.endpoint for rule in app.url_map.iter_rules()
              if "POST" in rule.methods and not rule.rule.startswith("/__test__")
              and not hasattr(app.view_functions[rule.endpoint], "moved_to")}
    assert posted == FORM_ENDPOINTS | API_ENDPOINTS


# --- qualification questions -------------------------------------------------------------
QUALIFY_VALUES = {**{name: st.sampled_from(values) for name, values in CHOICES.items()},
                  **{name: st.sampled_from(["yes", "no"]) for name in BOOLEANS},
                  "facts_date": st.sampled_from(["2025-03-01", "01/03/2025", "2099-01-01"]),
                  "victim_birth_date": st.sampled_from(["2010-05-05", "31/02/2010"]),
                  "victim_age_at_facts": st.sampled_from(["15", "30", "-1", "999"])}
QUALIFY_NAMES = sorted(FIELDS) + ["step", "action", "shown", "return", "zzz", "facts_date[]"]
QUALIFY_STEPS = ["when", "content", "origin", "sharing", "threat", "person", "minor", "author",
                 "", "review", "../when"]
VERBS = ["next", "back", "restart", "add", "remove", "goto", "search", "from-complaint", "zzz"]
# Hidden controls every interview page may carry, with odd values.
CONTROLS = st.fixed_dictionaries({}, optional={
    "shown": st.lists(st.sampled_from(sorted(FIELDS)) | text_values, max_size=3),
    "return": st.sampled_from(["review", "", "zzz"]) | text_values,
    "kind": st.sampled_from(["complaint", "partie_civile", "will"]) | text_values,
    "pack.source": st.sampled_from(["complaint", "x"]) | text_values,
    "copy": st.sampled_from(["reading", "x"]) | text_values})


def qualify_form():
    plausible = st.fixed_dictionaries({}, optional={k: v | text_values
                                                    for k, v in QUALIFY_VALUES.items()})
    junk = st.dictionaries(st.sampled_from(QUALIFY_NAMES), text_values, max_size=6)
    return st.builds(lambda a, b, c, step, action: {**a, **b, **c, "step": step,
                                                     "action": action},
                     plausible, junk, CONTROLS, step_names(QUALIFY_STEPS),
                     button_values(VERBS, QUALIFY_STEPS))


@fuzz(700)
@given(lang=LANGS, form=qualify_form())
def test_qualify_form(app, lang, form):
    check(app.test_client().post(localized(f"/{lang}/qualify"), data=form), lang)


# --- complaint interview and its documents ------------------------------------------------
COMPLAINT_NAMES = sorted(ANSWERS) + [
    "kind", "copy", "writer", "representative.role", "first_complaint_date", "refusal_date",
    "facts[49].date", "facts[50].date", "facts[99].description", "exhibits[3].sha256",
    "facts[x].date", "facts[-1].date", "facts[00].date", "signed_at_place", "tribunal"]
ACTIONS = ["next", "back", "add", "search", "remove:0", "remove:99", "remove:-1", "remove:x",
           "goto:review", "goto:facts", "goto:", "goto:../", "", "zzz"]
STEPS = ["dates", "situation", "writer", "victim", "representative", "where", "author", "facts",
         "harm", "exhibits", "options", "review", ""]


GROUPS = group_names(["facts", "exhibits", "zzz"], ["date", "description", "sha256", "urls"])


def complaint_form():
    changes = st.dictionaries(st.sampled_from(COMPLAINT_NAMES) | GROUPS, text_values,
                              max_size=6)
    return st.builds(lambda keep, fields, controls, step, action: {
        **(ANSWERS if keep else {}), **fields, **controls, "step": step, "action": action},
        st.booleans(), changes, CONTROLS, step_names(STEPS),
        st.sampled_from(ACTIONS) | button_values(VERBS, STEPS))


@fuzz(700)
@given(lang=LANGS, form=complaint_form())
def test_complaint_steps(app, lang, form):
    check(app.test_client().post(localized(f"/{lang}/complaint"), data=form), lang)


@fuzz(500)
@given(lang=LANGS, form=complaint_form(),
       path=st.sampled_from(["/document/txt", "/document/txt", "/document/docx",
                             "/document/odt", "/document/pdf", "/print", "/save",
                             "/follow-up", "/appeal"]))
def test_complaint_documents(app, lang, form, path):
    check(app.test_client().post(localized(f"/{lang}/complaint{path}"), data=form), lang)


def saved_files():
    """What a person could upload as 'saved answers': real ones altered, or anything at all."""
    from app.interview.complaint.saved import saved_file

    altered = st.dictionaries(st.sampled_from(COMPLAINT_NAMES) | hostile_text, text_values,
                              max_size=5).map(lambda extra: saved_file({**ANSWERS, **extra}))
    wrong = json_values.map(lambda v: repr(v).encode("utf-8", "surrogatepass"))
    return altered | wrong | raw_bodies


@fuzz(500)
@given(lang=LANGS, content=saved_files(), filename=st.sampled_from(
    ["answers.json", "", "../../etc/passwd", "a\x00.json", "<script>INJ1</script>.json"]),
    field=st.sampled_from(["answers_file", "answers_file", "other"]))
def test_resume_upload(app, lang, content, filename, field):
    data = {field: (BytesIO(content), filename, "application/json")}
    response = app.test_client().post(localized(f"/{lang}/complaint/resume"), data=data,
                                      content_type="multipart/form-data")
    check(response, lang)


# --- help near you, search ------------------------------------------------------------------
PLACES = st.sampled_from(["75011", "Paris", "Saint", "97411", "2A004", "00000", "lyon 3e"])


@fuzz(600)
@given(lang=LANGS, form=st.fixed_dictionaries({}, optional={
    "place": PLACES | text_values, "commune": st.sampled_from(["75111", "", "x"]) | text_values,
    "step": st.sampled_from(["choose", ""]) | text_values}))
def test_help_near_you(app, lang, form):
    check(app.test_client().post(localized(f"/{lang}/help-near-you"), data=form), lang)


@fuzz(200)
@given(lang=LANGS, form=st.dictionaries(
    st.sampled_from(["age", "urgent", "help", "image_age", "page", ""]) | text_values,
    st.sampled_from(["any", "under-15", "15-17", "yes", "removal", "under-18"]) | text_values,
    max_size=6))
def test_directory_filters(app, lang, form):
    check(app.test_client().post(localized(f"/{lang}/services"), data=form), lang)


@fuzz(500)
@given(lang=LANGS, query=st.sampled_from(["deepfake", "plainte", "226-8-1"]) | text_values,
       method=st.sampled_from(["post", "get"]))
def test_search(app, lang, query, method):
    client = app.test_client()
    if method == "post":
        response = client.post(localized(f"/{lang}/search"), data={"q": query})
    else:
        response = client.get(localized(f"/{lang}/search"), query_string={"q": query})
    check(response, lang)


# --- action pack (letters to platforms, search engines, the CNIL) ---------------------------
ACTION_NAMES = [f"pack.{kind}" for kind in ("platform_notice", "platform_appeal", "delisting",
                                             "erasure", "cnil_complaint", "preservation")] + [
    "pack.platform", "pack.platform_other", "pack.urls", "pack.lang", "pack.csam",
    "pack.explanation", "pack.notice_date", "pack.decision_date", "pack.content_kind",
    "pack.controller_name", "pack.controller_address", "pack.minor", "pack.request_date",
    "pack.answer", "pack.complaint_date", "pack.complaint_authority", "writer",
    "pack.relation", "pack.anonymous", "pack.has_url", "pack.place", "pack.account",
    "pack.seen_at", "pack.reported_on", "pack.us_removal_request", "pack.us_platform",
    "representative.first_name", "representative.role", "representative.email"]
ACTION_STEPS = ["letters", "situation", "who", "platform", "content", "details", "you",
                "representative", "review", "", "zzz"]
ACTION_ACTIONS = ["next", "back", "from-complaint", "goto:review", "goto:letters", "goto:", ""]


def action_form():
    pack = st.dictionaries(st.sampled_from(ACTION_NAMES) | GROUPS,
                           st.sampled_from(["on", "yes", "no", "fr", "en", "2025-01-02",
                                            "representative", "daughter", "snapchat",
                                            "2025-01-02T10:00", "https://example.org/x",
                                            "google"]) | text_values,
                           max_size=8)
    return st.builds(lambda keep, fields, controls, step, action: {
        **(ANSWERS if keep else {}), **fields, **controls, "step": step, "action": action},
        st.booleans(), pack, CONTROLS, step_names(ACTION_STEPS),
        st.sampled_from(ACTION_ACTIONS) | button_values(VERBS, ACTION_STEPS))


@fuzz(300)
@given(lang=LANGS, form=action_form(),
       path=st.sampled_from(["", "", "/plan", "/document/platform-notice/txt",
                             "/document/erasure/txt", "/document/cnil-complaint/txt",
                             "/document/delisting/odt", "/document/preservation/txt",
                             "/document/us-removal-request/txt",
                             "/reading-copy/us-removal-request/txt"]))
def test_action_pack(app, lang, form, path):
    check(app.test_client().post(localized(f"/{lang}/action{path}"), data=form), lang)
