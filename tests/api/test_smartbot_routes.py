"""SmartBot over HTTP: sessions, messages, replies, streaming and completion (demo mode)."""

import json
import threading

import pytest


def messages_of(user, session_id):
    response = user.get(f"/smartbot/messages/{session_id}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["items"]


def send(user, session_id, text):
    return user.post("/smartbot/send", json={"session_id": session_id, "user_text": text})


def test_session_of_new_application_has_greeting(seeker, application):
    session = seeker.get(f"/smartbot/session/{application['id']}").get_json()

    assert session["id"] == application["session_id"]
    assert session["lang"] == "ru"
    assert session["is_completed"] is False
    messages = messages_of(seeker, session["id"])
    assert [m["role"] for m in messages] == ["system", "assistant"]
    assert "?" in messages[1]["content"]


def test_get_session_creates_missing_one_once(seeker, application, db):
    with db, db.cursor() as cur:
        cur.execute("DELETE FROM ai_chat_sessions")
    results = []

    def fetch():
        own_client = seeker.client.application.test_client()
        results.append(own_client.get(f"/smartbot/session/{application['id']}?lang=kk", headers=seeker.headers))

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [r.status_code for r in results] == [200] * 4
    assert len({r.get_json()["id"] for r in results}) == 1
    with db.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM ai_chat_sessions")
        assert cur.fetchone()["n"] == 1
        cur.execute("SELECT COUNT(*) AS n FROM ai_chat_messages")
        assert cur.fetchone()["n"] == 2


def test_session_hidden_from_strangers(other_seeker, other_employer, application):
    assert other_seeker.get(f"/smartbot/session/{application['id']}").status_code == 404
    assert other_employer.get(f"/smartbot/session/{application['id']}").status_code == 404
    assert other_seeker.get(f"/smartbot/messages/{application['session_id']}").status_code == 404


def test_employer_reads_dialog_but_cannot_write(employer, application):
    session_id = application["session_id"]

    assert employer.get(f"/smartbot/session/{application['id']}").status_code == 200
    assert len(messages_of(employer, session_id)) == 2
    assert send(employer, session_id, "Я работодатель").status_code == 403
    assert employer.post(f"/smartbot/complete/{session_id}").status_code == 403


def test_send_stores_answer_and_reply_and_rescores(seeker, application, db):
    session_id = application["session_id"]

    response = send(seeker, session_id, "Да, три года работаю с Docker и docker compose.")

    assert response.status_code == 200
    body = response.get_json()
    assert body["candidate_message"]["role"] == "candidate"
    assert body["candidate_message"]["content"] == "Да, три года работаю с Docker и docker compose."
    assert body["assistant_message"]["role"] == "assistant"
    assert body["assistant_message"]["content"]
    assert 0 <= body["session"]["relevance_score"] <= 100
    assert body["session"]["reasons_json"]
    for factor in body["session"]["reasons_json"].values():
        assert set(factor) >= {"score", "weight", "reason"}
    roles = [m["role"] for m in messages_of(seeker, session_id)]
    assert roles == ["system", "assistant", "candidate", "assistant"]
    with db.cursor() as cur:
        cur.execute("SELECT transcript_cache FROM ai_chat_sessions WHERE id = %s", (session_id,))
        assert "docker compose" in cur.fetchone()["transcript_cache"]


@pytest.mark.parametrize("body, field", [
    ({"session_id": 1}, "user_text"),
    ({"session_id": 1, "user_text": "   "}, "user_text"),
    ({"session_id": 1, "user_text": "x" * 4001}, "user_text"),
    ({"user_text": "hi"}, "session_id"),
])
def test_send_invalid_body_returns_422(seeker, application, body, field):
    response = seeker.post("/smartbot/send", json=body)

    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_send_to_someone_elses_session_returns_404(other_seeker, application):
    assert send(other_seeker, application["session_id"], "Привет").status_code == 404


def test_complete_stores_summary_and_blocks_messages(seeker, employer, application):
    session_id = application["session_id"]
    send(seeker, session_id, "Docker знаю, 2 года опыта.")

    response = seeker.post(f"/smartbot/complete/{session_id}")

    assert response.status_code == 200
    session = response.get_json()
    assert session["is_completed"] is True
    assert session["completed_at"] is not None
    assert session["summary_text"]
    again = seeker.post(f"/smartbot/complete/{session_id}").get_json()
    assert again["summary_text"] == session["summary_text"]
    assert again["completed_at"] == session["completed_at"]
    late = send(seeker, session_id, "Ещё одно сообщение")
    assert late.status_code == 409
    assert late.get_json()["error"]["code"] == "session_completed"
    listed = employer.get("/employer/applications").get_json()["items"][0]
    assert listed["summary_text"] == session["summary_text"]
    assert listed["relevance_score"] == session["relevance_score"]
    assert listed["is_completed"] is True


def test_switch_language_to_kazakh(seeker, application):
    response = seeker.patch(f"/smartbot/session/{application['id']}", json={"lang": "kk"})

    assert response.status_code == 200
    assert response.get_json()["lang"] == "kk"
    assert seeker.patch(f"/smartbot/session/{application['id']}", json={"lang": "en"}).status_code == 422


def test_switch_language_of_completed_session_returns_409(seeker, application):
    seeker.post(f"/smartbot/complete/{application['session_id']}")

    response = seeker.patch(f"/smartbot/session/{application['id']}", json={"lang": "kk"})

    assert response.status_code == 409


def parse_events(raw: str) -> list[tuple[str, dict]]:
    events = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_send_streams_server_sent_events(seeker, application):
    session_id = application["session_id"]

    response = seeker.post("/smartbot/send", json={"session_id": session_id, "user_text": "Опыт с Docker 2 года."},
                           headers={"Accept": "text/event-stream"})

    assert response.status_code == 200
    assert response.mimetype == "text/event-stream"
    events = parse_events(response.get_data(as_text=True))
    names = [name for name, _ in events]
    assert names[0] == "candidate"
    assert names[-1] == "done"
    assert "delta" in names
    streamed = "".join(data["text"] for name, data in events if name == "delta")
    done = events[-1][1]
    assert done["assistant_message"]["content"] == streamed
    stored = messages_of(seeker, session_id)
    assert stored[-1]["content"] == streamed
    assert [m["role"] for m in stored].count("assistant") == 2


def test_streaming_error_before_stream_is_json(seeker, application):
    seeker.post(f"/smartbot/complete/{application['session_id']}")

    response = seeker.post("/smartbot/send", json={"session_id": application["session_id"], "user_text": "Привет"},
                           headers={"Accept": "text/event-stream"})

    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "session_completed"


def test_demo_dialog_is_deterministic(client, seeker, other_seeker, job, db):
    def run(user):
        created = user.post("/applications", json={"job_id": job["id"]}).get_json()
        texts = [m["content"] for m in messages_of(user, created["session_id"]) if m["role"] == "assistant"]
        reply = send(user, created["session_id"], "Работаю 4 года, живу в Алматы.").get_json()
        return texts, reply["assistant_message"]["content"], reply["session"]["relevance_score"]

    first = run(seeker)
    second = run(other_seeker)

    assert first[1:] == second[1:]


def test_switch_language_repeats_pending_question(seeker, application):
    before = messages_of(seeker, application["session_id"])

    seeker.patch(f"/smartbot/session/{application['id']}", json={"lang": "kk"})
    after = messages_of(seeker, application["session_id"])

    assert len(after) == len(before) + 1
    assert after[-1]["role"] == "assistant"
    assert after[-1]["content"].startswith("Әрі қарай қазақ тілінде жалғастырайық.")


def test_switch_to_same_language_adds_nothing(seeker, application):
    before = messages_of(seeker, application["session_id"])

    response = seeker.patch(f"/smartbot/session/{application['id']}", json={"lang": "ru"})

    assert response.status_code == 200
    assert len(messages_of(seeker, application["session_id"])) == len(before)


def test_kazakh_dialog_continues_in_kazakh(seeker, application):
    seeker.patch(f"/smartbot/session/{application['id']}", json={"lang": "kk"})

    reply = send(seeker, application["session_id"], "Docker-мен екі жыл жұмыс істедім.").get_json()

    assert reply["session"]["lang"] == "kk"
    assert any(letter in reply["assistant_message"]["content"] for letter in "әғқңөұүһі")
