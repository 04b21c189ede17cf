"""Deep links, the language switch and protected routes, as a browser sees them."""

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from .conftest import DEMO_EMPLOYER, DEMO_PASSWORD, DEMO_SEEKER
from .ui import PASSWORD, api_application, api_get, sign_in


def first_vacancy(page) -> dict:
    """Return the newest active vacancy, read through the API the SPA uses."""
    response = page.request.get("/jobs", headers={"Accept": "application/json"})
    assert response.ok, response.text()
    return response.json()["items"][0]


def test_deep_link_survives_refresh(desktop_page, screenshots):
    page = desktop_page
    vacancy = first_vacancy(page)

    page.goto(f"/jobs/{vacancy['id']}")
    expect(page.get_by_role("heading", level=1)).to_have_text(vacancy["title"])
    screenshots.take(page, "deep-link")

    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(vacancy["title"])
    expect(page.get_by_role("heading", name="Описание")).to_be_visible()
    expect(page.get_by_role("link", name="Войти и откликнуться")).to_be_visible()
    screenshots.take(page, "deep-link-after-refresh")


def test_unknown_vacancy_and_path_show_not_found(desktop_page, screenshots):
    page = desktop_page
    page.goto("/jobs/999999")
    expect(page.get_by_role("heading", name="Страница не найдена")).to_be_visible()
    page.goto("/no/such/page")
    expect(page.get_by_role("heading", name="Страница не найдена")).to_be_visible()
    screenshots.take(page, "not-found")
    page.get_by_role("link", name="К вакансиям").click()
    expect(page.get_by_role("heading", name="Вакансии в Казахстане")).to_be_visible()


def test_search_query_is_kept_in_address(desktop_page, screenshots):
    page = desktop_page
    response = page.request.get("/jobs", params={"location": "Алматы"}, headers={"Accept": "application/json"})
    assert response.ok, response.text()
    total = response.json()["total"]
    assert total > 0, "the demo data has no vacancy in Almaty"

    page.goto("/")
    page.get_by_label("Город").fill("Алматы")
    page.get_by_role("button", name="Найти").click()
    expect(page).to_have_url(re.compile(r"location=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B"))
    found = page.get_by_test_id("jobs-found")
    expect(found).to_have_text(re.compile(rf"^Найдено: {total} ваканси(я|и|й)$"))
    count_text = found.inner_text()
    expect(page.locator(".job-card")).to_have_count(min(total, 10))

    page.reload()
    expect(page.get_by_label("Город")).to_have_value("Алматы")
    expect(found).to_have_text(count_text)
    for card in page.locator(".job-card").all():
        expect(card).to_contain_text("Алматы")
    screenshots.take(page, "search-by-city")


def test_kazakh_switch_changes_text_and_persists(desktop_page, screenshots):
    page = desktop_page
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Вакансии в Казахстане")
    expect(page.get_by_role("link", name="Вакансии", exact=True)).to_be_visible()
    screenshots.take(page, "home-russian")

    page.get_by_label("Язык интерфейса").select_option("kk")
    expect(page.get_by_role("heading", level=1)).to_have_text("Қазақстандағы бос орындар")
    expect(page.get_by_role("link", name="Бос орындар", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Іздеу")).to_be_visible()
    expect(page.get_by_test_id("jobs-found")).to_have_text(re.compile(r"^Табылды: \d+ бос орын$"))
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    # Money and dates follow Kazakh conventions even where the browser lacks Kazakh locale data.
    expect(page.locator(".job-card__salary").first).to_have_text(re.compile(r"^[\d\s]+\s–\s[\d\s]+\s₸$"))
    expect(page.locator(".job-card time").first).to_have_text(re.compile(r"^\d{4} ж\. \d{1,2} [а-яәғқңөұүһі]+$"))
    screenshots.take(page, "home-kazakh")

    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Қазақстандағы бос орындар")

    page.get_by_role("link", name=re.compile("^Толығырақ")).first.click()
    expect(page.get_by_role("heading", name="Сипаттама")).to_be_visible()
    expect(page.get_by_role("link", name="Кіру және өтінім беру")).to_be_visible()
    screenshots.take(page, "vacancy-kazakh")

    page.get_by_label("Интерфейс тілі").select_option("ru")
    expect(page.get_by_role("heading", name="Описание")).to_be_visible()


def test_kazakh_chat_switch_sets_session_language(desktop_page, screenshots):
    page = desktop_page
    applied = api_application(page)
    session_id = applied.application["session_id"]
    sign_in(page, applied.seeker["user"]["email"], PASSWORD)
    page.goto("/applications")
    page.get_by_role("button", name="Чат SmartBot").click()
    chat = page.get_by_role("dialog", name="SmartBot")
    expect(chat.locator(".chat-message--assistant").first).to_be_visible()

    kazakh = chat.get_by_role("button", name="KK")
    kazakh.click()
    expect(kazakh).to_have_attribute("aria-pressed", "true")
    expect(chat.get_by_role("button", name="RU")).to_have_attribute("aria-pressed", "false")
    # The chat reloads the dialog after the switch, so a question the server repeats in Kazakh appears.
    stored = api_get(page, applied.seeker_token, f"/smartbot/messages/{session_id}?per_page=500")["items"]
    expect(chat.locator(".chat-message")).to_have_count(len(stored))
    expect(chat.locator(".chat-message__text").last).to_have_text(stored[-1]["content"])
    screenshots.take(page, "chat-kazakh")

    # The language belongs to the session on the server, so a reopened chat keeps it.
    chat.get_by_role("button", name="Закрыть чат").click()
    expect(chat).to_be_hidden()
    page.reload()
    page.get_by_role("button", name="Чат SmartBot").click()
    expect(chat.get_by_role("button", name="KK")).to_have_attribute("aria-pressed", "true")
    chat.get_by_role("button", name="RU").click()
    expect(chat.get_by_role("button", name="RU")).to_have_attribute("aria-pressed", "true")
    session = api_get(page, applied.seeker_token, f"/smartbot/session/{applied.application['id']}")
    assert session["lang"] == "ru"


@pytest.mark.parametrize(
    ("email", "page_path", "heading"),
    [
        (DEMO_EMPLOYER, "/employer?tab=applications", "Кабинет работодателя"),
        (DEMO_SEEKER, "/profile", "Моё резюме"),
        (DEMO_SEEKER, "/applications", "Мои отклики"),
    ],
)
def test_sign_out_lands_on_home(desktop_page, email, page_path, heading):
    page = desktop_page
    sign_in(page, email, DEMO_PASSWORD)
    page.goto(page_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)

    page.get_by_role("button", name="Выйти").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Вакансии в Казахстане")
    expect(page).to_have_url(re.compile(r"^http://[^/]+/$"))
    expect(page.get_by_role("link", name="Войти", exact=True)).to_be_visible()


def test_sign_in_after_sign_out_lands_home(desktop_page):
    page = desktop_page
    sign_in(page, DEMO_EMPLOYER, DEMO_PASSWORD)
    page.goto("/employer?tab=applications")
    page.get_by_role("button", name="Выйти").click()
    expect(page).to_have_url(re.compile(r"^http://[^/]+/$"))

    # The job seeker signs in from the header on the same tab.
    page.get_by_role("link", name="Войти", exact=True).click()
    expect(page).to_have_url(re.compile(r"/signin$"))
    page.get_by_label("Эл. почта").fill(DEMO_SEEKER)
    page.get_by_label("Пароль").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Войти", exact=True).click()
    expect(page.get_by_test_id("current-user")).to_have_text("Айгерім Нұрланқызы")
    expect(page.get_by_role("heading", level=1)).to_have_text("Вакансии в Казахстане")
    expect(page.get_by_role("heading", name="Нет доступа")).to_have_count(0)


@pytest.mark.parametrize(
    ("email", "next_path", "landing", "heading"),
    [
        (DEMO_SEEKER, "/employer?tab=applications", r"/$", "Вакансии в Казахстане"),
        (DEMO_EMPLOYER, "/profile", r"/employer$", "Кабинет работодателя"),
    ],
)
def test_sign_in_ignores_next_of_other_role(desktop_page, email, next_path, landing, heading):
    page = desktop_page
    page.goto(f"/signin?next={quote(next_path, safe='')}")
    page.get_by_label("Эл. почта").fill(email)
    page.get_by_label("Пароль").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Войти", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page).to_have_url(re.compile(landing))
    expect(page.get_by_role("heading", name="Нет доступа")).to_have_count(0)


def test_guest_is_sent_to_sign_in_and_back(desktop_page, screenshots):
    page = desktop_page
    page.goto("/employer?tab=applications")
    expect(page).to_have_url(re.compile(r"/signin\?next=%2Femployer%3Ftab%3Dapplications$"))
    page.get_by_role("button", name="Войти", exact=True).click()
    expect(page.locator("#signin-email-error")).to_have_text("Заполните это поле.")
    expect(page.locator("#signin-password-error")).to_have_text("Заполните это поле.")

    page.get_by_label("Эл. почта").fill(DEMO_EMPLOYER)
    page.get_by_label("Пароль").fill("wrong-password")
    page.get_by_role("button", name="Войти", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("Неверная эл. почта или пароль.")
    screenshots.take(page, "wrong-password")

    page.get_by_label("Пароль").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Войти", exact=True).click()
    expect(page).to_have_url(re.compile(r"/employer\?tab=applications$"))
    expect(page.get_by_role("tab", name="Отклики")).to_have_attribute("aria-selected", "true")


def test_seeker_cannot_open_employer_dashboard(desktop_page):
    page = desktop_page
    sign_in(page, DEMO_SEEKER, DEMO_PASSWORD)
    page.goto("/employer")
    expect(page.get_by_role("heading", name="Нет доступа")).to_be_visible()
    expect(page.get_by_text("Эта страница доступна только работодателям.")).to_be_visible()


def test_signup_shows_server_field_errors(desktop_page, screenshots):
    page = desktop_page
    page.goto("/signup")
    page.get_by_role("button", name="Зарегистрироваться").click()
    expect(page.locator("#signup-role-error")).to_have_text("Выберите один из вариантов.")
    expect(page.locator("#signup-password-error")).to_have_text("Пароль должен быть не короче 8 символов.")

    page.get_by_label("Ищу работу").check()
    page.get_by_label("Имя и фамилия").fill("Айгерім")
    page.get_by_label("Эл. почта").fill(DEMO_SEEKER.upper())
    page.get_by_label("Пароль").fill("long-enough-1")
    page.get_by_role("button", name="Зарегистрироваться").click()
    taken_message = "Эта эл. почта уже зарегистрирована. Войдите или укажите другую."
    expect(page.locator("#signup-email-error")).to_have_text(taken_message)
    # The message appears under the field only, not again above the form.
    expect(page.get_by_text(taken_message)).to_have_count(1)
    expect(page.get_by_role("alert")).to_have_count(0)
    screenshots.take(page, "email-taken")


def test_rejected_token_sends_user_to_sign_in(desktop_page):
    page = desktop_page
    page.goto("/")
    page.evaluate("localStorage.setItem('jobboard.token', 'not-a-valid-token')")
    page.goto("/applications")
    expect(page).to_have_url(re.compile(r"/signin\?next=%2Fapplications&reason=expired$"))
    expect(page.get_by_role("status").filter(has_text="Сеанс истёк. Войдите снова.")).to_be_visible()
    assert page.evaluate("localStorage.getItem('jobboard.token')") is None

    page.get_by_label("Эл. почта").fill(DEMO_SEEKER)
    page.get_by_label("Пароль").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Войти", exact=True).click()
    expect(page).to_have_url(re.compile(r"/applications$"))
    expect(page.get_by_role("heading", name="Мои отклики")).to_be_visible()


def test_page_past_the_end_offers_first_page(desktop_page):
    page = desktop_page
    page.goto("/?page=99")
    expect(page.get_by_text("На этой странице вакансий нет.")).to_be_visible()
    page.get_by_role("button", name="К первой странице").click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator(".job-card").first).to_be_visible()
