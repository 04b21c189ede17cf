"""Browser bugs found by attacking the SPA: hostile text, other tabs, failed requests.

Each test drives what a user would do and checks what they would see. A blank
page, a page wider than the phone, or data saved into another account is a bug.
"""

import json
import re
import uuid

from playwright.sync_api import expect

from .conftest import DEMO_PASSWORD, DEMO_SEEKER
from .ui import PASSWORD, VACANCY, api_application, api_get, api_post, api_user, has_horizontal_scroll, sign_in

# A real company name written without spaces: no break opportunity in 66 characters.
LONG_COMPANY = "ТОО«КазахстанскаяНациональнаяИнформационноТехнологическаяКомпания»"


def unique_email(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}@example.kz"


def seed_token(page, token: str) -> None:
    """Store `token` as the signed-in user's token before the SPA's first script runs."""
    page.context.add_init_script(f"window.localStorage.setItem('jobboard.token', {json.dumps(token)})")


# A long unbroken word at 375 px


def test_long_company_name_fits_375(mobile_page, screenshots):
    page = mobile_page
    employer = api_user(page, user_type="employer", full_name=LONG_COMPANY,
                        email=unique_email("long-hr"), password=PASSWORD)
    vacancy = api_post(page, employer["access_token"], "/jobs", VACANCY)

    page.goto(f"/jobs/{vacancy['id']}")
    expect(page.get_by_text(LONG_COMPANY)).to_be_visible()
    screenshots.take(page, "vacancy")
    vacancy_page_scrolls = has_horizontal_scroll(page)

    # The list shows the newest vacancy first, so this one is on the first page.
    page.goto("/")
    expect(page.get_by_text(LONG_COMPANY).first).to_be_visible()
    screenshots.take(page, "list")
    list_scrolls = has_horizontal_scroll(page)

    assert not vacancy_page_scrolls, "the vacancy page scrolls sideways at 375 px"
    assert not list_scrolls, "the vacancy list scrolls sideways at 375 px"


# Two tabs of one browser share the stored token


def test_sign_in_in_other_tab_keeps_data_apart(desktop_page, screenshots):
    first_tab = desktop_page
    first = api_user(first_tab, user_type="job_seeker", full_name="Айгүл Первая",
                     email=unique_email("tab-one"), password=PASSWORD)
    second = api_user(first_tab, user_type="job_seeker", full_name="Бауыржан Второй",
                      email=unique_email("tab-two"), password=PASSWORD)
    sign_in(first_tab, first["user"]["email"], PASSWORD)
    first_tab.goto("/profile")
    first_tab.get_by_label("Название резюме").fill("Резюме из первой вкладки")

    second_tab = first_tab.context.new_page()
    sign_in(second_tab, second["user"]["email"], PASSWORD)
    expect(second_tab.get_by_test_id("current-user")).to_have_text("Бауыржан Второй")
    with first_tab.expect_response(lambda response: response.request.method == "POST" and "/resumes" in response.url):
        first_tab.get_by_role("button", name="Сохранить").click()
    screenshots.take(first_tab, "first-tab-after-save")

    saved_into = []
    for user in (first, second):
        resumes = api_get(first_tab, user["access_token"], "/resumes/mine")["items"]
        if any(resume["title"] == "Резюме из первой вкладки" for resume in resumes):
            saved_into.append(user["user"]["full_name"])
    shown_as = first_tab.get_by_test_id("current-user").inner_text()
    # Whatever the tab does about the other sign-in, it must save as the user it shows.
    assert saved_into in ([], [shown_as]), f"saved into {saved_into} while the tab shows {shown_as!r}"


# An archived vacancy, seen by a candidate who applied to it


def test_applicant_opens_archived_vacancy(desktop_page, screenshots):
    page = desktop_page
    applied = api_application(page, title="Вакансия, ушедшая в архив")
    archived = page.request.delete(f"/jobs/{applied.vacancy['id']}",
                                   headers={"Authorization": f"Bearer {applied.employer['access_token']}"})
    assert archived.status == 204, archived.text()
    sign_in(page, applied.seeker["user"]["email"], PASSWORD)

    page.goto("/applications")
    page.get_by_role("link", name="Вакансия, ушедшая в архив").click()
    expect(page.get_by_role("status").filter(has_text="Загрузка…")).to_have_count(0)
    screenshots.take(page, "archived-vacancy")

    # The application and its dialog are kept, so the vacancy is not "not found" for its applicant.
    expect(page.get_by_text("Страница не найдена")).to_have_count(0)
    expect(page.get_by_text("Вакансия, ушедшая в архив").first).to_be_visible()
    expect(page.get_by_test_id("archived-notice")).to_contain_text("Вакансия в архиве")
    expect(page.get_by_role("button", name="Откликнуться")).to_have_count(0)
    expect(page.get_by_role("button", name="Открыть чат")).to_be_visible()


# Failed requests must leave a usable page, never a blank one


def test_failed_page_chunk_keeps_app_usable(desktop_page, screenshots):
    page = desktop_page
    blocked = []

    def not_found(route):
        blocked.append(route.request.url)
        route.fulfill(status=404, body="Not Found")

    # A tab opened before the server was rebuilt requests a chunk name that no longer exists.
    page.route(re.compile(r"/assets/Profile-[^/]*\.js$"), not_found)
    sign_in(page, DEMO_SEEKER, DEMO_PASSWORD)
    with page.expect_response(re.compile(r"/assets/Profile-")):
        page.get_by_role("link", name="Моё резюме").click()
    expect(page.get_by_role("status").filter(has_text="Загрузка…")).to_have_count(0)
    screenshots.take(page, "chunk-failed")

    assert blocked, "the profile page is no longer a separate chunk; update the route pattern"
    expect(page.get_by_role("link", name="Вакансии", exact=True)).to_be_visible()


def test_unexpected_list_body_keeps_app_usable(desktop_page, screenshots):
    page = desktop_page
    answered = []

    def html_instead_of_json(route):
        if route.request.resource_type not in ("xhr", "fetch"):
            route.continue_()
            return
        answered.append(route.request.url)
        # A captive portal or a misconfigured proxy responds with 200 and its own page.
        route.fulfill(status=200, body="<html><body>Wi-Fi login</body></html>", content_type="text/html")

    page.route(re.compile(r"/jobs(\?.*)?$"), html_instead_of_json)
    with page.expect_response(re.compile(r"/jobs(\?.*)?$")):
        page.goto("/")
    expect(page.get_by_role("status").filter(has_text="Загрузка…")).to_have_count(0)
    screenshots.take(page, "html-body")

    assert answered
    expect(page.get_by_role("heading", name="Вакансии в Казахстане")).to_be_visible()


def test_auth_check_outage_is_not_sign_out(desktop_page, screenshots):
    page = desktop_page
    seeker = api_user(page, user_type="job_seeker", full_name="Данияр Сбоев",
                      email=unique_email("outage"), password=PASSWORD)
    seed_token(page, seeker["access_token"])
    unavailable = {"error": {"code": "database_unavailable", "message": "The database is unavailable."}}
    page.route(re.compile(r"/auth/me$"), lambda route: route.fulfill(
        status=503, body=json.dumps(unavailable), content_type="application/json"))

    page.goto("/applications")
    expect(page.get_by_role("status").filter(has_text="Загрузка…")).to_have_count(0)
    screenshots.take(page, "auth-me-503")

    # The token is still valid, so the user should learn that the server is down instead of seeing a sign-in form.
    expect(page.get_by_text("База данных временно недоступна").first).to_be_visible()


def test_sign_in_with_backslash_next_lands_inside(desktop_page, screenshots):
    page = desktop_page
    # Browsers read "/\\example.com" as "//example.com", another host.
    page.goto("/signin?next=/%5Cexample.com")
    page.get_by_label("Эл. почта").fill(DEMO_SEEKER)
    page.get_by_label("Пароль").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Войти", exact=True).click()
    expect(page.get_by_test_id("current-user")).to_be_attached()
    screenshots.take(page, "after-sign-in")

    expect(page).not_to_have_url(re.compile(r"/signin"))
    expect(page.get_by_text("Нет связи с сервером")).to_have_count(0)


def test_fractional_page_in_address_shows_vacancies(desktop_page):
    page = desktop_page
    page.goto("/?page=1.5")

    expect(page.locator(".job-card").first).to_be_visible()
    expect(page.get_by_text("Не удалось загрузить вакансии.")).to_have_count(0)


# The API and the SPA share the address /jobs/{id}


def test_back_to_vacancy_shows_page_not_json(desktop_page, screenshots):
    page = desktop_page
    listed = page.request.get("/jobs?per_page=1", headers={"Accept": "application/json"})
    assert listed.ok, listed.text()
    vacancy = listed.json()["items"][0]
    page.goto(f"/jobs/{vacancy['id']}")
    expect(page.get_by_role("heading", level=1)).to_have_text(vacancy["title"])

    # Leaving the SPA and coming back loads the page from the browser's HTTP cache,
    # where the SPA's own JSON request for the same address is stored.
    page.goto("about:blank")
    page.go_back()
    screenshots.take(page, "back-to-vacancy")

    expect(page.get_by_role("heading", level=1)).to_have_text(vacancy["title"])
