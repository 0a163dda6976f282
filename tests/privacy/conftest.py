"""Privacy tests run both real apps on Xvfb beside the test pattern (the e2e fixture)."""

from tests.e2e.conftest import apps  # noqa: F401 (a fixture, found by name)
