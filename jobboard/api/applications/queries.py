"""SQL for job applications."""

# An application with what both sides' lists show beside it.
APPLICATION_SELECT = """
    SELECT a.id, a.user_id, a.job_id, a.resume_id, a.cover_letter, a.status,
           a.created_at, a.updated_at,
           j.title AS job_title, j.employer_id, cand.full_name AS candidate_name,
           r.title AS resume_title,
           s.id AS session_id, s.lang, s.is_completed, s.relevance_score, s.summary_text
    FROM job_applications a
    JOIN jobs j ON j.id = a.job_id
    JOIN users cand ON cand.id = a.user_id
    LEFT JOIN resumes r ON r.id = a.resume_id
    LEFT JOIN ai_chat_sessions s ON s.application_id = a.id
"""

# Sort orders of the employer's list; the key comes from a validated enum.
EMPLOYER_SORTS = {
    "created_at": "a.created_at DESC, a.id DESC",
    "relevance": "s.relevance_score DESC NULLS LAST, a.created_at DESC, a.id DESC",
}

OPTIONAL_FILTERS = {
    "job_id": "a.job_id = %(job_id)s",
    "status": "a.status = %(status)s",
}


def _where(owner_condition: str, filters: dict) -> str:
    conditions = [owner_condition]
    conditions += [sql for name, sql in OPTIONAL_FILTERS.items() if filters.get(name) is not None]
    return " AND ".join(conditions)


def count_applications(conn, owner_condition: str, params: dict) -> int:
    """Count the applications that one side may see and that match the filters."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT COUNT(*) AS total FROM job_applications a JOIN jobs j ON j.id = a.job_id WHERE "
            + _where(owner_condition, params),
            params,
        )
        return cur.fetchone()["total"]


def list_applications(conn, owner_condition: str, params: dict, *, order: str) -> list[dict]:
    """Fetch one page of applications that one side may see."""
    with conn.cursor() as cur:
        cur.execute(
            APPLICATION_SELECT + " WHERE " + _where(owner_condition, params)
            + " ORDER BY " + order + " LIMIT %(limit)s OFFSET %(offset)s",
            params,
        )
        return cur.fetchall()


# Owner conditions: a fixed string per side, with the user's id as a parameter.
CANDIDATE_OWNS = "a.user_id = %(user_id)s"
EMPLOYER_OWNS = "j.employer_id = %(user_id)s"


def get_application(conn, application_id: int) -> dict | None:
    """Fetch one application with its vacancy, candidate, resume and session fields."""
    with conn.cursor() as cur:
        cur.execute(APPLICATION_SELECT + " WHERE a.id = %(id)s", {"id": application_id})
        return cur.fetchone()


def find_application_id(conn, user_id: int, job_id: int) -> int | None:
    """Return the id of the candidate's application to a vacancy, if any."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id FROM job_applications WHERE user_id = %(user_id)s AND job_id = %(job_id)s",
            {"user_id": user_id, "job_id": job_id},
        )
        row = cur.fetchone()
        return row["id"] if row else None


def insert_application(conn, *, user_id: int, job_id: int, resume_id: int | None,
                       cover_letter: str | None) -> int | None:
    """Insert an application; return None when the candidate already applied to the vacancy."""
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO job_applications (user_id, job_id, resume_id, cover_letter)
            VALUES (%(user_id)s, %(job_id)s, %(resume_id)s, %(cover_letter)s)
            ON CONFLICT (user_id, job_id) DO NOTHING
            RETURNING id
            """,
            {"user_id": user_id, "job_id": job_id, "resume_id": resume_id, "cover_letter": cover_letter},
        )
        row = cur.fetchone()
        return row["id"] if row else None


def lock_application(conn, application_id: int) -> dict | None:
    """Lock an application row and return its status, candidate and the vacancy's employer."""
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT a.id, a.status, a.user_id, j.employer_id
            FROM job_applications a JOIN jobs j ON j.id = a.job_id
            WHERE a.id = %(id)s
            FOR UPDATE OF a
            """,
            {"id": application_id},
        )
        return cur.fetchone()


def update_status(conn, application_id: int, status: str) -> None:
    """Set an application's status."""
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE job_applications SET status = %(status)s WHERE id = %(id)s",
            {"status": status, "id": application_id},
        )
