"""Fixtures for the browser tests."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import volg_verkeer


@pytest.fixture
def verkeer(page):
    """Every request, response and console error of the default `page`."""
    return volg_verkeer(page)
