"""The customer's scenario, clicked through in a real browser.

An employer signs up and posts a vacancy; a job seeker signs up, fills the
resume, applies, answers SmartBot and completes the dialog; the employer then
sees the relevance, the summary and the read-only dialog.
"""

import re
import uuid

from playwright.sync_api import expect

from .ui import sign_in, sign_out, sign_up

PASSWORD = "e2e-password-1"

VACANCY_TITLE = "Python-разработчик (e2e)"
# Each answer carries several facts, since the order of SmartBot's questions depends on its plan.
ANSWERS = [
    "С Docker работаю два года: собираю образы и поднимаю окружение через docker compose.",
    "Русский и казахский — свободно, английский B2. Могу выйти через две недели после оффера.",
    "Ожидаю около 900 000 тенге на руки, готова обсуждать.",
]


def test_customer_scenario(desktop_page, screenshots):
    page = desktop_page
    suffix = uuid.uuid4().hex[:8]
    title = f"{VACANCY_TITLE} {suffix}"
    employer_email = f"hr-{suffix}@example.kz"
    seeker_email = f"seeker-{suffix}@example.kz"

    # The employer signs up and lands on the dashboard.
    sign_up(page, role="Нанимаю сотрудников", full_name="Айдана Сапарова", email=employer_email, password=PASSWORD)
    expect(page).to_have_url(re.compile(r"/employer$"))
    expect(page.get_by_text("У вас пока нет вакансий")).to_be_visible()
    screenshots.take(page, "employer-dashboard-empty")

    # An empty form shows the messages under its fields.
    page.get_by_role("button", name="Новая вакансия").click()
    page.get_by_role("button", name="Опубликовать").click()
    expect(page.locator("#job-title-error")).to_have_text("Заполните это поле.")
    expect(page.locator("#job-description-error")).to_have_text("Заполните это поле.")
    screenshots.take(page, "vacancy-form-errors")

    page.get_by_label("Должность").fill(title)
    page.get_by_label("Описание").fill("Разработка API платёжного сервиса на Flask и PostgreSQL.")
    page.get_by_label("Требования").fill("Python, Flask, PostgreSQL, Docker. Опыт от 3 лет. Русский, казахский.")
    page.get_by_label("Город").fill("Алматы")
    page.get_by_label("Занятость").select_option("full_time")
    page.get_by_label("Уровень").select_option("middle")
    page.get_by_label("Зарплата от").fill("700000")
    page.get_by_label("Зарплата до").fill("1100000")
    screenshots.take(page, "vacancy-form-filled")
    page.get_by_role("button", name="Опубликовать").click()
    expect(page.get_by_role("status").filter(has_text=f"Вакансия «{title}» опубликована.")).to_be_visible()
    vacancy_item = page.locator(".my-job").filter(has_text=title)
    expect(vacancy_item).to_contain_text("700 000 – 1 100 000 ₸")
    expect(vacancy_item).to_contain_text("0 откликов")
    screenshots.take(page, "vacancy-published")
    sign_out(page)

    # The job seeker signs up, lands on the resume page and fills it in.
    sign_up(page, role="Ищу работу", full_name="Айгерім Нұрланқызы", email=seeker_email, password=PASSWORD)
    expect(page).to_have_url(re.compile(r"/profile$"))
    expect(page.get_by_text("У вас пока нет резюме")).to_be_visible()
    page.get_by_label("Название резюме").fill("Backend-разработчик Python")
    page.get_by_label("О себе").fill("Пишу API на Python, люблю понятный код.")
    page.get_by_label("Опыт работы").fill("5 лет backend-разработки на Flask и PostgreSQL в финтехе.")
    page.get_by_label("Навыки").fill("Python, Flask, PostgreSQL, Git")
    page.get_by_label("Языки").fill("Русский, қазақ тілі, English B2")
    page.get_by_label("Город").fill("Алматы")
    page.get_by_label("Желаемая зарплата, ₸").fill("900000")
    screenshots.take(page, "resume-form")
    page.get_by_role("button", name="Сохранить").click()
    expect(page.get_by_role("status").filter(has_text="Резюме сохранено.")).to_be_visible()
    expect(page.get_by_role("heading", name="Backend-разработчик Python")).to_be_visible()
    expect(page.get_by_text("900 000 ₸")).to_be_visible()
    screenshots.take(page, "resume-saved")

    # The seeker finds the vacancy by a word of its title; the query stays in the address bar.
    page.get_by_role("link", name="Вакансии").click()
    page.get_by_label("Должность, навык или слово").fill(suffix)
    page.get_by_role("button", name="Найти").click()
    expect(page).to_have_url(re.compile(rf"\?text={suffix}"))
    expect(page.get_by_test_id("jobs-found")).to_have_text("Найдено: 1 вакансия")
    screenshots.take(page, "search-result")
    page.get_by_role("link", name=re.compile("^Подробнее")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    # Applying opens the chat with SmartBot's greeting and first question.
    expect(page.get_by_label("Резюме")).to_have_value(re.compile(r"\d+"))
    page.get_by_label("Сопроводительное письмо").fill("Хочу работать над платежами.")
    page.get_by_role("button", name="Откликнуться").click()
    chat = page.get_by_role("dialog", name="SmartBot")
    expect(chat).to_be_visible()
    assistant = chat.locator(".chat-message--assistant")
    expect(assistant.first).to_be_visible()
    expect(page.get_by_test_id("my-application")).to_contain_text("Новый")
    screenshots.take(page, "chat-opened")

    # The seeker answers three questions, each with Enter; every answer gets a reply.
    for number, answer in enumerate(ANSWERS, start=1):
        replies_before = assistant.count()
        chat.get_by_label("Ваш ответ SmartBot").fill(answer)
        chat.get_by_label("Ваш ответ SmartBot").press("Enter")
        expect(chat.locator(".chat-message--candidate").filter(has_text=answer)).to_have_count(1)
        expect(assistant).to_have_count(replies_before + 1)
        screenshots.take(page, f"chat-answer-{number}")
    expect(chat.locator(".chat-message--candidate")).to_have_count(len(ANSWERS))

    chat.get_by_role("button", name="Завершить").click()
    chat.get_by_role("button", name="Да, завершить").click()
    expect(chat.get_by_text("Диалог завершён.")).to_be_visible()
    expect(chat.get_by_test_id("relevance-score")).to_have_text(re.compile(r"^\d+(,\d)?\s%$"))
    expect(chat.get_by_test_id("summary-text")).not_to_be_empty()
    expect(chat.get_by_label("Ваш ответ SmartBot")).to_have_count(0)
    seeker_score = chat.get_by_test_id("relevance-score").inner_text()
    screenshots.take(page, "chat-completed")

    # Closing and reopening keeps the dialog, since it comes from the API.
    chat.get_by_role("button", name="Закрыть чат").click()
    expect(chat).to_be_hidden()
    page.get_by_role("button", name="Открыть чат SmartBot").click()
    expect(chat.locator(".chat-message--candidate")).to_have_count(len(ANSWERS))

    # The seeker's applications list shows the same relevance.
    page.get_by_role("button", name="Закрыть чат").click()
    page.get_by_role("link", name="Мои отклики").click()
    row = page.get_by_test_id("my-application-row").filter(has_text=title)
    expect(row).to_contain_text(seeker_score)
    expect(row).to_contain_text("диалог завершён")
    screenshots.take(page, "seeker-applications")
    sign_out(page)

    # The employer sees the application ranked with its relevance and summary.
    sign_in(page, employer_email, PASSWORD)
    expect(page.locator(".my-job").filter(has_text=title)).to_contain_text("1 отклик")
    page.get_by_role("tab", name="Отклики").click()
    row = page.get_by_test_id("application-row").filter(has_text="Айгерім Нұрланқызы")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(title)
    expect(row).to_contain_text("Backend-разработчик Python")
    expect(row).to_contain_text(seeker_score)
    expect(row.get_by_test_id("summary-snippet")).not_to_be_empty()
    screenshots.take(page, "employer-applications")

    # The status moves along the workflow.
    row.get_by_label("Статус отклика: Айгерім Нұрланқызы").select_option("in_review")
    expect(page.get_by_role("status").filter(has_text="Статус отклика Айгерім Нұрланқызы: На рассмотрении.")).to_be_visible()

    # "Чат" opens the dialog read-only, with the summary and the factors of the score.
    row.get_by_role("button", name=re.compile("^Чат")).click()
    expect(chat).to_be_visible()
    expect(chat.get_by_text("Только просмотр: диалог кандидата со SmartBot.")).to_be_visible()
    for answer in ANSWERS:
        expect(chat.locator(".chat-message--candidate").filter(has_text=answer)).to_have_count(1)
    expect(chat.get_by_test_id("relevance-score")).to_have_text(seeker_score)
    expect(chat.get_by_test_id("summary-text")).not_to_be_empty()
    expect(chat.locator(".factor").first).to_be_visible()
    expect(chat.get_by_label("Ваш ответ SmartBot")).to_have_count(0)
    expect(chat.get_by_role("button", name="Завершить")).to_have_count(0)
    screenshots.take(page, "employer-read-only-chat")
