"""Fixtures for the browser tests."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import volg_verkeer


@pytest.fixture
def verkeer(page):
    """Every request, response and console error of the default `page`."""
    return volg_verkeer(page)


@pytest.fixture(params=[True, False], ids=["js", "zonder-js"])
def js_page(request, browser):
    """A page with JavaScript on, and the same test again with it off."""
    context = browser.new_context(java_script_enabled=request.param, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.js_aan = request.param
    yield page
    context.close()
