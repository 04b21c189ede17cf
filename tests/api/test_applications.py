"""Applying, both sides' lists, and the status workflow."""

import pytest


def test_apply_creates_application_and_session(seeker, job, resume, db):
    response = seeker.post("/applications", json={
        "job_id": job["id"], "resume_id": resume["id"], "cover_letter": "Сәлеметсіз бе!", "lang": "kk",
    })

    assert response.status_code == 201
    application = response.get_json()
    assert application["status"] == "pending"
    assert application["job_title"] == job["title"]
    assert application["resume_title"] == resume["title"]
    assert application["candidate_name"] == "Айгерім Нұрланқызы"
    assert application["cover_letter"] == "Сәлеметсіз бе!"
    assert application["lang"] == "kk"
    assert application["session_id"] is not None
    assert application["relevance_score"] is not None
    with db.cursor() as cur:
        cur.execute("SELECT role FROM ai_chat_messages WHERE session_id = %s ORDER BY created_at, id",
                    (application["session_id"],))
        assert [row["role"] for row in cur.fetchall()] == ["system", "assistant"]


def test_apply_without_resume_defaults_to_russian(seeker, job):
    response = seeker.post("/applications", json={"job_id": job["id"]})

    assert response.status_code == 201
    assert response.get_json()["resume_id"] is None
    assert response.get_json()["lang"] == "ru"


def test_apply_twice_returns_409(seeker, job, application, db):
    response = seeker.post("/applications", json={"job_id": job["id"]})

    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "already_applied"
    with db.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM ai_chat_sessions")
        assert cur.fetchone()["n"] == 1


def test_apply_as_employer_returns_403(employer, job):
    assert employer.post("/applications", json={"job_id": job["id"]}).status_code == 403


def test_apply_to_unknown_job_returns_404(seeker, db):
    assert seeker.post("/applications", json={"job_id": 987654}).status_code == 404


def test_apply_to_archived_job_returns_409(seeker, other_seeker, employer, job):
    other_seeker.post("/applications", json={"job_id": job["id"]})
    employer.delete(f"/jobs/{job['id']}")

    response = seeker.post("/applications", json={"job_id": job["id"]})

    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "job_archived"


def test_apply_with_someone_elses_resume_returns_422(seeker, other_seeker, job, resume, db):
    response = other_seeker.post("/applications", json={"job_id": job["id"], "resume_id": resume["id"]})

    assert response.status_code == 422
    assert "resume_id" in response.get_json()["error"]["fields"]
    with db.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM job_applications")
        assert cur.fetchone()["n"] == 0


@pytest.mark.parametrize("body, field", [
    ({}, "job_id"),
    ({"job_id": "1"}, "job_id"),
    ({"job_id": 1, "lang": "en"}, "lang"),
    ({"job_id": 1, "cover_letter": "x" * 5001}, "cover_letter"),
])
def test_apply_invalid_body_returns_422(seeker, db, body, field):
    response = seeker.post("/applications", json=body)

    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_candidate_lists_own_applications(seeker, other_seeker, job, application):
    other_seeker.post("/applications", json={"job_id": job["id"]})

    body = seeker.get("/applications/mine").get_json()

    assert body["total"] == 1
    assert body["items"][0]["id"] == application["id"]
    assert seeker.get(f"/applications/mine?job_id={job['id']}").get_json()["total"] == 1
    assert seeker.get("/applications/mine?job_id=999").get_json()["total"] == 0


def test_employer_lists_applications_to_own_jobs(employer, other_employer, application):
    body = employer.get("/employer/applications").get_json()

    assert body["total"] == 1
    assert body["items"][0]["candidate_name"] == "Айгерім Нұрланқызы"
    assert body["items"][0]["relevance_score"] is not None
    assert other_employer.get("/employer/applications").get_json()["total"] == 0


def test_employer_sorts_by_relevance(client, employer, job, db):
    from tests.conftest import sign_up

    scores = [40.5, 91.25, 70]
    for index, score in enumerate(scores):
        candidate = sign_up(client, f"c{index}@example.kz", "job_seeker", f"Кандидат {index}")
        created = candidate.post("/applications", json={"job_id": job["id"]}).get_json()
        with db, db.cursor() as cur:
            cur.execute("UPDATE ai_chat_sessions SET relevance_score = %s WHERE id = %s",
                        (score, created["session_id"]))

    body = employer.get("/employer/applications?sort=relevance").get_json()

    assert [item["relevance_score"] for item in body["items"]] == [91.25, 70, 40.5]
    assert employer.get("/employer/applications?sort=name").status_code == 422


def test_seeker_cannot_use_employer_list(seeker):
    assert seeker.get("/employer/applications").status_code == 403


def test_get_application_visible_to_both_sides_only(seeker, employer, other_seeker, other_employer, application):
    path = f"/applications/{application['id']}"

    assert seeker.get(path).status_code == 200
    assert employer.get(path).status_code == 200
    assert other_seeker.get(path).status_code == 404
    assert other_employer.get(path).status_code == 404


@pytest.mark.parametrize("steps, expected_codes", [
    (["in_review", "accepted"], [200, 200]),
    (["in_review", "rejected"], [200, 200]),
    (["accepted"], [200]),
    (["rejected", "in_review"], [200, 409]),
    (["accepted", "rejected"], [200, 409]),
    (["in_review", "in_review"], [200, 200]),
])
def test_status_workflow(employer, application, steps, expected_codes):
    codes = [employer.patch(f"/applications/{application['id']}", json={"status": status}).status_code
             for status in steps]

    assert codes == expected_codes


def test_status_pending_again_is_a_no_op(employer, application):
    response = employer.patch(f"/applications/{application['id']}", json={"status": "pending"})

    assert response.status_code == 200
    assert response.get_json()["status"] == "pending"


def test_status_back_to_pending_returns_409(employer, application):
    employer.patch(f"/applications/{application['id']}", json={"status": "in_review"})

    response = employer.patch(f"/applications/{application['id']}", json={"status": "pending"})

    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "invalid_status_transition"


def test_invalid_transition_has_code(employer, application):
    employer.patch(f"/applications/{application['id']}", json={"status": "accepted"})

    response = employer.patch(f"/applications/{application['id']}", json={"status": "rejected"})

    assert response.get_json()["error"]["code"] == "invalid_status_transition"
    assert employer.get(f"/applications/{application['id']}").get_json()["status"] == "accepted"


def test_status_change_by_candidate_returns_403(seeker, application):
    response = seeker.patch(f"/applications/{application['id']}", json={"status": "accepted"})

    assert response.status_code == 403


def test_status_change_by_other_employer_returns_404(other_employer, application):
    response = other_employer.patch(f"/applications/{application['id']}", json={"status": "accepted"})

    assert response.status_code == 404
