"""SQL for vacancies (the jobs table)."""

# The vacancy as the API returns it. applications_count is visible to the
# vacancy's author only; for everyone else it is NULL.
JOB_SELECT = """
    SELECT j.id, j.employer_id, u.full_name AS employer_name, j.title, j.description,
           j.requirements, j.location, j.employment_type, j.experience_level,
           j.salary_min, j.salary_max, j.salary_currency, j.remote_work, j.is_active,
           CASE WHEN j.employer_id = %(viewer_id)s
                THEN (SELECT COUNT(*) FROM job_applications a WHERE a.job_id = j.id)
           END AS applications_count,
           j.created_at, j.updated_at
    FROM jobs j
    JOIN users u ON u.id = j.employer_id
"""

# Must match the expressions of idx_jobs_text_russian and
# idx_jobs_text_simple in sql/create_tables.sql.
TEXT_SEARCH_CONDITION = """(
    to_tsvector('russian', translate(j.title || ' ' || j.description || ' ' || COALESCE(j.requirements, ''), '/', ' '))
        @@ to_tsquery('russian', %(text_query)s)
    OR to_tsvector('simple', translate(j.title || ' ' || j.description || ' ' || COALESCE(j.requirements, ''), '/', ' '))
        @@ to_tsquery('simple', %(text_query)s)
)"""

# Each filter of GET /jobs and the condition it adds; the conditions are
# fixed strings and every value travels as a named parameter.
FILTER_CONDITIONS = {
    "text_query": TEXT_SEARCH_CONDITION,
    "location_pattern": "j.location ILIKE %(location_pattern)s",
    "employment_type": "j.employment_type = %(employment_type)s",
    "experience_level": "j.experience_level = %(experience_level)s",
    "remote": "j.remote_work = %(remote)s",
    "salary_min": "COALESCE(j.salary_max, j.salary_min) >= %(salary_min)s",
}


def _where_clause(filters: dict, viewer_id: int | None, mine: bool) -> tuple[str, dict]:
    conditions = ["j.employer_id = %(viewer_id)s" if mine else "j.is_active"]
    params = {"viewer_id": viewer_id}
    for name, condition in FILTER_CONDITIONS.items():
        if filters.get(name) is not None:
            conditions.append(condition)
            params[name] = filters[name]
    return " AND ".join(conditions), params


def count_jobs(conn, filters: dict, *, viewer_id: int | None, mine: bool) -> int:
    """Count the vacancies that match the filters."""
    where, params = _where_clause(filters, viewer_id, mine)
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS total FROM jobs j WHERE " + where, params)
        return cur.fetchone()["total"]


def list_jobs(conn, filters: dict, *, viewer_id: int | None, mine: bool, limit: int, offset: int) -> list[dict]:
    """Fetch one page of matching vacancies, newest first."""
    where, params = _where_clause(filters, viewer_id, mine)
    params.update(limit=limit, offset=offset)
    with conn.cursor() as cur:
        cur.execute(
            JOB_SELECT + " WHERE " + where + " ORDER BY j.created_at DESC, j.id DESC LIMIT %(limit)s OFFSET %(offset)s",
            params,
        )
        return cur.fetchall()


def get_job(conn, job_id: int, *, viewer_id: int | None = None) -> dict | None:
    """Fetch one vacancy, active or archived."""
    with conn.cursor() as cur:
        cur.execute(JOB_SELECT + " WHERE j.id = %(id)s", {"id": job_id, "viewer_id": viewer_id})
        return cur.fetchone()


def lock_job(conn, job_id: int, *, exclusive: bool) -> dict | None:
    """Lock a vacancy row for the rest of the transaction and return its owner and state."""
    lock = "FOR UPDATE" if exclusive else "FOR SHARE"
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, employer_id, is_active FROM jobs WHERE id = %(id)s " + lock,
            {"id": job_id},
        )
        return cur.fetchone()


def insert_job(conn, employer_id: int, data: dict) -> int:
    """Insert a vacancy and return its id."""
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO jobs (employer_id, title, description, requirements, location, employment_type,
                              experience_level, salary_min, salary_max, salary_currency, remote_work, is_active)
            VALUES (%(employer_id)s, %(title)s, %(description)s, %(requirements)s, %(location)s,
                    %(employment_type)s, %(experience_level)s, %(salary_min)s, %(salary_max)s,
                    %(salary_currency)s, %(remote_work)s, %(is_active)s)
            RETURNING id
            """,
            {**data, "employer_id": employer_id},
        )
        return cur.fetchone()["id"]


def update_job(conn, job_id: int, data: dict) -> None:
    """Replace every editable column of a vacancy."""
    with conn.cursor() as cur:
        cur.execute(
            """
            UPDATE jobs
            SET title = %(title)s, description = %(description)s, requirements = %(requirements)s,
                location = %(location)s, employment_type = %(employment_type)s,
                experience_level = %(experience_level)s, salary_min = %(salary_min)s,
                salary_max = %(salary_max)s, salary_currency = %(salary_currency)s,
                remote_work = %(remote_work)s, is_active = %(is_active)s
            WHERE id = %(id)s
            """,
            {**data, "id": job_id},
        )


def count_applications(conn, job_id: int) -> int:
    """Count the applications to one vacancy."""
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS total FROM job_applications WHERE job_id = %(id)s", {"id": job_id})
        return cur.fetchone()["total"]


def archive_job(conn, job_id: int) -> None:
    """Hide a vacancy from the public list, keeping its applications."""
    with conn.cursor() as cur:
        cur.execute("UPDATE jobs SET is_active = FALSE WHERE id = %(id)s", {"id": job_id})


def delete_job(conn, job_id: int) -> None:
    """Delete a vacancy that has no applications."""
    with conn.cursor() as cur:
        cur.execute("DELETE FROM jobs WHERE id = %(id)s", {"id": job_id})
