"""The employer reads what the candidate sent: the cover letter and the resume, in the read-only chat drawer."""

import re
import uuid

from playwright.sync_api import expect

from .ui import PASSWORD, RESUME, VACANCY, api_post, api_user, sign_in

COVER_LETTER = "Пять лет веду учёт в 1С, готова выйти через две недели."


def applied_with(page, *, cover_letter: str | None):
    """Create an employer, a vacancy, a job seeker with a resume and the seeker's application."""
    suffix = uuid.uuid4().hex[:8]
    employer = api_user(page, user_type="employer", full_name="Айгүл Сәрсенова",
                        email=f"hr-{suffix}@example.kz", password=PASSWORD)
    seeker = api_user(page, user_type="job_seeker", full_name="Мадина Оспанова",
                      email=f"seeker-{suffix}@example.kz", password=PASSWORD)
    vacancy = api_post(page, employer["access_token"], "/jobs", {**VACANCY, "title": f"Бухгалтер {suffix}"})
    resume = api_post(page, seeker["access_token"], "/resumes", RESUME)
    body = {"job_id": vacancy["id"], "lang": "ru", "resume_id": resume["id"]}
    if cover_letter:
        body["cover_letter"] = cover_letter
    api_post(page, seeker["access_token"], "/applications", body)
    return employer, seeker, vacancy, resume


def open_candidate_chat(page, employer, vacancy):
    sign_in(page, employer["user"]["email"], PASSWORD)
    page.goto(f"/employer?tab=applications&job_id={vacancy['id']}")
    row = page.get_by_test_id("application-row").filter(has_text="Мадина Оспанова")
    row.get_by_role("button", name=re.compile("^Чат")).click()
    return page.locator(".chat-drawer").get_by_test_id("candidate-materials")


def test_employer_reads_cover_letter_and_resume(desktop_page, screenshots):
    page = desktop_page
    employer, _seeker, vacancy, _resume = applied_with(page, cover_letter=COVER_LETTER)

    materials = open_candidate_chat(page, employer, vacancy)
    expect(materials.get_by_role("heading", name=RESUME["title"])).to_be_visible()
    screenshots.take(page, "candidate-materials")

    expect(materials).to_contain_text(COVER_LETTER)
    expect(materials).to_contain_text(RESUME["experience"])
    expect(materials).to_contain_text(RESUME["skills"])
    expect(materials).to_contain_text(RESUME["location"])


def test_employer_sees_deleted_resume_note(desktop_page):
    page = desktop_page
    employer, seeker, vacancy, resume = applied_with(page, cover_letter=None)
    deleted = page.request.delete(f"/resumes/{resume['id']}",
                                  headers={"Authorization": f"Bearer {seeker['access_token']}"})
    assert deleted.status == 204, deleted.text()

    materials = open_candidate_chat(page, employer, vacancy)

    expect(materials).to_contain_text("Резюме удалено или не было приложено к отклику.")
    expect(materials).to_contain_text("Кандидат не написал сопроводительное письмо.")
    expect(materials.get_by_role("heading", name=RESUME["title"])).to_have_count(0)
