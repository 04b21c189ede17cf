-- JobBoard + SmartBot: database schema for PostgreSQL 15+.
--
-- Safe to run any number of times, as one batch (pgAdmin's Query Tool) or
-- with `psql -v ON_ERROR_STOP=1 -f sql/create_tables.sql`: every statement
-- creates only what is missing and never drops or rewrites data.
-- Uses no extensions and no generated columns.

-- Keeps updated_at current on every UPDATE.
CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- =========================
-- USERS: job seekers and employers (recruiters) in one table
-- =========================
CREATE TABLE IF NOT EXISTS users (
    id              SERIAL PRIMARY KEY,
    email           VARCHAR(255) UNIQUE NOT NULL,
    hashed_password VARCHAR(255) NOT NULL,
    full_name       VARCHAR(255) NOT NULL,
    phone           VARCHAR(50),
    user_type       VARCHAR(20) NOT NULL CHECK (user_type IN ('job_seeker','employer')),
    is_active       BOOLEAN DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_users_user_type ON users(user_type);
CREATE INDEX IF NOT EXISTS idx_users_email ON users(email);
DROP TRIGGER IF EXISTS trg_users_updated ON users;
CREATE TRIGGER trg_users_updated BEFORE UPDATE ON users
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- =========================
-- JOBS: vacancies, owned by an employer
-- =========================
CREATE TABLE IF NOT EXISTS jobs (
    id               SERIAL PRIMARY KEY,
    employer_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title            VARCHAR(255) NOT NULL,
    description      TEXT NOT NULL,
    requirements     TEXT,
    location         VARCHAR(255),
    employment_type  VARCHAR(20) CHECK (employment_type IN ('full_time','part_time','contract','internship')),
    experience_level VARCHAR(20) CHECK (experience_level IN ('junior','middle','senior')),
    salary_min       NUMERIC(12,2),
    salary_max       NUMERIC(12,2),
    salary_currency  VARCHAR(10) DEFAULT 'KZT',
    remote_work      BOOLEAN DEFAULT FALSE,
    is_active        BOOLEAN DEFAULT TRUE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_jobs_employer_id ON jobs(employer_id);
CREATE INDEX IF NOT EXISTS idx_jobs_location ON jobs(location);
CREATE INDEX IF NOT EXISTS idx_jobs_is_active ON jobs(is_active);
-- The public list reads active vacancies newest first.
CREATE INDEX IF NOT EXISTS idx_jobs_active_created ON jobs(is_active, created_at DESC);
-- Text search over title, description and requirements. The 'russian'
-- configuration stems Russian words («разработчика» finds «разработчик»);
-- the 'simple' one keeps Kazakh and English words whole so that prefix
-- queries (бағдарлама:*) find them. Slashes become spaces first, because the
-- parser reads «Java/Kotlin» or «CI/CD» as one file path and would hide the
-- words. Queries must repeat these expressions exactly for the planner to
-- use the indexes. The first version of these indexes had no translate();
-- dropping them loses no data.
DROP INDEX IF EXISTS idx_jobs_search_russian;
DROP INDEX IF EXISTS idx_jobs_search_simple;
CREATE INDEX IF NOT EXISTS idx_jobs_text_russian ON jobs USING GIN (
    to_tsvector('russian', translate(title || ' ' || description || ' ' || COALESCE(requirements, ''), '/', ' '))
);
CREATE INDEX IF NOT EXISTS idx_jobs_text_simple ON jobs USING GIN (
    to_tsvector('simple', translate(title || ' ' || description || ' ' || COALESCE(requirements, ''), '/', ' '))
);
DROP TRIGGER IF EXISTS trg_jobs_updated ON jobs;
CREATE TRIGGER trg_jobs_updated BEFORE UPDATE ON jobs
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- =========================
-- RESUMES: a flat resume per row; a job seeker may keep several
-- =========================
CREATE TABLE IF NOT EXISTS resumes (
    id               SERIAL PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title            VARCHAR(255) NOT NULL,
    summary          TEXT,
    experience       TEXT,
    education        TEXT,
    skills           TEXT,
    languages        TEXT,
    portfolio_url    VARCHAR(500),
    desired_position VARCHAR(255),
    desired_salary   NUMERIC(12,2),
    location         VARCHAR(255),
    is_public        BOOLEAN DEFAULT TRUE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_resumes_user_id ON resumes(user_id);
DROP TRIGGER IF EXISTS trg_resumes_updated ON resumes;
CREATE TRIGGER trg_resumes_updated BEFORE UPDATE ON resumes
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- =========================
-- JOB APPLICATIONS: one per candidate per vacancy
-- =========================
CREATE TABLE IF NOT EXISTS job_applications (
    id            SERIAL PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    job_id        INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    resume_id     INTEGER REFERENCES resumes(id) ON DELETE SET NULL,
    cover_letter  TEXT,
    status        VARCHAR(20) NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending','in_review','accepted','rejected')),
    created_at    TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at    TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    UNIQUE (user_id, job_id)
);
CREATE INDEX IF NOT EXISTS idx_applications_job_id ON job_applications(job_id);
CREATE INDEX IF NOT EXISTS idx_applications_user_id ON job_applications(user_id);
CREATE INDEX IF NOT EXISTS idx_applications_status ON job_applications(status);
-- ON DELETE SET NULL on resume_id scans job_applications for the deleted resume.
CREATE INDEX IF NOT EXISTS idx_applications_resume_id ON job_applications(resume_id);
DROP TRIGGER IF EXISTS trg_job_applications_updated ON job_applications;
CREATE TRIGGER trg_job_applications_updated BEFORE UPDATE ON job_applications
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- =========================
-- SMARTBOT: one chat session per application, and its messages
-- =========================
CREATE TABLE IF NOT EXISTS ai_chat_sessions (
    id               SERIAL PRIMARY KEY,
    application_id   INTEGER NOT NULL UNIQUE REFERENCES job_applications(id) ON DELETE CASCADE,
    lang             VARCHAR(2) NOT NULL CHECK (lang IN ('ru','kk')),
    model            VARCHAR(64) NOT NULL DEFAULT 'gpt-4o-mini',
    started_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    completed_at     TIMESTAMP WITH TIME ZONE,
    is_completed     BOOLEAN NOT NULL DEFAULT FALSE,
    relevance_score  NUMERIC(5,2),     -- 0..100
    summary_text     TEXT,             -- the final summary for the employer
    reasons_json     JSONB,            -- {"skills": {"score": 80, "weight": 0.35, "reason": "..."}, ...}
    transcript_cache TEXT,             -- the dialog as plain text, rebuilt after each message
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_ai_sessions_relevance ON ai_chat_sessions(relevance_score);
DROP TRIGGER IF EXISTS trg_ai_sessions_updated ON ai_chat_sessions;
CREATE TRIGGER trg_ai_sessions_updated BEFORE UPDATE ON ai_chat_sessions
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE IF NOT EXISTS ai_chat_messages (
    id          SERIAL PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES ai_chat_sessions(id) ON DELETE CASCADE,
    role        VARCHAR(16) NOT NULL CHECK (role IN ('system','assistant','candidate')),
    content     TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_ai_messages_session_time ON ai_chat_messages(session_id, created_at);

-- =========================
-- VIEWS for the employer's dashboard
-- =========================

-- Applications with their relevance and summary.
CREATE OR REPLACE VIEW employer_applications_overview AS
SELECT
    ja.id                AS application_id,
    j.id                 AS job_id,
    j.title              AS job_title,
    u_cand.id            AS candidate_id,
    u_cand.full_name     AS candidate_name,
    r.title              AS resume_title,
    ja.status,
    s.relevance_score,
    s.summary_text,
    ja.created_at
FROM job_applications ja
JOIN jobs j            ON j.id = ja.job_id
JOIN users u_cand      ON u_cand.id = ja.user_id
LEFT JOIN resumes r    ON r.id = ja.resume_id
LEFT JOIN ai_chat_sessions s ON s.application_id = ja.id
ORDER BY ja.created_at DESC;

-- The dialog of each application, oldest message first.
CREATE OR REPLACE VIEW employer_application_chat AS
SELECT
    ja.id           AS application_id,
    m.created_at,
    m.role,
    m.content
FROM job_applications ja
JOIN ai_chat_sessions s ON s.application_id = ja.id
JOIN ai_chat_messages m ON m.session_id = s.id
ORDER BY m.created_at ASC, m.id ASC;
