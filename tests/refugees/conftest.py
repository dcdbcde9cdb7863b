from tests.published_data import published  # noqa: F401 - the fixture, shared with the reporting tests
