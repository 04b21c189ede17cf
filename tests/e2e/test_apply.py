"""Applying to a vacancy from its page, with or without a resume."""

from playwright.sync_api import expect

from .ui import PASSWORD, api_application, api_get, sign_in


def test_apply_without_resume_when_one_exists(desktop_page, screenshots):
    page = desktop_page
    applied = api_application(page, apply=False)
    sign_in(page, applied.seeker["user"]["email"], PASSWORD)
    page.goto(f"/jobs/{applied.vacancy['id']}")

    # The newest resume is offered first, and "Без резюме" stays chosen once picked.
    resume = page.get_by_label("Резюме")
    expect(resume).to_have_value(str(applied.resume["id"]))
    resume.select_option(label="Без резюме")
    expect(resume).to_have_value("")
    page.get_by_label("Сопроводительное письмо").fill("Резюме пришлю позже.")
    expect(resume).to_have_value("")
    screenshots.take(page, "no-resume-chosen")

    page.get_by_role("button", name="Откликнуться").click()
    expect(page.get_by_role("dialog", name="SmartBot")).to_be_visible()
    expect(page.get_by_test_id("my-application")).to_contain_text("Новый")
    mine = api_get(page, applied.seeker_token, f"/applications/mine?job_id={applied.vacancy['id']}")["items"]
    assert len(mine) == 1
    assert mine[0]["resume_id"] is None
    assert mine[0]["resume_title"] is None


def test_apply_with_chosen_resume(desktop_page):
    page = desktop_page
    applied = api_application(page, apply=False)
    sign_in(page, applied.seeker["user"]["email"], PASSWORD)
    page.goto(f"/jobs/{applied.vacancy['id']}")

    resume = page.get_by_label("Резюме")
    resume.select_option(label="Без резюме")
    resume.select_option(label=applied.resume["title"])
    expect(resume).to_have_value(str(applied.resume["id"]))
    page.get_by_role("button", name="Откликнуться").click()
    expect(page.get_by_test_id("my-application")).to_contain_text("Новый")
    mine = api_get(page, applied.seeker_token, f"/applications/mine?job_id={applied.vacancy['id']}")["items"]
    assert [item["resume_id"] for item in mine] == [applied.resume["id"]]
