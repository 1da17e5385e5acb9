"""Whatever is sent to the two services forms, the answer is a page, never a 5xx."""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.filters import CHOICES
from tests.conftest import localized

SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

known_or_any = st.one_of(
    st.sampled_from([v for values in CHOICES.values() for v in values]),
    st.text(max_size=40),
)
filter_args = st.dictionaries(
    st.sampled_from([*CHOICES, "page", "age[]", ""]), known_or_any, max_size=6)

places = st.one_of(
    st.text(max_size=140),
    st.from_regex(r"\A\d{5}\Z"),
    st.sampled_from(["01000", "Saint-Étienne", "st etienne", "Paris", "97411", "\x00", "ŒÆ"]),
)
near_forms = st.fixed_dictionaries(
    {"place": places},
    optional={"commune": st.one_of(st.from_regex(r"\A[0-9AB]{5}\Z"), st.text(max_size=12)),
              "step": st.sampled_from(["choose", "", "other"]),
              "extra": st.text(max_size=20)},
)


@SETTINGS
@given(lang=st.sampled_from(["fr", "en"]), args=filter_args)
def test_directory_filters_never_fail(client, lang, args):
    response = client.get(localized(f"/{lang}/services?{urlencode(args)}"))
    assert response.status_code in (200, 400)
    assert "<h1>" in response.get_data(as_text=True)


@SETTINGS
@given(lang=st.sampled_from(["fr", "en"]), form=near_forms)
def test_help_near_you_never_fails(client, lang, form):
    response = client.post(localized(f"/{lang}/help-near-you"), data=form)
    assert response.status_code in (200, 422)
    assert response.headers["Cache-Control"].startswith("no-store")
    assert "Set-Cookie" not in response.headers
