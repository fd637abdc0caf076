"""The cockpit's skills against the loopback cluster, isolated as the
cockpit's own tests are: nothing from the user's machine leaks in."""

from __future__ import annotations

from tests.functional.conftest import isolated  # noqa: F401 - the autouse fixture, reused
