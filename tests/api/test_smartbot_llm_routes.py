"""SmartBot's HTTP routes in LLM mode, against a scripted OpenAI-compatible server on 127.0.0.1."""

import json

import pytest

from jobboard import create_app
from tests.conftest import RESUME, VACANCY, make_settings, sign_up
from tests.smartbot.fake_openai import completion, error, stream

GREETING = "Здравствуйте! Я SmartBot. Расскажите, пожалуйста, сколько лет вы работаете с Docker?"


@pytest.fixture
def llm_client(database_url, db, fake_llm):
    app = create_app(make_settings(
        database_url, openai_api_key="test-key", openai_base_url=fake_llm.base_url,
        openai_model="test-model", openai_timeout_seconds=2.0, openai_max_retries=0,
    ))
    yield app.test_client()
    app.extensions["database"].close()


@pytest.fixture
def llm_session(llm_client, fake_llm):
    employer = sign_up(llm_client, "llm-hr@example.kz", "employer")
    seeker = sign_up(llm_client, "llm-seeker@example.kz", "job_seeker")
    job = employer.post("/jobs", json=VACANCY).get_json()
    resume = seeker.post("/resumes", json=RESUME).get_json()
    fake_llm.push(completion(GREETING))
    application = seeker.post("/applications", json={"job_id": job["id"], "resume_id": resume["id"]}).get_json()
    return seeker, application


def stored_messages(seeker, session_id):
    return seeker.get(f"/smartbot/messages/{session_id}").get_json()["items"]


def test_health_reports_llm_mode(llm_client):
    assert llm_client.get("/health").get_json()["smartbot"] == "llm"


def test_session_stores_model_name(llm_session):
    seeker, application = llm_session

    session = seeker.get(f"/smartbot/session/{application['id']}").get_json()

    assert session["model"] == "test-model"


def test_reply_streams_model_chunks(llm_session, fake_llm):
    seeker, application = llm_session
    parts = ["Спасибо за ответ! ", "Когда вы могли бы ", "приступить к работе?"]
    fake_llm.push(stream(parts))

    response = seeker.post("/smartbot/send", json={"session_id": application["session_id"],
                                                   "user_text": "С Docker работаю три года."},
                           headers={"Accept": "text/event-stream"})

    events = [block for block in response.get_data(as_text=True).strip().split("\n\n")]
    deltas = [json.loads(block.split("data: ", 1)[1])["text"] for block in events if block.startswith("event: delta")]
    assert deltas == parts
    assert events[-1].startswith("event: done")
    assert stored_messages(seeker, application["session_id"])[-1]["content"] == "".join(parts)


def test_upstream_500_falls_back_and_keeps_dialog(llm_session, fake_llm):
    seeker, application = llm_session
    fake_llm.push(error(500))

    response = seeker.post("/smartbot/send", json={"session_id": application["session_id"],
                                                   "user_text": "Три года с Docker."})

    assert response.status_code == 200
    assert response.get_json()["assistant_message"]["content"].strip()
    roles = [m["role"] for m in stored_messages(seeker, application["session_id"])]
    assert roles == ["system", "assistant", "candidate", "assistant"]


def test_cut_upstream_stream_still_stores_one_reply(llm_session, fake_llm):
    seeker, application = llm_session
    fake_llm.push(stream(["Спасибо! ", "Когда вы ", "сможете выйти?"], drop_after=1))

    response = seeker.post("/smartbot/send", json={"session_id": application["session_id"],
                                                   "user_text": "Docker знаю."},
                           headers={"Accept": "text/event-stream"})

    body = response.get_data(as_text=True)
    assert "event: done" in body
    messages = stored_messages(seeker, application["session_id"])
    assert [m["role"] for m in messages].count("assistant") == 2
    assert messages[-1]["content"].strip()
