-- JobBoard + SmartBot: demo data for PostgreSQL 15+ (run after create_tables.sql).
--
-- 2 employers, 2 job seekers, 3 vacancies, 2 resumes, 2 applications, and one
-- SmartBot session with its dialog. Every row is found by a natural key
-- (email, employer + title, owner + title, candidate + vacancy) rather than a
-- fixed id, so the file can run any number of times, as one batch, on an
-- empty database or one that already has data: rows that exist are skipped.
--
-- Every demo user signs in with the password demo12345 (scrypt hash below,
-- made with werkzeug.security.generate_password_hash).

-- =========================
-- USERS
-- =========================
INSERT INTO users (email, hashed_password, full_name, phone, user_type)
VALUES
    ('hr@kaspi-demo.kz',
     'scrypt:32768:8:1$hRIdjg5HObP7ZUIj$5d80e5705ecdad02b568d24e77c8d7d985c3446b3a6f7d9533b1a3aa29473616a1da6923c248457067de4768e2e5b28bf542632326864ceea4f97263a8d7d43c',
     'Айдана Сапарова', '+7 701 555 10 20', 'employer'),
    ('hr@astana-clinic.kz',
     'scrypt:32768:8:1$hRIdjg5HObP7ZUIj$5d80e5705ecdad02b568d24e77c8d7d985c3446b3a6f7d9533b1a3aa29473616a1da6923c248457067de4768e2e5b28bf542632326864ceea4f97263a8d7d43c',
     'Ерлан Ахметов', '+7 717 255 30 40', 'employer'),
    ('aigerim@example.kz',
     'scrypt:32768:8:1$hRIdjg5HObP7ZUIj$5d80e5705ecdad02b568d24e77c8d7d985c3446b3a6f7d9533b1a3aa29473616a1da6923c248457067de4768e2e5b28bf542632326864ceea4f97263a8d7d43c',
     'Айгерім Нұрланқызы', '+7 705 123 45 67', 'job_seeker'),
    ('daniyar@example.kz',
     'scrypt:32768:8:1$hRIdjg5HObP7ZUIj$5d80e5705ecdad02b568d24e77c8d7d985c3446b3a6f7d9533b1a3aa29473616a1da6923c248457067de4768e2e5b28bf542632326864ceea4f97263a8d7d43c',
     'Данияр Ермеков', '+7 777 987 65 43', 'job_seeker')
ON CONFLICT (email) DO NOTHING;

-- =========================
-- JOBS
-- =========================
INSERT INTO jobs (employer_id, title, description, requirements, location, employment_type,
                  experience_level, salary_min, salary_max, salary_currency, remote_work)
SELECT u.id, v.title, v.description, v.requirements, v.location, v.employment_type,
       v.experience_level, v.salary_min, v.salary_max, 'KZT', v.remote_work
FROM (VALUES
    ('hr@kaspi-demo.kz',
     'Python-разработчик (Backend)',
     'Разрабатываем платёжные сервисы для малого бизнеса Казахстана. Ищем backend-разработчика в команду из 6 человек: проектирование API, работа с PostgreSQL, код-ревью, дежурства раз в месяц.',
     'Python 3, Flask или Django, PostgreSQL, REST API, Docker, Git. Опыт коммерческой разработки от 3 лет. Русский язык свободно, казахский и английский (чтение документации) приветствуются.',
     'Алматы', 'full_time', 'middle', 700000.00, 1100000.00, FALSE),
    ('hr@kaspi-demo.kz',
     'Аналитик данных / Деректер талдаушысы',
     'Строим отчётность по продажам и поведению клиентов. Задачи: SQL-запросы, дашборды, A/B-тесты, презентация выводов бизнесу. Жұмыс толығымен қашықтан.',
     'SQL, Python (pandas), Power BI или Tableau, статистика. Опыт от 1 года. Қазақ және орыс тілдері.',
     'Шымкент', 'full_time', 'junior', 450000.00, 650000.00, TRUE),
    ('hr@astana-clinic.kz',
     'Медицинская сестра / Мейірбике',
     'Многопрофильная клиника в Астане приглашает медицинскую сестру в терапевтическое отделение. Сменный график 2/2, официальное оформление, обучение за счёт клиники.',
     'Среднее медицинское образование, действующий сертификат специалиста, навыки внутривенных инъекций, работа с электронной медицинской картой (Damumed). Казахский и русский языки.',
     'Астана', 'full_time', 'junior', 280000.00, 380000.00, FALSE)
) AS v(employer_email, title, description, requirements, location, employment_type,
       experience_level, salary_min, salary_max, remote_work)
JOIN users u ON u.email = v.employer_email
WHERE NOT EXISTS (
    SELECT 1 FROM jobs j WHERE j.employer_id = u.id AND j.title = v.title
);

-- =========================
-- RESUMES
-- =========================
INSERT INTO resumes (user_id, title, summary, experience, education, skills, languages,
                     portfolio_url, desired_position, desired_salary, location, is_public)
SELECT u.id, v.title, v.summary, v.experience, v.education, v.skills, v.languages,
       v.portfolio_url, v.desired_position, v.desired_salary, v.location, TRUE
FROM (VALUES
    ('aigerim@example.kz',
     'Backend-разработчик Python',
     'Пишу надёжные API для финтеха, люблю PostgreSQL и понятный код.',
     'ТОО «Дала Софт», Алматы, 2020–2026: backend-разработчик, сервисы на Flask и PostgreSQL, очереди на Celery. 2019–2020: стажёр-разработчик в веб-студии.',
     'КазНУ им. аль-Фараби, информационные системы, бакалавр, 2019.',
     'Python, Flask, Django, PostgreSQL, REST API, Celery, Git, Linux',
     'Қазақ тілі — ана тілі, русский — свободно, English — B2',
     'https://github.com/aigerim-dev', 'Python-разработчик', 900000.00, 'Алматы'),
    ('daniyar@example.kz',
     'Медбрат процедурного кабинета',
     'Внимательный и аккуратный медбрат, 4 года в стационаре.',
     'Городская больница №2, Караганда, 2022–2026: медбрат процедурного кабинета, внутривенные инъекции, забор крови, ведение документации.',
     'Карагандинский высший медицинский колледж, сестринское дело, 2022.',
     'внутривенные инъекции, забор крови, первая помощь, стерилизация',
     'Русский, казахский',
     NULL, 'Медицинский брат', 350000.00, 'Караганда')
) AS v(user_email, title, summary, experience, education, skills, languages,
       portfolio_url, desired_position, desired_salary, location)
JOIN users u ON u.email = v.user_email
WHERE NOT EXISTS (
    SELECT 1 FROM resumes r WHERE r.user_id = u.id AND r.title = v.title
);

-- =========================
-- APPLICATIONS
-- =========================
INSERT INTO job_applications (user_id, job_id, resume_id, cover_letter, status)
SELECT cand.id, j.id, r.id, v.cover_letter, v.status
FROM (VALUES
    ('aigerim@example.kz', 'hr@kaspi-demo.kz', 'Python-разработчик (Backend)', 'Backend-разработчик Python',
     'Здравствуйте! Шесть лет пишу на Python, из них пять — backend на Flask и PostgreSQL. Буду рада обсудить вакансию.',
     'in_review'),
    ('daniyar@example.kz', 'hr@astana-clinic.kz', 'Медицинская сестра / Мейірбике', 'Медбрат процедурного кабинета',
     'Сәлеметсіз бе! Астанаға көшуге дайынмын, сменалық кестемен жұмыс істей аламын.',
     'pending')
) AS v(candidate_email, employer_email, job_title, resume_title, cover_letter, status)
JOIN users cand ON cand.email = v.candidate_email
JOIN users emp ON emp.email = v.employer_email
JOIN jobs j ON j.employer_id = emp.id AND j.title = v.job_title
JOIN resumes r ON r.user_id = cand.id AND r.title = v.resume_title
ON CONFLICT (user_id, job_id) DO NOTHING;

-- =========================
-- SMARTBOT SESSION for Aigerim's application: a completed dialog
-- =========================
-- The dialog took place in the ten minutes before loading; its messages are
-- dated from started_at below.
INSERT INTO ai_chat_sessions (application_id, lang, model, started_at, is_completed, completed_at,
                              relevance_score, summary_text, reasons_json, transcript_cache)
SELECT ja.id, 'ru', 'gpt-4o-mini', NOW() - INTERVAL '10 minutes', TRUE, NOW() - INTERVAL '7 minutes', 84.50,
       'Сильные стороны: 6 лет с Python, Flask и PostgreSQL в финтехе, живёт в Алматы. Пробелы: Docker в резюме не указан, ожидания по зарплате ближе к верхней границе вилки. Рекомендация: пригласить на техническое интервью.',
       '{"skills":     {"score": 88.0, "weight": 0.35, "reason": "Есть 5 из 6 ключевых навыков: Python, Flask, PostgreSQL, REST API, Git; Docker подтверждён в ответе."},
         "experience": {"score": 95.0, "weight": 0.20, "reason": "Около 6 лет опыта при требовании от 3 лет (middle)."},
         "location":   {"score": 100.0, "weight": 0.15, "reason": "Кандидат в Алматы, как и вакансия."},
         "salary":     {"score": 75.0, "weight": 0.15, "reason": "Ожидание 900 000 KZT внутри вилки 700 000–1 100 000 KZT."},
         "languages":  {"score": 100.0, "weight": 0.10, "reason": "Русский свободно, казахский и английский B2."},
         "answers":    {"score": 70.0, "weight": 0.05, "reason": "Ответы конкретные, с примерами."}}'::jsonb,
       NULL
FROM job_applications ja
JOIN users cand ON cand.id = ja.user_id AND cand.email = 'aigerim@example.kz'
JOIN jobs j ON j.id = ja.job_id AND j.title = 'Python-разработчик (Backend)'
JOIN users emp ON emp.id = j.employer_id AND emp.email = 'hr@kaspi-demo.kz'
ON CONFLICT (application_id) DO NOTHING;

INSERT INTO ai_chat_messages (session_id, role, content, created_at)
SELECT s.id, v.role, v.content, s.started_at + v.offset_seconds * INTERVAL '1 second'
FROM (VALUES
    (0, 'system',
     'SmartBot начал диалог по отклику на вакансию «Python-разработчик (Backend)». Язык: русский.'),
    (1, 'assistant',
     'Здравствуйте, Айгерім! Я SmartBot, помогу работодателю быстрее рассмотреть ваш отклик. В вакансии указан Docker, а в резюме его нет. Есть ли у вас опыт с Docker?'),
    (60, 'candidate',
     'Да, около двух лет: собирала образы для сервисов на Flask и поднимала окружение через docker compose.'),
    (61, 'assistant',
     'Спасибо, этого достаточно. Нажмите «Завершить», и работодатель увидит итог диалога.')
) AS v(offset_seconds, role, content)
CROSS JOIN (
    SELECT s.id, s.started_at
    FROM ai_chat_sessions s
    JOIN job_applications ja ON ja.id = s.application_id
    JOIN users cand ON cand.id = ja.user_id AND cand.email = 'aigerim@example.kz'
    JOIN jobs j ON j.id = ja.job_id AND j.title = 'Python-разработчик (Backend)'
    JOIN users emp ON emp.id = j.employer_id AND emp.email = 'hr@kaspi-demo.kz'
) AS s
WHERE NOT EXISTS (SELECT 1 FROM ai_chat_messages m WHERE m.session_id = s.id);
