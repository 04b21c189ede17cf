"""The demo backend as a candidate and an employer see it: questions, follow-ups, scores, summary."""

from decimal import Decimal

import pytest

from jobboard.services.smartbot import Assessment, BotTurn, DemoSmartBot, DialogContext, SmartBot
from jobboard.services.smartbot.analysis import analyze
from jobboard.services.smartbot.templates import KK, RU, format_percent

from .conftest import Dialog, accountant_vacancy, python_resume, python_vacancy

DOCKER_ANSWER = "С Docker работаю два года: собираю образы и пишу docker-compose для CI."


def strong_dialog(lang: str = "ru") -> Dialog:
    dialog = Dialog(DemoSmartBot(), python_vacancy(), python_resume(), lang)
    dialog.open()
    return dialog


def test_templates_have_same_keys_in_both_languages():
    assert set(RU) == set(KK)
    assert set(RU["languages"]) == set(KK["languages"])
    assert len(RU["acks"]) == len(KK["acks"])


def test_open_greets_and_asks_about_the_gap():
    turn = strong_dialog().bot.open(strong_dialog().context())

    assert turn.text.startswith("Здравствуйте! Я SmartBot")
    assert "«Python-разработчик»" in turn.text
    assert "Docker" in turn.text
    assert turn.text.count("?") == 1
    assert turn.interview_done is False


def test_system_note_is_short_and_in_session_language():
    bot = DemoSmartBot()

    ru = bot.system_note(DialogContext(python_vacancy(), python_resume(), "ru", []))
    kk = bot.system_note(DialogContext(python_vacancy(), python_resume(), "kk", []))

    assert ru == "SmartBot: собеседование по вакансии «Python-разработчик», язык диалога — русский."
    assert "қазақ тілі" in kk
    assert len(ru) < 120


def test_never_asks_what_the_resume_answers():
    resume = dict(python_resume(), desired_salary=Decimal("800000"), skills="Python, Django, PostgreSQL, Docker")
    dialog = Dialog(DemoSmartBot(), python_vacancy(), resume)
    dialog.open()
    for answer in ("Через две недели.", "Интересен финтех и нагрузка.", "Ускорил API в четыре раза."):
        dialog.say(answer)

    asked = " ".join(dialog.questions()).lower()
    for topic_word in ("зарплат", "переезд", "город", "docker", "django", "английск", "сколько лет"):
        assert topic_word not in asked


def test_one_question_per_message():
    dialog = Dialog(DemoSmartBot(), accountant_vacancy(), None)
    dialog.open()
    for answer in ("1С знаю, вела учёт в ТОО три года.", "Опыт 3 года.", "Живу в Астане.", "400 тысяч.",
                   "Казахский свободный.", "Сразу."):
        dialog.say(answer)

    for message in dialog.questions():
        assert message.count("?") <= 1, message


@pytest.mark.parametrize(
    ("vacancy", "resume"),
    [
        (python_vacancy(), python_resume()),
        (python_vacancy(), None),
        (python_vacancy(), dict(python_resume(), skills="Python, Django, PostgreSQL, Docker")),
        (accountant_vacancy(), None),
        (accountant_vacancy(), {"title": "Бухгалтер", "location": "Караганда", "languages": "Русский"}),
    ],
)
def test_plan_has_three_to_five_questions(vacancy, resume):
    plan = analyze(DialogContext(vacancy, resume, "ru", [])).plan

    assert 3 <= len(plan) <= 5
    assert len({(step.topic, step.kind) for step in plan}) == len(plan)


def test_topic_answered_early_is_not_asked_again():
    dialog = Dialog(DemoSmartBot(), accountant_vacancy(), None)
    dialog.open()

    dialog.say("1С знаю, вела учёт и сдавала налоговую отчётность три года, жду 400 тысяч.")
    dialog.say("Опыт 3 года.")
    dialog.say("Живу в Астане.")

    asked = " ".join(dialog.questions()).lower()
    assert "какую зарплату" not in asked


def test_evasive_answer_gets_one_follow_up():
    dialog = strong_dialog()

    first = dialog.say("Не знаю.")
    second = dialog.say("Потом скажу.")

    assert first.text.startswith("Понимаю. Уточню:")
    assert "Docker" in first.text
    assert "Docker" not in second.text
    assert second.text == "Хорошо, это учтено. Когда вы сможете приступить к работе?"


def ifrs_dialog(lang: str) -> Dialog:
    """A kk or ru dialog where the resume shows 1С but not МСФО, so the first question asks about МСФО."""
    vacancy = dict(accountant_vacancy(), requirements="1С, МСФО, опыт от 3 лет, казахский и русский языки")
    resume = {"title": "Бухгалтер", "location": "Астана", "experience": "4 года бухгалтером в ТОО «Дала», 1С и отчётность",
              "skills": "1С, Excel, налоговая отчётность", "languages": "қазақ тілі, русский",
              "desired_salary": Decimal("400000")}
    dialog = Dialog(DemoSmartBot(), vacancy, resume, lang)
    dialog.open()
    return dialog


def test_kazakh_ifrs_answer_is_not_re_asked():
    dialog = ifrs_dialog("kk")
    assert "расталмаған: МСФО" in dialog.questions()[0]

    reply = dialog.say("1С-ті жақсы білемін, ХҚЕС курсын бітірдім, 4 жыл есеп тапсырамын.")
    result = dialog.bot.complete(dialog.context())

    assert not reply.text.startswith(KK["follow_up_prefix"])
    assert "МСФО" not in reply.text
    assert result.reasons["skills"]["reason"].startswith("Негізгі дағдылар: 2 дағдының барлығы расталды (1С, МСФО).")


def test_ifrs_course_scores_same_in_both_languages():
    kazakh, russian = ifrs_dialog("kk"), ifrs_dialog("ru")

    kazakh.say("ХҚЕС курсын бітірдім.")
    russian.say("МСФО изучала на курсах.")

    kk_skills = kazakh.bot.complete(kazakh.context()).reasons["skills"]["score"]
    ru_skills = russian.bot.complete(russian.context()).reasons["skills"]["score"]
    assert kk_skills == ru_skills


def test_answered_plan_invites_completion():
    dialog = strong_dialog()
    dialog.say(DOCKER_ANSWER)
    dialog.say("Через две недели.")

    last = dialog.say("Хочу работать в финтехе.")

    assert last.interview_done is True
    assert last.text == RU["invite"]
    assert "«Завершить»" in last.text


def test_message_after_done_is_polite_and_rescored():
    dialog = strong_dialog("kk")
    for answer in (DOCKER_ANSWER, "Екі аптадан кейін.", "Финтехте жұмыс істегім келеді."):
        dialog.say(answer)

    extra = dialog.say("Жауап қашан болады?")

    assert extra.interview_done is True
    assert extra.text == KK["after_done"]
    assert "«Аяқтау»" in extra.text
    assert Decimal("0") <= extra.relevance_score <= Decimal("100")


def test_language_switch_mid_dialog_continues_in_new_language():
    dialog = strong_dialog("ru")
    dialog.say(DOCKER_ANSWER)
    dialog.lang = "kk"

    turn = dialog.say("Екі аптадан кейін.")

    assert turn.text == "Жақсы, ескерілді. Бұл вакансия сізді несімен қызықтырды?"


def test_same_input_gives_same_output():
    answers = (DOCKER_ANSWER, "Через две недели.", "Интересен финтех.")
    results = []
    for _ in range(2):
        dialog = strong_dialog()
        turns = [dialog.say(answer) for answer in answers]
        results.append((dialog.questions(), [turn.relevance_score for turn in turns],
                        dialog.bot.complete(dialog.context())))

    assert results[0] == results[1]


def test_score_and_reasons_follow_the_contract():
    dialog = strong_dialog()
    turn = dialog.say(DOCKER_ANSWER)

    assert isinstance(turn, BotTurn)
    assert turn.relevance_score == turn.relevance_score.quantize(Decimal("0.01"))
    assert set(turn.reasons) >= {"skills", "experience", "location", "salary", "languages", "answers", "confidence"}
    for factor in turn.reasons.values():
        assert set(factor) == {"score", "weight", "reason"}
        assert 0 <= factor["score"] <= 100
        assert factor["reason"]
    assert abs(sum(factor["weight"] for factor in turn.reasons.values()) - 1) < 0.01
    weighted = sum(factor["score"] * factor["weight"] for factor in turn.reasons.values())
    assert abs(float(turn.relevance_score) - weighted) < 0.5


def test_reasons_are_in_session_language():
    dialog = strong_dialog("kk")
    turn = dialog.say(DOCKER_ANSWER)

    assert turn.reasons["skills"]["reason"].startswith("Негізгі дағдылар")
    assert turn.reasons["location"]["reason"] == "Кандидат жұмыс орналасқан қалада тұрады: Алматы."


def test_score_updates_after_each_answer():
    dialog = strong_dialog()
    before = dialog.bot.reply(dialog.context()).reasons["skills"]["score"]

    after = dialog.say(DOCKER_ANSWER).reasons["skills"]["score"]

    assert after > before


def test_complete_returns_summary_with_strengths_gaps_and_recommendation():
    dialog = strong_dialog()
    for answer in (DOCKER_ANSWER, "Через две недели.", "Интересен финтех."):
        dialog.say(answer)

    result = dialog.bot.complete(dialog.context())

    assert isinstance(result, Assessment)
    lines = result.summary_text.splitlines()
    assert lines[0] == "Соответствие вакансии «Python-разработчик»: 89,8\u00a0%."
    assert result.relevance_score == Decimal("89.80")
    assert lines[1].startswith("Сильные стороны: ключевые навыки")
    assert lines[2] == "Пробелы: Уклончивых ответов: 1 из 3."
    assert lines[3] == "Рекомендация: пригласить на собеседование."
    assert result == dialog.bot.assess(dialog.context())


def test_kazakh_summary_for_weak_candidate_recommends_decline():
    resume = {"title": "Сатушы", "experience": "2022–2025, дүкенде сатушы.", "skills": "Касса", "location": "Шымкент"}
    dialog = Dialog(DemoSmartBot(), python_vacancy(), resume, "kk")
    dialog.open()

    result = dialog.bot.complete(dialog.context())

    assert result.summary_text.startswith("«Python-разработчик» вакансиясына сәйкестігі:")
    assert "Ұсыныс: бұл вакансияға сай келмейтін сияқты." in result.summary_text
    assert result.relevance_score < Decimal("40")


def test_stream_reply_chunks_join_to_the_stored_text():
    dialog = strong_dialog()

    chunks, final = dialog.say_streamed(DOCKER_ANSWER)

    assert len(chunks) > 1
    assert "".join(chunks) == final.text
    assert isinstance(final, BotTurn)


@pytest.mark.parametrize(
    "vacancy",
    [
        {"title": "Стажёр"},
        {"title": "Кассир", "description": "Работа на кассе.", "requirements": None, "location": None,
         "salary_min": None, "salary_max": None, "remote_work": None},
        {"title": "Водитель", "requirements": "", "location": "Костанай", "salary_min": Decimal("0"),
         "salary_max": None, "experience_level": "senior"},
    ],
)
def test_sparse_vacancy_and_no_resume_still_interview(vacancy):
    dialog = Dialog(DemoSmartBot(), vacancy, None)

    opening = dialog.open()
    turn = dialog.say("Опыт 2 года, живу рядом, готов выйти сразу.")
    result = dialog.bot.complete(dialog.context())

    assert opening.text.endswith("?")
    assert turn.text
    assert Decimal("0") <= result.relevance_score <= Decimal("100")
    assert result.summary_text


def switch_language(dialog: Dialog, lang: str) -> str | None:
    """Switch the dialog's language as PATCH /smartbot/session does and store the repeated question."""
    dialog.lang = lang
    text = dialog.bot.repeat_question(dialog.context())
    if text is not None:
        dialog.messages.append({"role": "assistant", "content": text})
    return text


def test_demo_backend_implements_the_protocol():
    assert isinstance(DemoSmartBot(), SmartBot)


def test_repeat_after_switch_asks_first_question_in_kazakh():
    dialog = strong_dialog("ru")

    text = switch_language(dialog, "kk")

    assert text == ("Әрі қарай қазақ тілінде жалғастырайық. Түйіндемеде вакансияның мына талабы расталмаған: "
                    "Docker. Сізде осындай тәжірибе бар ма және оны қай жерде қолдандыңыз?")


def test_repeat_after_switch_asks_pending_question_in_russian():
    dialog = strong_dialog("kk")
    dialog.say(DOCKER_ANSWER)

    text = switch_language(dialog, "ru")

    assert text == "Продолжим на русском. Когда вы сможете приступить к работе?"


def test_repeat_after_dodge_repeats_the_follow_up():
    dialog = strong_dialog("ru")
    dialog.say("Не знаю.")

    text = switch_language(dialog, "kk")

    assert text.startswith("Әрі қарай қазақ тілінде жалғастырайық. Нақтылап сұрайын: Docker бойынша")
    assert "Түсінемін" not in text
    assert text.count("?") == 1


def test_repeat_does_not_move_the_plan():
    switched = strong_dialog("ru")
    switch_language(switched, "kk")
    switch_language(switched, "ru")
    plain = strong_dialog("ru")

    assert switched.say(DOCKER_ANSWER) == plain.say(DOCKER_ANSWER)
    assert switched.say("Через две недели.") == plain.say("Через две недели.")


def test_repeat_is_none_when_interview_is_done():
    dialog = strong_dialog("ru")
    for answer in (DOCKER_ANSWER, "Через две недели.", "Хочу работать в финтехе."):
        dialog.say(answer)

    assert switch_language(dialog, "kk") is None
    dialog.say("Жауап қашан болады?")
    assert switch_language(dialog, "ru") is None


def test_repeat_is_none_before_anything_was_asked():
    ctx = DialogContext(python_vacancy(), python_resume(), "kk", [])

    assert DemoSmartBot().repeat_question(ctx) is None


ZERO_WIDTH = "\u200b\u200b\u200c"


def test_zero_width_answer_counts_evasive():
    dialog = strong_dialog("ru")

    first = dialog.say(ZERO_WIDTH)
    second = dialog.say("...")
    result = dialog.bot.complete(dialog.context())

    assert first.text.startswith("Понимаю. Уточню: был ли у вас опыт по этому пункту — Docker?")
    assert second.text == "Хорошо, это учтено. Когда вы сможете приступить к работе?"
    assert result.reasons["answers"]["reason"].startswith("Ответов на вопросы: 1, из них содержательных: 0, уклончивых: 1.")
    assert result.reasons["answers"]["score"] <= 10


def test_blank_answers_never_break_a_dialog():
    dialog = strong_dialog("kk")

    turns = [dialog.say(text) for text in (ZERO_WIDTH, "   ", "?!", "\u2800", "—", "…", "\ufeff")]
    chunks, streamed = dialog.say_streamed("\u200b")
    dialog.lang = "ru"
    repeated = dialog.bot.repeat_question(dialog.context())
    result = dialog.bot.complete(dialog.context())

    assert all(turn.text for turn in turns)
    assert turns[-1].interview_done is True
    assert "".join(chunks) == streamed.text == KK["after_done"]
    assert repeated is None
    assert result.reasons["answers"]["reason"].startswith("Ответов на вопросы: 3, из них содержательных: 0, уклончивых: 3.")
    cooperative = strong_dialog("kk")
    for answer in (DOCKER_ANSWER, "Екі аптадан кейін.", "Финтехте жұмыс істегім келеді."):
        cooperative.say(answer)
    assert result.relevance_score < cooperative.bot.complete(cooperative.context()).relevance_score


def test_dodge_hidden_by_zero_width_gets_follow_up():
    dialog = strong_dialog("ru")
    dialog.say(DOCKER_ANSWER)
    dialog.say("Через две недели.")

    turn = dialog.say("Я н\u200bе з\u200bнаю, что сказать вам.")

    assert turn.text == f"Понимаю. {RU['f_generic']}"
    assert turn.interview_done is False


def test_zero_width_inside_skill_name_counts():
    hidden = strong_dialog("ru").say("С Do\u200bcker работаю два года: собираю образы сервисов для CI.")
    plain = strong_dialog("ru").say("С Docker работаю два года: собираю образы сервисов для CI.")

    assert hidden.reasons["skills"] == plain.reasons["skills"]
    assert hidden.reasons["skills"]["reason"].startswith("Ключевые навыки: 4 из 4")


def test_zero_width_in_resume_and_letter_is_ignored():
    resume = dict(python_resume(), skills="Python, Django, PostgreSQL, Do\u200bcker")
    dialog = Dialog(DemoSmartBot(), python_vacancy(), resume, cover_letter="Готов прис\u200bтупить через неделю.")

    opening = dialog.open()
    result = dialog.bot.assess(dialog.context())

    assert "Docker" not in opening.text
    assert result.reasons["skills"]["reason"].startswith("Ключевые навыки: 4 из 4")
    assert result.reasons["availability"]["reason"] == "Срок выхода на работу: примерно через 1 неделю."


# assess(ctx, final=False) is what `jobboard rescore` uses for a dialog in progress.


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_assess_in_progress_repeats_each_turn(lang):
    dialog = strong_dialog(lang)
    turns = [dialog.open()]
    # A dodge, the reply to its follow-up, two more replies, then a message after the invitation to complete.
    for text in ("Не знаю.", DOCKER_ANSWER, "Через две недели.", "Интересен финтех и нагрузка.", "Спасибо!"):
        turns.append(dialog.say(text))
        context = dialog.context()

        result = dialog.bot.assess(context, final=False)

        assert result.relevance_score == turns[-1].relevance_score, text
        assert result.reasons == turns[-1].reasons, text
        assert format_percent(turns[-1].relevance_score) in result.summary_text.splitlines()[0], text
    assert turns[-1].interview_done is True


def test_assess_final_counts_unreached_questions():
    dialog = strong_dialog()
    turn = dialog.say(DOCKER_ANSWER)

    in_progress = dialog.bot.assess(dialog.context(), final=False)
    final = dialog.bot.assess(dialog.context())

    assert in_progress.relevance_score == turn.relevance_score
    assert final == dialog.bot.complete(dialog.context())
    assert final.relevance_score < in_progress.relevance_score
    assert "Интервью завершено досрочно" in final.reasons["answers"]["reason"]
    assert "Интервью завершено досрочно" not in in_progress.reasons["answers"]["reason"]


def test_assess_in_progress_before_any_answer():
    dialog = Dialog(DemoSmartBot(), python_vacancy(), python_resume())
    opening = dialog.open()

    result = dialog.bot.assess(dialog.context(), final=False)

    assert result.relevance_score == opening.relevance_score
    assert result.reasons == opening.reasons
    assert "answers" not in result.reasons
