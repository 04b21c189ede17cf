"""A 375 px wide pass over the main pages: nothing scrolls sideways and the menu works."""

import pytest
from playwright.sync_api import expect

from .conftest import DEMO_EMPLOYER, DEMO_PASSWORD, DEMO_SEEKER
from .ui import has_horizontal_scroll, sign_in

GUEST_PAGES = [
    ("/", "Вакансии в Казахстане"),
    ("/signin", "Вход"),
    ("/signup", "Регистрация"),
    ("/no-such-page", "Страница не найдена"),
]
SEEKER_PAGES = [
    ("/profile", "Моё резюме"),
    ("/applications", "Мои отклики"),
]
EMPLOYER_PAGES = [
    ("/employer", "Кабинет работодателя"),
    ("/employer?tab=applications", "Кабинет работодателя"),
]


def assert_fits(page, screenshots, path: str, heading: str) -> None:
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.get_by_role("status").filter(has_text="Загрузка…")).to_have_count(0)
    screenshots.take(page, path.strip("/").replace("?", "-").replace("=", "-") or "home")
    assert not has_horizontal_scroll(page), f"{path} scrolls sideways at 375 px"


def test_guest_pages_fit_375(mobile_page, screenshots):
    page = mobile_page
    for path, heading in GUEST_PAGES:
        assert_fits(page, screenshots, path, heading)

    page.goto("/")
    vacancy_link = page.get_by_role("link", name="Подробнее", exact=False).first
    expect(vacancy_link).to_be_visible()
    vacancy_link.click()
    expect(page.get_by_role("heading", name="Условия")).to_be_visible()
    screenshots.take(page, "vacancy")
    assert not has_horizontal_scroll(page), "the vacancy page scrolls sideways at 375 px"


def test_menu_opens_on_phone(mobile_page):
    page = mobile_page
    page.goto("/")
    signin_link = page.get_by_role("link", name="Войти", exact=True)
    expect(signin_link).to_be_hidden()
    menu = page.get_by_role("button", name="Меню")
    expect(menu).to_have_attribute("aria-expanded", "false")
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(signin_link).to_be_visible()
    signin_link.click()
    expect(page.get_by_role("heading", name="Вход")).to_be_visible()
    expect(signin_link).to_be_hidden()


def test_menu_closes_on_link_escape_and_outside_tap(mobile_page):
    page = mobile_page
    sign_in(page, DEMO_EMPLOYER, DEMO_PASSWORD)
    page.goto("/employer")
    expect(page.get_by_role("heading", level=1)).to_have_text("Кабинет работодателя")
    menu = page.get_by_role("button", name="Меню")
    dashboard_link = page.get_by_role("link", name="Кабинет работодателя")

    # A link to the page already open closes the menu too.
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    dashboard_link.click()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(dashboard_link).to_be_hidden()

    menu.click()
    expect(dashboard_link).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()

    menu.click()
    expect(dashboard_link).to_be_visible()
    page.get_by_role("heading", level=1).click()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(dashboard_link).to_be_hidden()


@pytest.mark.parametrize(("email", "pages"), [(DEMO_SEEKER, SEEKER_PAGES), (DEMO_EMPLOYER, EMPLOYER_PAGES)])
def test_signed_in_pages_fit_375(mobile_page, screenshots, email, pages):
    page = mobile_page
    sign_in(page, email, DEMO_PASSWORD)
    for path, heading in pages:
        assert_fits(page, screenshots, path, heading)


def test_chat_drawer_fits_375(mobile_page, screenshots):
    page = mobile_page
    sign_in(page, DEMO_EMPLOYER, DEMO_PASSWORD)
    page.goto("/employer?tab=applications")
    page.get_by_role("button", name="Чат").first.click()
    chat = page.get_by_role("dialog", name="SmartBot")
    expect(chat.locator(".chat-message").first).to_be_visible()
    box = chat.bounding_box()
    assert box is not None
    assert box["x"] >= 0, f"the drawer starts left of the screen at x={box['x']}"
    assert box["x"] + box["width"] <= 375, f"the drawer ends at {box['x'] + box['width']} px, past 375 px"
    screenshots.take(page, "employer-chat")
    page.keyboard.press("Escape")
    expect(chat).to_be_hidden()
    expect(page.get_by_role("button", name="Чат").first).to_be_focused()
