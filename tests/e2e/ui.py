"""Steps a user takes in the SPA, written once for every browser test."""

import uuid
from dataclasses import dataclass

from playwright.sync_api import Page, expect

PASSWORD = "e2e-password-3"

VACANCY = {
    "title": "Бухгалтер",
    "description": "Ведение учёта малого бизнеса, отчётность в КГД.",
    "requirements": "1С, МСФО, опыт от 3 лет, казахский и русский языки",
    "location": "Астана",
    "employment_type": "full_time",
    "experience_level": "middle",
    "salary_min": 400000,
    "salary_max": 600000,
}

RESUME = {
    "title": "Бухгалтер",
    "experience": "4 года бухгалтером в торговой компании, отчётность в КГД.",
    "skills": "1С, Excel, налоговая отчётность",
    "languages": "Қазақ тілі, русский",
    "location": "Астана",
}


def sign_in(page: Page, email: str, password: str) -> None:
    page.goto("/signin")
    page.get_by_label("Эл. почта").fill(email)
    page.get_by_label("Пароль").fill(password)
    page.get_by_role("button", name="Войти", exact=True).click()
    # The header hides the user's name behind "Меню" on a phone, so wait for it in the DOM.
    expect(page.get_by_test_id("current-user")).to_be_attached()


def sign_up(page: Page, *, role: str, full_name: str, email: str, password: str) -> None:
    """Register through the form; `role` is the visible choice ("Ищу работу" or "Нанимаю сотрудников")."""
    page.goto("/signup")
    page.get_by_label(role).check()
    page.get_by_label("Имя и фамилия").fill(full_name)
    page.get_by_label("Эл. почта").fill(email)
    page.get_by_label("Пароль").fill(password)
    page.get_by_role("button", name="Зарегистрироваться").click()
    expect(page.get_by_test_id("current-user")).to_have_text(full_name)


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Выйти").click()
    expect(page.get_by_role("link", name="Войти", exact=True)).to_be_visible()


def has_horizontal_scroll(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


def api_user(page: Page, *, user_type: str, full_name: str, email: str, password: str) -> dict:
    """Register a user through the API and return the login answer (token and user), for quick setup."""
    registered = page.request.post(
        "/auth/register",
        data={"email": email, "password": password, "full_name": full_name, "user_type": user_type},
    )
    assert registered.status == 201, registered.text()
    login = page.request.post("/auth/login", data={"email": email, "password": password})
    assert login.status == 200, login.text()
    return login.json()


def api_post(page: Page, token: str, path: str, body: dict) -> dict:
    """POST a JSON body as the token's user and return the created object."""
    response = page.request.post(path, data=body, headers={"Authorization": f"Bearer {token}"})
    assert response.status == 201, response.text()
    return response.json()


def api_get(page: Page, token: str, path: str) -> dict:
    """GET a path as the token's user and return the decoded body."""
    response = page.request.get(path, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    assert response.ok, response.text()
    return response.json()


@dataclass
class Applied:
    """A vacancy of a new employer and a new job seeker's application to it, made through the API."""

    employer: dict
    seeker: dict
    vacancy: dict
    resume: dict | None
    application: dict

    @property
    def seeker_token(self) -> str:
        return self.seeker["access_token"]


def api_application(page: Page, *, title: str = VACANCY["title"], with_resume: bool = True, apply: bool = True):
    """Create an employer, a vacancy called `title`, a job seeker (with a resume) and, unless `apply` is
    false, the seeker's application in Russian. Every account has a fresh email and the password PASSWORD."""
    suffix = uuid.uuid4().hex[:8]
    employer = api_user(page, user_type="employer", full_name="Айгүл Сәрсенова",
                        email=f"hr-{suffix}@example.kz", password=PASSWORD)
    seeker = api_user(page, user_type="job_seeker", full_name="Арман Жұмабаев",
                      email=f"seeker-{suffix}@example.kz", password=PASSWORD)
    vacancy = api_post(page, employer["access_token"], "/jobs", {**VACANCY, "title": title})
    resume = api_post(page, seeker["access_token"], "/resumes", RESUME) if with_resume else None
    application = None
    if apply:
        body = {"job_id": vacancy["id"], "lang": "ru", **({"resume_id": resume["id"]} if resume else {})}
        application = api_post(page, seeker["access_token"], "/applications", body)
    return Applied(employer=employer, seeker=seeker, vacancy=vacancy, resume=resume, application=application)
