"""The customer's test scenario over HTTP, end to end, in demo mode."""

from tests.conftest import sign_up


def test_customer_scenario_end_to_end(client, db):
    employer = sign_up(client, "hr@dala.kz", "employer", "Дала HR")
    job = employer.post("/jobs", json={
        "title": "Бухгалтер", "description": "Ведение учёта в ТОО, сдача налоговой отчётности.",
        "requirements": "1С: Бухгалтерия, МСФО, налоговый кодекс РК. Опыт от 3 лет. Казахский и русский.",
        "location": "Астана", "employment_type": "full_time", "experience_level": "middle",
        "salary_min": 400000, "salary_max": 600000,
    }).get_json()

    seeker = sign_up(client, "asem@example.kz", "job_seeker", "Әсем Бекова")
    resume = seeker.post("/resumes", json={
        "title": "Бухгалтер", "experience": "4 года бухгалтером в ТОО «Қазақ Тарам», Астана.",
        "skills": "1С, бухгалтерский учёт, МСФО", "languages": "қазақ, русский", "location": "Астана",
        "desired_salary": 500000,
    }).get_json()

    application = seeker.post("/applications", json={"job_id": job["id"], "resume_id": resume["id"]}).get_json()
    session_id = application["session_id"]
    greeting = seeker.get(f"/smartbot/messages/{session_id}").get_json()["items"]
    assert greeting[-1]["role"] == "assistant"

    answers = ["Налоговую отчётность сдаю сама уже 4 года, работала с 910 и 200 формами.",
               "Готова выйти через две недели.",
               "Ожидаю около 500 000 тенге."]
    scores = []
    for answer in answers:
        reply = seeker.post("/smartbot/send", json={"session_id": session_id, "user_text": answer})
        assert reply.status_code == 200, reply.get_json()
        assert reply.get_json()["assistant_message"]["content"]
        scores.append(reply.get_json()["session"]["relevance_score"])
    assert all(0 <= score <= 100 for score in scores)

    completed = seeker.post(f"/smartbot/complete/{session_id}").get_json()
    assert completed["is_completed"] is True
    assert completed["summary_text"]

    listed = employer.get("/employer/applications").get_json()
    assert listed["total"] == 1
    row = listed["items"][0]
    assert row["candidate_name"] == "Әсем Бекова"
    assert row["resume_title"] == "Бухгалтер"
    assert row["relevance_score"] == completed["relevance_score"]
    assert row["summary_text"] == completed["summary_text"]

    dialog = employer.get(f"/smartbot/messages/{session_id}").get_json()["items"]
    candidate_lines = [m["content"] for m in dialog if m["role"] == "candidate"]
    assert candidate_lines == answers
