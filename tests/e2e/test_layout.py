"""Layout checks at 1440 px: nothing a user needs is covered or cut off."""

import re

from playwright.sync_api import expect

from .conftest import DEMO_EMPLOYER, DEMO_PASSWORD
from .ui import PASSWORD, api_application, sign_in

TITLE = "Главный бухгалтер по МСФО (1С, КГД)"
LONG_TITLE = "Главный бухгалтер по МСФО и налоговой отчётности в торговом холдинге, Астана и Алматы"

# The width a select needs for its text: the text itself plus the padding and
# the drop-down arrow, which the browser draws inside the padding box.
TEXT_FITS_SELECT = """select => {
    const style = getComputedStyle(select)
    const probe = document.createElement('span')
    probe.textContent = select.options[select.selectedIndex].text
    probe.style.font = style.font
    probe.style.position = 'absolute'
    probe.style.whiteSpace = 'nowrap'
    document.body.append(probe)
    const text = probe.getBoundingClientRect().width
    probe.remove()
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
    const arrow = 16
    return { text, available: select.clientWidth - padding - arrow }
}"""


def test_status_select_shows_whole_status(desktop_page, screenshots):
    page = desktop_page
    sign_in(page, DEMO_EMPLOYER, DEMO_PASSWORD)
    page.goto("/employer?tab=applications")
    status = page.get_by_label(re.compile("^Статус отклика: ")).first
    expect(status.locator("option", has_text="На рассмотрении")).to_have_count(1)
    # Measure with the longest status shown, as for an application under review. Setting the
    # value from script changes what the select shows without sending a status change.
    status.evaluate("select => { select.value = 'in_review' }")
    size = status.evaluate(TEXT_FITS_SELECT)
    assert size["text"] <= size["available"], f"«На рассмотрении» needs {size['text']:.0f} px, the select has {size['available']:.0f}"
    screenshots.take(page, "status-select")


def test_chat_drawer_leaves_header_usable(desktop_page, screenshots):
    page = desktop_page
    sign_in(page, DEMO_EMPLOYER, DEMO_PASSWORD)
    page.goto("/employer?tab=applications")
    page.get_by_role("button", name=re.compile("^Чат")).first.click()
    chat = page.get_by_role("dialog", name="SmartBot")
    expect(chat.locator(".chat-message").first).to_be_visible()

    header = page.locator(".site-header").bounding_box()
    drawer = chat.bounding_box()
    assert header is not None and drawer is not None
    assert drawer["y"] >= header["y"] + header["height"] - 1, "the chat drawer covers the header"
    screenshots.take(page, "chat-below-header")

    # The language select and "Выйти" take clicks while the chat is open.
    page.get_by_label("Язык интерфейса").select_option("kk")
    expect(chat.get_by_role("heading", name="SmartBot")).to_be_visible()
    expect(page.get_by_role("button", name="Шығу")).to_be_visible()
    page.get_by_label("Интерфейс тілі").select_option("ru")
    page.get_by_role("button", name="Выйти").click()
    expect(chat).to_be_hidden()
    expect(page).to_have_url(re.compile(r"^http://[^/]+/$"))


def test_chat_subtitle_shows_vacancy_title(desktop_page, screenshots):
    page = desktop_page
    applied = api_application(page, title=TITLE)
    sign_in(page, applied.seeker["user"]["email"], PASSWORD)
    page.goto("/applications")
    page.get_by_role("button", name="Чат SmartBot").click()
    subtitle = page.get_by_role("dialog", name="SmartBot").locator(".chat-drawer__subtitle")
    expected = f"Отклик на «{TITLE}»"
    expect(subtitle).to_have_text(expected)
    expect(subtitle).to_have_attribute("title", expected)
    # The subtitle wraps to a second line instead of cutting the title.
    clipped = subtitle.evaluate("element => element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight + 1")
    assert not clipped, "the chat subtitle cuts the vacancy title"
    screenshots.take(page, "chat-subtitle")


def test_chat_subtitle_tooltip_has_title(desktop_page):
    page = desktop_page
    applied = api_application(page, title=LONG_TITLE)
    sign_in(page, applied.seeker["user"]["email"], PASSWORD)
    page.goto("/applications")
    page.get_by_role("button", name="Чат SmartBot").click()
    subtitle = page.get_by_role("dialog", name="SmartBot").locator(".chat-drawer__subtitle")
    # A title longer than two lines is cut on screen, and hovering shows all of it.
    expect(subtitle).to_have_attribute("title", f"Отклик на «{LONG_TITLE}»")
