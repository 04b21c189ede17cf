"""SQL for resumes."""

RESUME_COLUMNS = """id, user_id, title, summary, experience, education, skills, languages, portfolio_url,
    desired_position, desired_salary, location, is_public, created_at, updated_at"""


def count_resumes_of_user(conn, user_id: int) -> int:
    """Count a job seeker's resumes."""
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS total FROM resumes WHERE user_id = %(user_id)s", {"user_id": user_id})
        return cur.fetchone()["total"]


def list_resumes_of_user(conn, user_id: int, *, limit: int, offset: int) -> list[dict]:
    """Fetch one page of a job seeker's resumes, most recently updated first."""
    with conn.cursor() as cur:
        cur.execute(
            f"""
            SELECT {RESUME_COLUMNS} FROM resumes
            WHERE user_id = %(user_id)s
            ORDER BY updated_at DESC, id DESC
            LIMIT %(limit)s OFFSET %(offset)s
            """,
            {"user_id": user_id, "limit": limit, "offset": offset},
        )
        return cur.fetchall()


def get_resume(conn, resume_id: int) -> dict | None:
    """Fetch one resume."""
    with conn.cursor() as cur:
        cur.execute(f"SELECT {RESUME_COLUMNS} FROM resumes WHERE id = %(id)s", {"id": resume_id})
        return cur.fetchone()


def resume_is_attached_to_employer(conn, resume_id: int, employer_id: int) -> bool:
    """Tell whether the resume came with an application to one of the employer's vacancies."""
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT EXISTS (
                SELECT 1 FROM job_applications a JOIN jobs j ON j.id = a.job_id
                WHERE a.resume_id = %(resume_id)s AND j.employer_id = %(employer_id)s
            ) AS attached
            """,
            {"resume_id": resume_id, "employer_id": employer_id},
        )
        return cur.fetchone()["attached"]


def insert_resume(conn, user_id: int, data: dict) -> dict:
    """Insert a resume and return it."""
    with conn.cursor() as cur:
        cur.execute(
            f"""
            INSERT INTO resumes (user_id, title, summary, experience, education, skills, languages,
                                 portfolio_url, desired_position, desired_salary, location, is_public)
            VALUES (%(user_id)s, %(title)s, %(summary)s, %(experience)s, %(education)s, %(skills)s,
                    %(languages)s, %(portfolio_url)s, %(desired_position)s, %(desired_salary)s,
                    %(location)s, %(is_public)s)
            RETURNING {RESUME_COLUMNS}
            """,
            {**data, "user_id": user_id},
        )
        return cur.fetchone()


def update_resume(conn, resume_id: int, data: dict) -> dict:
    """Replace every editable column of a resume and return it."""
    with conn.cursor() as cur:
        cur.execute(
            f"""
            UPDATE resumes
            SET title = %(title)s, summary = %(summary)s, experience = %(experience)s,
                education = %(education)s, skills = %(skills)s, languages = %(languages)s,
                portfolio_url = %(portfolio_url)s, desired_position = %(desired_position)s,
                desired_salary = %(desired_salary)s, location = %(location)s, is_public = %(is_public)s
            WHERE id = %(id)s
            RETURNING {RESUME_COLUMNS}
            """,
            {**data, "id": resume_id},
        )
        return cur.fetchone()


def delete_resume(conn, resume_id: int) -> None:
    """Delete a resume; its applications keep existing with resume_id NULL."""
    with conn.cursor() as cur:
        cur.execute("DELETE FROM resumes WHERE id = %(id)s", {"id": resume_id})


def lock_resume(conn, resume_id: int) -> dict | None:
    """Lock a resume row for the rest of the transaction and return its owner."""
    with conn.cursor() as cur:
        cur.execute("SELECT id, user_id FROM resumes WHERE id = %(id)s FOR UPDATE", {"id": resume_id})
        return cur.fetchone()


def lock_resume_of_user(conn, resume_id: int, user_id: int) -> bool:
    """Lock the user's resume against deletion until commit; False when it is gone or not theirs."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id FROM resumes WHERE id = %(id)s AND user_id = %(user_id)s FOR SHARE",
            {"id": resume_id, "user_id": user_id},
        )
        return cur.fetchone() is not None
