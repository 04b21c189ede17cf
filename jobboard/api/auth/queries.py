"""SQL for users."""

USER_COLUMNS = "id, email, hashed_password, full_name, phone, user_type, is_active, created_at, updated_at"


def get_user_by_id(conn, user_id: int) -> dict | None:
    """Fetch one user by id."""
    with conn.cursor() as cur:
        cur.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = %(id)s", {"id": user_id})
        return cur.fetchone()


def get_user_by_email(conn, email: str) -> dict | None:
    """Fetch one user by email, which the caller has lower-cased as sign-up does."""
    with conn.cursor() as cur:
        cur.execute(f"SELECT {USER_COLUMNS} FROM users WHERE email = %(email)s", {"email": email})
        return cur.fetchone()


def insert_user(conn, *, email: str, hashed_password: str, full_name: str, phone: str | None,
                user_type: str) -> dict | None:
    """Insert a user; return None when the email is taken."""
    with conn.cursor() as cur:
        cur.execute(
            f"""
            INSERT INTO users (email, hashed_password, full_name, phone, user_type)
            VALUES (%(email)s, %(hashed_password)s, %(full_name)s, %(phone)s, %(user_type)s)
            ON CONFLICT (email) DO NOTHING
            RETURNING {USER_COLUMNS}
            """,
            {"email": email, "hashed_password": hashed_password, "full_name": full_name,
             "phone": phone, "user_type": user_type},
        )
        return cur.fetchone()
