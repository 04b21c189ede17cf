"""Browser fixtures: the system Chromium driven by Playwright, and step screenshots.

The tests run against the `live_server` fixture (API + frontend/dist on a
seeded database). No browser is ever downloaded: without /usr/bin/chromium
every test here is skipped with the reason.
"""

import os
import re
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PROJECT_DIR = Path(__file__).resolve().parents[2]
DIST_INDEX = PROJECT_DIR / "frontend" / "dist" / "index.html"
SCREENSHOTS_DIR = PROJECT_DIR / "var" / "screenshots"

DESKTOP = {"width": 1440, "height": 900}
MOBILE = {"width": 375, "height": 812}

# The demo accounts of sql/insert_seed.sql.
DEMO_EMPLOYER = "hr@kaspi-demo.kz"
DEMO_SEEKER = "aigerim@example.kz"
DEMO_PASSWORD = "demo12345"

# Playwright's expectations wait up to this long (ms) for what a user should see.
EXPECT_TIMEOUT_MS = 15_000


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is not installed; install the Debian package chromium to run the browser tests"
        # .ci/run sets REQUIRE_BROWSER=1: in CI a missing browser fails the run instead of skipping.
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    if not DIST_INDEX.exists():
        pytest.fail(f"{DIST_INDEX} is missing; build the SPA first with `npm ci && npm run build` in frontend/")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Screenshots:
    """Numbered full-page screenshots of one test, in var/screenshots/<test name>/."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()

    def take(self, page, step: str) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{step}.png"
        # A full-page shot of a scrolled page draws the sticky header mid-page.
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def screenshots(request) -> Screenshots:
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    return Screenshots(SCREENSHOTS_DIR / name)


def new_page(browser, base_url: str, viewport: dict, lang: str | None = None):
    """Open a fresh browser context (no token, no language choice) and return its page."""
    context = browser.new_context(viewport=viewport, base_url=base_url, locale="ru-RU", reduced_motion="reduce")
    if lang:
        context.add_init_script(f"window.localStorage.setItem('jobboard.lang', '{lang}')")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    return page


@pytest.fixture
def desktop_page(browser, live_server):
    page = new_page(browser, live_server, DESKTOP)
    yield page
    assert page.js_errors == [], f"JavaScript errors on the page: {page.js_errors}"
    page.context.close()


@pytest.fixture
def mobile_page(browser, live_server):
    page = new_page(browser, live_server, MOBILE)
    yield page
    assert page.js_errors == [], f"JavaScript errors on the page: {page.js_errors}"
    page.context.close()
