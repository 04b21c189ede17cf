"""Resumes: the job seeker's CRUD and who may read them."""

import pytest

from tests.conftest import RESUME


def test_create_resume_stores_every_field(seeker, db):
    body = {**RESUME, "portfolio_url": "https://github.com/aigerim", "is_public": False}

    response = seeker.post("/resumes", json=body)

    assert response.status_code == 201
    resume = response.get_json()
    for field, value in body.items():
        assert resume[field] == value, field
    assert resume["user_id"] == seeker.id


def test_create_resume_as_employer_returns_403(employer):
    assert employer.post("/resumes", json=RESUME).status_code == 403


@pytest.mark.parametrize("overrides, field", [
    ({"title": " "}, "title"),
    ({"portfolio_url": "ftp://example.kz"}, "portfolio_url"),
    ({"portfolio_url": "not a url"}, "portfolio_url"),
    ({"desired_salary": -100}, "desired_salary"),
    ({"is_public": "yes please"}, "is_public"),
    ({"unknown_field": 1}, "unknown_field"),
])
def test_create_resume_invalid_returns_422(seeker, overrides, field):
    response = seeker.post("/resumes", json={**RESUME, **overrides})

    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_my_resumes_lists_only_mine(seeker, other_seeker, resume):
    other_seeker.post("/resumes", json={**RESUME, "title": "Чужое резюме"})

    body = seeker.get("/resumes/mine").get_json()

    assert body["total"] == 1
    assert body["items"][0]["title"] == RESUME["title"]


def test_update_resume_replaces_fields(seeker, resume):
    response = seeker.put(f"/resumes/{resume['id']}", json={**RESUME, "skills": "Go, Kubernetes", "summary": ""})

    assert response.status_code == 200
    assert response.get_json()["skills"] == "Go, Kubernetes"
    assert response.get_json()["summary"] is None


def test_update_other_seekers_resume_returns_404(other_seeker, resume):
    assert other_seeker.put(f"/resumes/{resume['id']}", json=RESUME).status_code == 404


def test_delete_resume_keeps_application(seeker, application, resume, db):
    response = seeker.delete(f"/resumes/{resume['id']}")

    assert response.status_code == 204
    kept = seeker.get(f"/applications/{application['id']}").get_json()
    assert kept["resume_id"] is None
    assert kept["resume_title"] is None


def test_private_resume_hidden_from_unrelated_employer(seeker, employer):
    private = seeker.post("/resumes", json={**RESUME, "is_public": False}).get_json()

    assert employer.get(f"/resumes/{private['id']}").status_code == 404


def test_private_resume_visible_to_employer_it_was_sent_to(seeker, employer, job):
    private = seeker.post("/resumes", json={**RESUME, "is_public": False}).get_json()
    seeker.post("/applications", json={"job_id": job["id"], "resume_id": private["id"]})

    response = employer.get(f"/resumes/{private['id']}")

    assert response.status_code == 200
    assert response.get_json()["title"] == RESUME["title"]


def test_public_resume_hidden_from_other_seeker(other_seeker, resume):
    assert other_seeker.get(f"/resumes/{resume['id']}").status_code == 404
