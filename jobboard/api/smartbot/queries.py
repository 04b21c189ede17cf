"""SQL for SmartBot sessions and their messages."""

import json

SESSION_COLUMNS = """s.id, s.application_id, s.lang, s.model, s.is_completed, s.relevance_score,
    s.summary_text, s.reasons_json, s.started_at, s.completed_at"""

# A session with the two people who may see it.
SESSION_WITH_OWNERS = f"""
    SELECT {SESSION_COLUMNS}, a.user_id AS candidate_id, j.employer_id
    FROM ai_chat_sessions s
    JOIN job_applications a ON a.id = s.application_id
    JOIN jobs j ON j.id = a.job_id
"""


def get_session(conn, session_id: int) -> dict | None:
    """Fetch one session with its candidate and employer ids."""
    with conn.cursor() as cur:
        cur.execute(SESSION_WITH_OWNERS + " WHERE s.id = %(id)s", {"id": session_id})
        return cur.fetchone()


def get_session_by_application(conn, application_id: int) -> dict | None:
    """Fetch the session of an application, with its candidate and employer ids."""
    with conn.cursor() as cur:
        cur.execute(SESSION_WITH_OWNERS + " WHERE s.application_id = %(id)s", {"id": application_id})
        return cur.fetchone()


def lock_session(conn, session_id: int) -> dict | None:
    """Lock a session row for the rest of the transaction and return it."""
    with conn.cursor() as cur:
        cur.execute(
            SESSION_WITH_OWNERS + " WHERE s.id = %(id)s FOR UPDATE OF s",
            {"id": session_id},
        )
        return cur.fetchone()


def insert_session(conn, *, application_id: int, lang: str, model: str, relevance_score,
                   reasons: dict | None) -> int | None:
    """Insert a session; return None when the application already has one."""
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO ai_chat_sessions (application_id, lang, model, relevance_score, reasons_json)
            VALUES (%(application_id)s, %(lang)s, %(model)s, %(relevance_score)s, %(reasons_json)s)
            ON CONFLICT (application_id) DO NOTHING
            RETURNING id
            """,
            {"application_id": application_id, "lang": lang, "model": model,
             "relevance_score": relevance_score, "reasons_json": _json_or_none(reasons)},
        )
        row = cur.fetchone()
        return row["id"] if row else None


def update_session_lang(conn, session_id: int, lang: str) -> None:
    """Set the language the dialog continues in."""
    with conn.cursor() as cur:
        cur.execute("UPDATE ai_chat_sessions SET lang = %(lang)s WHERE id = %(id)s", {"lang": lang, "id": session_id})


def update_session_score(conn, session_id: int, *, relevance_score, reasons: dict) -> None:
    """Store the latest relevance score and its reasons, and rebuild the transcript cache."""
    with conn.cursor() as cur:
        cur.execute(
            """
            UPDATE ai_chat_sessions
            SET relevance_score = %(relevance_score)s, reasons_json = %(reasons_json)s,
                transcript_cache = (
                    SELECT string_agg(m.role || ': ' || m.content, E'\n' ORDER BY m.created_at, m.id)
                    FROM ai_chat_messages m WHERE m.session_id = %(id)s
                )
            WHERE id = %(id)s
            """,
            {"id": session_id, "relevance_score": relevance_score, "reasons_json": _json_or_none(reasons)},
        )


def complete_session(conn, session_id: int, *, relevance_score, reasons: dict, summary_text: str) -> None:
    """Close a session with its final score, reasons and summary."""
    with conn.cursor() as cur:
        cur.execute(
            """
            UPDATE ai_chat_sessions
            SET is_completed = TRUE, completed_at = NOW(), relevance_score = %(relevance_score)s,
                reasons_json = %(reasons_json)s, summary_text = %(summary_text)s
            WHERE id = %(id)s
            """,
            {"id": session_id, "relevance_score": relevance_score,
             "reasons_json": _json_or_none(reasons), "summary_text": summary_text},
        )


def insert_message(conn, session_id: int, role: str, content: str) -> dict:
    """Append a message to a session's dialog and return it."""
    with conn.cursor() as cur:
        # clock_timestamp(), not NOW(): messages written in one transaction
        # still get increasing times.
        cur.execute(
            """
            INSERT INTO ai_chat_messages (session_id, role, content, created_at)
            VALUES (%(session_id)s, %(role)s, %(content)s, clock_timestamp())
            RETURNING id, role, content, created_at
            """,
            {"session_id": session_id, "role": role, "content": content},
        )
        return cur.fetchone()


def count_messages(conn, session_id: int) -> int:
    """Count a session's messages."""
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS total FROM ai_chat_messages WHERE session_id = %(id)s", {"id": session_id})
        return cur.fetchone()["total"]


def list_messages(conn, session_id: int, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Fetch a session's messages, oldest first; all of them when limit is None."""
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT id, role, content, created_at FROM ai_chat_messages
            WHERE session_id = %(id)s
            ORDER BY created_at, id
            LIMIT %(limit)s OFFSET %(offset)s
            """,
            {"id": session_id, "limit": limit, "offset": offset},
        )
        return cur.fetchall()


def get_dialog_sources(conn, application_id: int) -> dict | None:
    """Fetch the vacancy, resume and cover letter a dialog is about, as nested dicts."""
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT a.cover_letter,
                   json_build_object(
                       'title', j.title, 'description', j.description, 'requirements', j.requirements,
                       'location', j.location, 'employment_type', j.employment_type,
                       'experience_level', j.experience_level, 'salary_min', j.salary_min,
                       'salary_max', j.salary_max, 'salary_currency', j.salary_currency,
                       'remote_work', j.remote_work) AS vacancy,
                   CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object(
                       'title', r.title, 'summary', r.summary, 'experience', r.experience,
                       'education', r.education, 'skills', r.skills, 'languages', r.languages,
                       'portfolio_url', r.portfolio_url, 'desired_position', r.desired_position,
                       'desired_salary', r.desired_salary, 'location', r.location) END AS resume
            FROM job_applications a
            JOIN jobs j ON j.id = a.job_id
            LEFT JOIN resumes r ON r.id = a.resume_id
            WHERE a.id = %(id)s
            """,
            {"id": application_id},
        )
        return cur.fetchone()


def _json_or_none(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _rescore_filter(job_id: int | None, since) -> tuple[str, dict]:
    conditions = ["TRUE"]
    params = {"job_id": job_id, "since": since}
    if job_id is not None:
        conditions.append("a.job_id = %(job_id)s")
    if since is not None:
        conditions.append("s.started_at >= %(since)s")
    return " AND ".join(conditions), params


def count_sessions_to_rescore(conn, *, job_id: int | None, since) -> int:
    """Count the sessions that `rescore` would visit."""
    where, params = _rescore_filter(job_id, since)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT COUNT(*) AS total FROM ai_chat_sessions s JOIN job_applications a ON a.id = s.application_id "
            "WHERE " + where,
            params,
        )
        return cur.fetchone()["total"]


def list_sessions_to_rescore(conn, *, job_id: int | None, since, after_id: int, limit: int) -> list[dict]:
    """Fetch the next batch of sessions by id, after `after_id`."""
    where, params = _rescore_filter(job_id, since)
    params.update(after_id=after_id, limit=limit)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT s.id, s.application_id, s.lang, s.relevance_score, s.started_at, s.is_completed "
            "FROM ai_chat_sessions s JOIN job_applications a ON a.id = s.application_id "
            "WHERE " + where + " AND s.id > %(after_id)s ORDER BY s.id LIMIT %(limit)s",
            params,
        )
        return cur.fetchall()
