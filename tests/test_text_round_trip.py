"""Kazakh and Russian text survives every text field of every resource unchanged."""

KAZAKH = "Әсем Ғалымқызы: қала Өскемен, ұйым «Үміт», һәм Іле — ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
RUSSIAN = "Ёжик в тумане: «Съешь же ещё этих мягких французских булок»"


def test_kazakh_and_russian_round_trip_everywhere(client, db):
    from tests.conftest import sign_up

    employer = sign_up(client, "kk-hr@example.kz", "employer", KAZAKH)
    seeker = sign_up(client, "kk-seeker@example.kz", "job_seeker", RUSSIAN)
    assert employer.get("/auth/me").get_json()["full_name"] == KAZAKH

    job_fields = {"title": KAZAKH, "description": RUSSIAN, "requirements": KAZAKH, "location": RUSSIAN}
    job = employer.post("/jobs", json=job_fields).get_json()
    fetched_job = client.get(f"/jobs/{job['id']}").get_json()
    for field, value in job_fields.items():
        assert fetched_job[field] == value, field

    resume_fields = {field: KAZAKH for field in (
        "title", "summary", "experience", "education", "skills", "languages", "desired_position", "location")}
    resume = seeker.post("/resumes", json=resume_fields).get_json()
    fetched_resume = seeker.get(f"/resumes/{resume['id']}").get_json()
    for field, value in resume_fields.items():
        assert fetched_resume[field] == value, field

    application = seeker.post("/applications", json={
        "job_id": job["id"], "resume_id": resume["id"], "cover_letter": KAZAKH, "lang": "kk"}).get_json()
    assert seeker.get(f"/applications/{application['id']}").get_json()["cover_letter"] == KAZAKH
    assert application["job_title"] == KAZAKH

    sent = seeker.post("/smartbot/send", json={"session_id": application["session_id"], "user_text": KAZAKH})
    assert sent.get_json()["candidate_message"]["content"] == KAZAKH
    stored = employer.get(f"/smartbot/messages/{application['session_id']}").get_json()["items"]
    assert KAZAKH in [m["content"] for m in stored]
    assert client.get("/jobs", query_string={"text": "Өскемен"}).get_json()["total"] == 1
