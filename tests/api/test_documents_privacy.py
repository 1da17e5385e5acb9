"""The canary test of the documents API: for every kind of the registry, a letter made from text
carrying a unique canary (and a refused body carrying it too) leaves no trace of it in any log
record, at DEBUG, of the application, Flask or werkzeug; the canary is in the file the person
asked for, so it really went through the letter."""

from __future__ import annotations

import copy
import uuid

import pytest

from app.letters import registry
from tests.api.bodies import SAMPLES, URL, post
from tests.letters.readback import squash, text_of

# Free text a person types: each one that a kind's body holds is replaced by a canary.
TEXT_KEYS = {"first_name", "last_name", "address", "description", "harm", "explanation",
             "grounds", "decision_reason", "decision_reference", "depiction", "role",
             "complaint_authority"}


def with_canary(value, canary: str):
    """`value` with every free-text leaf replaced by `canary-key`."""
    if isinstance(value, dict):
        return {k: (f"{canary}-{k}" if k in TEXT_KEYS and isinstance(v, str) and v
                    else with_canary(v, canary)) for k, v in value.items()}
    if isinstance(value, list):
        return [with_canary(v, canary) for v in value]
    return value


@pytest.mark.parametrize("kind", [k.id for k in registry.kinds()])
def test_nothing_typed_reaches_a_log(client, records, kind):
    canary = f"CANARY{uuid.uuid4().hex}"
    body = with_canary(copy.deepcopy(SAMPLES[kind]), canary)
    slug = registry.get(kind).slug
    made = post(client, f"{URL}/{slug}?format=txt", body)
    assert made.status_code == 200, made.get_data(as_text=True)[:300]
    assert canary in squash(text_of("txt", made.data))
    refused = {**body, "victim": {**body["victim"], "email": f"{canary}@", "phone": canary}}
    answer = post(client, f"{URL}/{slug}?format=txt", refused)
    assert answer.status_code == 422
    assert not any(canary in line for line in records.lines), [
        line[:200] for line in records.lines if canary in line]
