"""The walkthrough of docs/ui.md on the demo data, which also makes its screenshots.

Aigerim applies to the demo analyst vacancy and talks to SmartBot, then the
demo employer ranks her applications and reads the dialog. With
DOCS_SCREENSHOTS=1 the run copies the shots named in docs/ui.md into
docs/screenshots/:

    DOCS_SCREENSHOTS=1 .venv/bin/python -m pytest tests/e2e/test_demo_walkthrough.py
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

from playwright.sync_api import expect

from .conftest import DEMO_EMPLOYER, DEMO_PASSWORD, DEMO_SEEKER, MOBILE, PROJECT_DIR, new_page
from .ui import sign_in, sign_out

DOCS_SCREENSHOTS_DIR = PROJECT_DIR / "docs" / "screenshots"
MAX_DOCS_SCREENSHOT_BYTES = 150 * 1024

ANALYST_VACANCY = "Аналитик данных / Деректер талдаушысы"
# Each answer covers several topics, since the order of SmartBot's questions depends on its plan.
ANSWERS = [
    "С pandas работаю три года: выгрузки из PostgreSQL, отчёты по платежам. В Power BI собирала дашборды для отдела продаж.",
    "Статистику изучала в университете, на работе считала два A/B-теста для страницы оплаты.",
    "Казахский — родной, русский свободно. Могу выйти через две недели после оффера.",
]


def publish(path: Path, name: str) -> None:
    """Write a step's screenshot to docs/screenshots/<name>.png when DOCS_SCREENSHOTS=1.

    pngquant reduces it to 256 colours, which keeps each file under the 150 KB checked here.
    """
    if os.environ.get("DOCS_SCREENSHOTS") != "1":
        return
    pngquant = shutil.which("pngquant")
    assert pngquant, "pngquant is not installed; install the Debian package pngquant to write docs screenshots"
    target = DOCS_SCREENSHOTS_DIR / f"{name}.png"
    subprocess.run([pngquant, "--force", "--speed", "1", "--output", str(target), "256", str(path)], check=True)
    size = target.stat().st_size
    assert size <= MAX_DOCS_SCREENSHOT_BYTES, f"{target} is {size // 1024} KB, over the 150 KB for docs"


def test_demo_walkthrough(browser, live_server, desktop_page, screenshots):
    page = desktop_page

    # 1. The home page lists the demo vacancies.
    page.goto("/")
    expect(page.get_by_role("heading", name=ANALYST_VACANCY)).to_be_visible()
    publish(screenshots.take(page, "home"), "home")

    # 2. Aigerim applies with her resume, and the chat opens with SmartBot's first question.
    sign_in(page, DEMO_SEEKER, DEMO_PASSWORD)
    page.get_by_role("link", name=ANALYST_VACANCY, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ANALYST_VACANCY)
    expect(page.get_by_label("Резюме")).to_have_value(re.compile(r"\d+"))
    page.get_by_label("Сопроводительное письмо").fill("Хочу заниматься аналитикой платежей, SQL и Python знаю по работе.")
    page.get_by_role("button", name="Откликнуться").click()
    chat = page.get_by_role("dialog", name="SmartBot")
    assistant = chat.locator(".chat-message--assistant")
    expect(assistant.first).to_be_visible()
    publish(screenshots.take(page, "apply-chat"), "apply-chat")

    # 3. She answers, finishes the dialog and sees her relevance and its factors.
    for answer in ANSWERS:
        replies_before = assistant.count()
        chat.get_by_label("Ваш ответ SmartBot").fill(answer)
        chat.get_by_label("Ваш ответ SmartBot").press("Enter")
        expect(assistant).to_have_count(replies_before + 1)
    chat.get_by_role("button", name="Завершить").click()
    chat.get_by_role("button", name="Да, завершить").click()
    expect(chat.get_by_text("Диалог завершён.")).to_be_visible()
    score = chat.get_by_test_id("relevance-score")
    expect(score).to_have_text(re.compile(r"^\d+(,\d)?\s%$"))
    expect(chat.locator(".factor").first).to_be_visible()
    seeker_score = score.inner_text()
    publish(screenshots.take(page, "chat-completed"), "chat-completed")
    chat.get_by_role("button", name="Закрыть чат").click()
    sign_out(page)

    # 4. The demo employer ranks Aigerim's applications by relevance.
    sign_in(page, DEMO_EMPLOYER, DEMO_PASSWORD)
    page.get_by_role("tab", name="Отклики").click()
    rows = page.get_by_test_id("application-row")
    analyst_row = rows.filter(has_text=ANALYST_VACANCY)
    expect(analyst_row).to_contain_text(seeker_score)
    expect(analyst_row.get_by_test_id("summary-snippet")).not_to_be_empty()
    expect(rows).to_have_count(2)
    publish(screenshots.take(page, "employer-applications"), "employer-applications")

    # 5. "Чат" opens the dialog read-only, the score and its factors first.
    analyst_row.get_by_role("button", name=re.compile("^Чат")).click()
    expect(chat.get_by_text("Только просмотр: диалог кандидата со SmartBot.")).to_be_visible()
    expect(chat.get_by_test_id("relevance-score")).to_have_text(seeker_score)
    for answer in ANSWERS:
        expect(chat.locator(".chat-message--candidate").filter(has_text=answer)).to_have_count(1)
    publish(screenshots.take(page, "employer-chat"), "employer-chat")
    chat.get_by_role("button", name="Закрыть чат").click()

    # 6. An empty vacancy form shows what is missing under each field.
    page.get_by_role("tab", name="Мои вакансии").click()
    page.get_by_role("button", name="Новая вакансия").click()
    page.get_by_role("button", name="Опубликовать").click()
    expect(page.locator("#job-title-error")).to_have_text("Заполните это поле.")
    expect(page.locator("#job-description-error")).to_have_text("Заполните это поле.")
    publish(screenshots.take(page, "form-errors"), "form-errors")
    page.get_by_role("button", name="Отмена").click()
    sign_out(page)

    # 7. The home page in Kazakh.
    page.get_by_label("Язык интерфейса").select_option("kk")
    expect(page.get_by_role("heading", level=1)).to_have_text("Қазақстандағы бос орындар")
    publish(screenshots.take(page, "home-kazakh"), "home-kazakh")
    page.get_by_label("Интерфейс тілі").select_option("ru")

    # 8. The employer's applications on a phone, as cards.
    phone = new_page(browser, live_server, MOBILE)
    try:
        sign_in(phone, DEMO_EMPLOYER, DEMO_PASSWORD)
        phone.goto("/employer?tab=applications")
        expect(phone.get_by_test_id("application-row")).to_have_count(2)
        publish(screenshots.take(phone, "mobile-applications"), "mobile-applications")
        assert phone.js_errors == [], f"JavaScript errors on the phone page: {phone.js_errors}"
    finally:
        phone.context.close()
