"""Look at the built site as a reader's browser does: headless Chromium.

:func:`check_site` serves the site on 127.0.0.1, opens every page in headless
Chromium (driven by Playwright, using the system's Chromium: no browser is
downloaded), and reports, per page: whether it loaded, how many chart images it
has and whether each is rendered (non-zero natural size), and every request that
tried to leave the machine (such requests are blocked and counted). It can save
screenshots of chosen pages.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_NAMES = ("chromium", "chromium-browser")

#: Flags that keep Chromium from calling home (see TOOLING.md).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def find_chromium() -> str | None:
    """The path of a system Chromium, or None."""
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    path: str
    status: int | None
    images: int = 0
    charts: int = 0
    broken_images: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == 200 and not self.broken_images and not self.external_requests


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


@contextmanager
def serve(root: Path):
    """Serve ``root`` on 127.0.0.1 at a free port; yield the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.handle_error = lambda request, address: None  # a page closed mid-download
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("data", "blob", "about") or parsed.hostname in ("127.0.0.1", "localhost")


def check_site(html: Path, screenshots: dict[str, Path] | None = None,
               chromium: str | None = None, pages: list[str] | None = None) -> list[PageReport]:
    """Open every page of the built site; return one report per page.

    ``screenshots`` maps a page's path (relative to ``html``) to a PNG file to write.
    """
    from playwright.sync_api import sync_playwright

    chromium = chromium or find_chromium()
    if chromium is None:
        raise RuntimeError("no Chromium found (Debian package 'chromium')")
    screenshots = screenshots or {}
    if pages is None:
        pages = sorted(p.relative_to(html).as_posix() for p in html.rglob("*.html")
                       if not p.relative_to(html).as_posix().startswith("_"))
    reports = []
    with serve(html) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        for rel in pages:
            page = context.new_page()
            report = PageReport(path=rel, status=None)

            def route(request_route, report=report):
                url = request_route.request.url
                if _is_local(url):
                    request_route.continue_()
                else:
                    report.external_requests.append(url)
                    request_route.abort()

            page.route("**/*", route)
            page.on("console", lambda msg, report=report: report.console_errors.append(msg.text)
                    if msg.type == "error" else None)
            response = page.goto(base + rel, wait_until="load")
            report.status = response.status if response else None
            page.wait_for_load_state("networkidle")  # index.html redirects to the home page
            sizes = page.eval_on_selector_all(
                "img", "els => els.map(e => [e.currentSrc.slice(0, 80), e.naturalWidth, "
                       "e.naturalHeight, e.closest('figure.chinaspace-chart') !== null])")
            report.images = len(sizes)
            report.charts = sum(1 for s in sizes if s[3])
            report.broken_images = [s[0] for s in sizes if not (s[1] > 0 and s[2] > 0)]
            if rel in screenshots:
                if report.charts:  # show a chart, not only the page's opening text
                    page.locator("figure.chinaspace-chart img").first.scroll_into_view_if_needed()
                screenshots[rel].parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshots[rel]), full_page=False)
            reports.append(report)
            page.close()
        browser.close()
    return reports
