"""The built site, opened in headless Chromium: every page loads, every chart is
rendered, and no request leaves the machine.

Builds the whole site (every notebook executed) once for the session; skipped with
a reason when Chromium or Playwright is missing.
"""

import importlib.util

import pytest

from chinaspace import browser, site
from chinaspace.paths import NOTEBOOKS

pytestmark = [
    pytest.mark.skipif(browser.find_chromium() is None,
                       reason="no Chromium (install Debian's 'chromium' package)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="playwright is not installed"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    html = site.build_site(out)
    shots = out / "screenshots"
    reports = browser.check_site(html, screenshots={
        "home.html": shots / "home.png",
        "notebooks/04_launch-cadence.html": shots / "charts.png"})
    return html, shots, {r.path: r for r in reports}


def test_every_page_loads_and_keeps_to_the_machine(built):
    html, _, reports = built
    assert len(reports) >= 15
    for report in reports.values():
        assert report.status == 200, report.path
        assert report.external_requests == [], report.path
        assert report.broken_images == [], report.path


def test_every_notebook_page_has_its_charts_rendered(built):
    _, _, reports = built
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        report = reports[f"notebooks/{path.stem}.html"]
        assert report.charts >= 1, path.name


def test_reference_pages_exist(built):
    _, _, reports = built
    for page in ("home.html", "data.html", "glossary.html", "bibliography.html", "cite.html",
                 "instructors.html"):
        assert reports[page].status == 200


def test_screenshots_are_saved(built):
    _, shots, _ = built
    for name in ("home.png", "charts.png"):
        assert (shots / name).stat().st_size > 10_000
