"""Whatever is posted to the action pack, the answer is never a 5xx."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import ANSWERS

NAMES = sorted(ANSWERS) + ["step", "action", "return", "pack.source", "nope", "facts[x].date"]
ACTIONS = ["next", "back", "goto:review", "goto:situation", "goto:", "", "zzz"]
STEPS = ["letters", "situation", "who", "platform", "content", "details", "you",
         "representative", "review", ""]
PATHS = ["", "/plan", "/document/erasure/txt", "/document/platform-notice/txt"]
TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(st.sampled_from(NAMES), TEXT, max_size=8),
       keep=st.booleans(), step=st.sampled_from(STEPS), action=st.sampled_from(ACTIONS),
       path=st.sampled_from(PATHS))
def test_action_post_never_5xx(client, fields, keep, step, action, path):
    data = {**(ANSWERS if keep else {}), **fields, "step": step, "action": action}
    response = client.post(f"/en/action{path}", data=data)
    assert response.status_code in (200, 400, 413, 422)
