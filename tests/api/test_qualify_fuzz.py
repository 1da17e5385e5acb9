"""Whatever is posted to the API, the answer is JSON with 200, 400 or 422: never a 5xx."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.qualify.facts import BOOLEANS, CHOICES, DATES, FIELDS

scalars = st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats() | st.text(
    max_size=30)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
plausible = {
    **{name: st.sampled_from(choices) | values for name, choices in CHOICES.items()},
    **{name: st.booleans() | values for name in BOOLEANS},
    **{name: st.dates().map(str) | values for name in DATES},
    "victim_age_at_facts": st.integers(-5, 130) | values,
}
payloads = st.fixed_dictionaries({}, optional={**plausible, **{
    name: values for name in ("colour", "")}}) | values
assert set(plausible) == FIELDS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(payload=payloads)
def test_api_never_fails(client, payload):
    response = client.post("/api/v1/qualify", data=json.dumps(payload),
                           content_type="application/json")
    assert response.status_code in (200, 422), response.status_code
    assert response.is_json


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=200))
def test_api_never_fails_on_raw_bytes(client, body):
    response = client.post("/api/v1/qualify", data=body, content_type="application/json")
    assert response.status_code in (200, 400, 422)
    assert response.is_json
