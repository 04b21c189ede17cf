"""Steps a user takes in the SPA, written once for every browser test."""

from playwright.sync_api import Page, expect


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
