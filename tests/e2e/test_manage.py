"""Editing, archiving, restoring and deleting through the UI, on data made through the API."""

import re
import uuid

from playwright.sync_api import expect

from .ui import api_post, api_user, sign_in

PASSWORD = "e2e-password-2"

VACANCY = {
    "title": "Бухгалтер",
    "description": "Ведение учёта малого бизнеса.",
    "requirements": "1С, налоговая отчётность",
    "location": "Астана",
    "employment_type": "full_time",
    "experience_level": "junior",
    "salary_min": 300000,
    "salary_max": 450000,
    "remote_work": True,
}


def test_employer_edits_archives_and_restores(desktop_page, screenshots):
    page = desktop_page
    suffix = uuid.uuid4().hex[:8]
    employer = api_user(page, user_type="employer", full_name="Ерлан Ахметов",
                        email=f"hr-manage-{suffix}@example.kz", password=PASSWORD)
    seeker = api_user(page, user_type="job_seeker", full_name="Данияр Ермеков",
                      email=f"seeker-manage-{suffix}@example.kz", password=PASSWORD)
    applied = api_post(page, employer["access_token"], "/jobs", {**VACANCY, "title": f"Бухгалтер {suffix}"})
    lonely = api_post(page, employer["access_token"], "/jobs", {**VACANCY, "title": f"Кассир {suffix}"})
    api_post(page, seeker["access_token"], "/applications", {"job_id": applied["id"]})

    sign_in(page, employer["user"]["email"], PASSWORD)
    applied_item = page.locator(".my-job").filter(has_text=applied["title"])
    lonely_item = page.locator(".my-job").filter(has_text=lonely["title"])
    expect(applied_item).to_contain_text("1 отклик")
    expect(applied_item).to_contain_text("300 000 – 450 000 ₸")

    # The form starts from the saved vacancy and rejects a minimum salary above the maximum.
    applied_item.get_by_role("button", name="Изменить").click()
    expect(page.get_by_label("Должность")).to_have_value(applied["title"])
    expect(page.get_by_label("Зарплата от")).to_have_value("300000")
    page.get_by_label("Зарплата от").fill("500000")
    page.get_by_role("button", name="Сохранить").click()
    expect(page.locator("#job-salary-max-error")).to_have_text("Зарплата «от» не может быть больше зарплаты «до».")
    page.get_by_label("Зарплата от").fill("350000")
    new_title = f"Главный бухгалтер {suffix}"
    page.get_by_label("Должность").fill(new_title)
    page.get_by_role("button", name="Сохранить").click()
    expect(page.get_by_role("status").filter(has_text=f"Вакансия «{new_title}» сохранена.")).to_be_visible()
    applied_item = page.locator(".my-job").filter(has_text=new_title)
    expect(applied_item).to_contain_text("350 000 – 450 000 ₸")

    # A vacancy with applications is archived, one without is deleted.
    page.once("dialog", lambda dialog: dialog.accept())
    applied_item.get_by_role("button", name="В архив").click()
    expect(page.get_by_role("status").filter(has_text=f"Вакансия «{new_title}» перенесена в архив.")).to_be_visible()
    expect(applied_item).to_contain_text("В архиве")
    screenshots.take(page, "archived")

    page.once("dialog", lambda dialog: dialog.accept())
    lonely_item.get_by_role("button", name="Удалить").click()
    expect(page.get_by_role("status").filter(has_text=f"Вакансия «{lonely['title']}» удалена.")).to_be_visible()
    expect(lonely_item).to_have_count(0)

    # Search no longer finds the archived vacancy.
    response = page.request.get("/jobs", params={"text": suffix}, headers={"Accept": "application/json"})
    assert response.json()["total"] == 0

    applied_item.get_by_role("button", name="Восстановить").click()
    expect(page.get_by_role("status").filter(has_text=f"Вакансия «{new_title}» снова открыта.")).to_be_visible()
    expect(applied_item).to_contain_text("Открыта")

    # The application count links to the applications tab filtered by this vacancy.
    applied_item.get_by_role("button", name="1 отклик").click()
    expect(page).to_have_url(re.compile(rf"tab=applications&job_id={applied['id']}"))
    expect(page.get_by_test_id("application-row")).to_have_count(1)
    expect(page.get_by_test_id("application-row")).to_contain_text("Данияр Ермеков")
    expect(page.get_by_test_id("application-row")).to_contain_text("без резюме")
    screenshots.take(page, "applications-of-vacancy")


def test_seeker_edits_and_deletes_resume(desktop_page, screenshots):
    page = desktop_page
    suffix = uuid.uuid4().hex[:8]
    seeker = api_user(page, user_type="job_seeker", full_name="Әлия Серікқызы",
                      email=f"seeker-resume-{suffix}@example.kz", password=PASSWORD)
    api_post(page, seeker["access_token"], "/resumes", {"title": "Бухгалтер", "skills": "1С, Excel"})

    sign_in(page, seeker["user"]["email"], PASSWORD)
    page.goto("/profile")
    expect(page.get_by_role("heading", name="Бухгалтер", exact=True)).to_be_visible()
    page.get_by_role("button", name="Изменить").click()
    page.get_by_label("Ссылка на портфолио").fill("not a link")
    page.get_by_role("button", name="Сохранить").click()
    expect(page.locator("#resume-portfolio-error")).to_have_text("Введите ссылку, начинающуюся с http:// или https://.")

    page.get_by_label("Ссылка на портфолио").fill("https://example.kz/aliya")
    page.get_by_label("Название резюме").fill("Главный бухгалтер")
    page.get_by_label("Языки").fill("Қазақ тілі, русский")
    page.get_by_label("Показывать резюме работодателям").uncheck()
    page.get_by_role("button", name="Сохранить").click()
    expect(page.get_by_role("status").filter(has_text="Резюме сохранено.")).to_be_visible()
    card = page.locator(".resume-card")
    expect(card.get_by_role("heading")).to_have_text("Главный бухгалтер")
    expect(card).to_contain_text("Қазақ тілі, русский")
    expect(card).to_contain_text("1С, Excel")
    expect(card).to_contain_text("Скрыто")
    screenshots.take(page, "resume-edited")

    page.once("dialog", lambda dialog: dialog.accept())
    card.get_by_role("button", name="Удалить").click()
    expect(page.get_by_role("status").filter(has_text="Резюме удалено.")).to_be_visible()
    expect(page.get_by_text("У вас пока нет резюме")).to_be_visible()
    expect(page.get_by_label("Название резюме")).to_have_value("")
