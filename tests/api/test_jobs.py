"""Vacancies: the public list with filters, and the employer's CRUD."""

import pytest

from tests.conftest import VACANCY


def post_job(user, **overrides):
    response = user.post("/jobs", json={**VACANCY, **overrides})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_create_job_returns_vacancy_with_money_as_numbers(employer):
    response = employer.post("/jobs", json=VACANCY)

    assert response.status_code == 201
    job = response.get_json()
    assert job["title"] == "Python-разработчик"
    assert job["salary_min"] == 700000
    assert job["salary_max"] == 1100000
    assert job["salary_currency"] == "KZT"
    assert job["employer_name"] == "Айдана Сапарова"
    assert job["is_active"] is True
    assert job["applications_count"] == 0


def test_create_job_as_seeker_returns_403(seeker):
    response = seeker.post("/jobs", json=VACANCY)

    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"


def test_create_job_without_token_returns_401(client, db):
    assert client.post("/jobs", json=VACANCY).status_code == 401


@pytest.mark.parametrize("overrides, field", [
    ({"title": ""}, "title"),
    ({"description": None}, "description"),
    ({"employment_type": "freelance"}, "employment_type"),
    ({"experience_level": "lead"}, "experience_level"),
    ({"salary_min": -1}, "salary_min"),
    ({"salary_min": 2000000, "salary_max": 1000000}, "salary_min"),
    ({"salary_max": "много"}, "salary_max"),
    ({"salary_max": 10 ** 13}, "salary_max"),
    ({"salary_currency": "BTC"}, "salary_currency"),
    ({"remote_work": "maybe"}, "remote_work"),
    ({"title": "x" * 256}, "title"),
])
def test_create_job_invalid_returns_422_and_stores_nothing(employer, db, overrides, field):
    response = employer.post("/jobs", json={**VACANCY, **overrides})

    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    with db.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM jobs")
        assert cur.fetchone()["n"] == 0


def test_list_jobs_is_public_newest_first_with_pagination(client, employer):
    for number in range(1, 4):
        post_job(employer, title=f"Вакансия {number}")

    response = client.get("/jobs?per_page=2")

    assert response.status_code == 200
    body = response.get_json()
    assert body["total"] == 3
    assert body["page"] == 1
    assert body["per_page"] == 2
    assert [job["title"] for job in body["items"]] == ["Вакансия 3", "Вакансия 2"]
    assert body["items"][0]["applications_count"] is None
    second = client.get("/jobs?per_page=2&page=2").get_json()
    assert [job["title"] for job in second["items"]] == ["Вакансия 1"]


@pytest.mark.parametrize("query", ["page=0", "per_page=101", "per_page=abc", "remote=perhaps",
                                   "employment_type=any", "salary_min=-5"])
def test_list_jobs_bad_query_returns_422(client, db, query):
    response = client.get(f"/jobs?{query}")

    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "validation_error"


@pytest.mark.parametrize("text, expected", [
    ("python", ["Python-разработчик"]),
    ("PYTHON", ["Python-разработчик"]),
    ("разработчика", ["Python-разработчик"]),
    ("бухгалтерского", ["Главный бухгалтер"]),
    ("бағдарлама", ["Бағдарламашы"]),
    ("postgres", ["Python-разработчик"]),
    ("повар", []),
    # Text without letters or digits searches for nothing and lists everything.
    ("%", ["Бағдарламашы", "Главный бухгалтер", "Python-разработчик"]),
    ("';--", ["Бағдарламашы", "Главный бухгалтер", "Python-разработчик"]),
])
def test_list_jobs_text_search_in_russian_and_kazakh(client, employer, text, expected):
    post_job(employer)
    post_job(employer, title="Главный бухгалтер", description="Ведение бухгалтерского учёта по МСФО.",
             requirements="1С, налоговая отчётность")
    post_job(employer, title="Бағдарламашы", description="Бағдарламалық қамтамасыз ету әзірлеу.",
             requirements="Java, қазақ тілі")

    response = client.get("/jobs", query_string={"text": text})

    assert response.status_code == 200
    assert [job["title"] for job in response.get_json()["items"]] == expected


def test_list_jobs_filters_combine(client, employer):
    post_job(employer, title="Алматы офис", location="Алматы", remote_work=False, salary_max=500000, salary_min=300000)
    post_job(employer, title="Астана удалённо", location="Астана", remote_work=True, employment_type="contract",
             experience_level="senior", salary_min=900000, salary_max=1500000)

    def titles(**query):
        return [job["title"] for job in client.get("/jobs", query_string=query).get_json()["items"]]

    assert titles(location="алматы") == ["Алматы офис"]
    assert titles(remote="true") == ["Астана удалённо"]
    assert titles(employment_type="contract") == ["Астана удалённо"]
    assert titles(experience_level="senior") == ["Астана удалённо"]
    assert titles(salary_min=600000) == ["Астана удалённо"]
    assert titles(location="Астана", remote="false") == []


def test_get_job_returns_404_for_unknown_id(client, db):
    response = client.get("/jobs/999999")

    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_update_job_by_author(employer, job):
    response = employer.put(f"/jobs/{job['id']}", json={**VACANCY, "title": "Senior Python", "salary_max": 1500000})

    assert response.status_code == 200
    assert response.get_json()["title"] == "Senior Python"
    assert response.get_json()["salary_max"] == 1500000


def test_update_job_by_other_employer_returns_403(other_employer, job):
    response = other_employer.put(f"/jobs/{job['id']}", json=VACANCY)

    assert response.status_code == 403


def test_update_unknown_job_returns_404(employer, db):
    assert employer.put("/jobs/424242", json=VACANCY).status_code == 404


def test_delete_job_without_applications_removes_it(client, employer, job, db):
    response = employer.delete(f"/jobs/{job['id']}")

    assert response.status_code == 204
    assert client.get(f"/jobs/{job['id']}").status_code == 404
    with db.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM jobs")
        assert cur.fetchone()["n"] == 0


def test_delete_job_with_applications_archives_it(client, employer, job, application, db):
    response = employer.delete(f"/jobs/{job['id']}")

    assert response.status_code == 204
    assert client.get(f"/jobs/{job['id']}").status_code == 404
    assert client.get("/jobs").get_json()["total"] == 0
    own = employer.get("/jobs?mine=true").get_json()
    assert own["total"] == 1
    assert own["items"][0]["is_active"] is False
    assert own["items"][0]["applications_count"] == 1
    assert employer.get(f"/jobs/{job['id']}").status_code == 200
    with db.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM ai_chat_messages")
        assert cur.fetchone()["n"] >= 2


def test_archived_job_restored_with_put(client, employer, job, application):
    employer.delete(f"/jobs/{job['id']}")

    response = employer.put(f"/jobs/{job['id']}", json={**VACANCY, "is_active": True})

    assert response.status_code == 200
    assert client.get("/jobs").get_json()["total"] == 1


def test_other_employers_archived_job_is_404(other_employer, employer, job, application):
    employer.delete(f"/jobs/{job['id']}")

    assert other_employer.put(f"/jobs/{job['id']}", json=VACANCY).status_code == 404
    assert other_employer.delete(f"/jobs/{job['id']}").status_code == 404


def test_delete_job_by_other_employer_returns_403(other_employer, job):
    assert other_employer.delete(f"/jobs/{job['id']}").status_code == 403


def test_mine_lists_only_own_jobs(employer, other_employer):
    post_job(employer, title="Моя вакансия")
    post_job(other_employer, title="Чужая вакансия")

    body = employer.get("/jobs?mine=true").get_json()

    assert [job["title"] for job in body["items"]] == ["Моя вакансия"]


def test_mine_requires_employer(client, seeker):
    assert client.get("/jobs?mine=true").status_code == 401
    assert seeker.get("/jobs?mine=true").status_code == 403


def test_archived_job_visible_to_its_applicant_only(client, employer, job, application, seeker, other_seeker):
    employer.delete(f"/jobs/{job['id']}")

    assert seeker.get(f"/jobs/{job['id']}").status_code == 200
    assert seeker.get(f"/jobs/{job['id']}").get_json()["is_active"] is False
    assert other_seeker.get(f"/jobs/{job['id']}").status_code == 404
    assert client.get(f"/jobs/{job['id']}").status_code == 404
