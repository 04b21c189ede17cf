"""Measure request latency of the main API routes against a running server.

Usage: start the server (`make run`), then
    .venv/bin/python scripts/bench_api.py [--base-url http://127.0.0.1:8000] [--requests 200]

It signs up one employer and eight job seekers with unique emails, posts a
vacancy, and then times each route with sequential requests, printing the
median, 95th percentile and maximum in milliseconds. The numbers depend on
the machine and on whatever else it runs; compare runs on the same machine.
"""

import argparse
import json
import statistics
import time
import urllib.error
import urllib.request
import uuid


def call(base_url: str, method: str, path: str, body=None, token: str | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base_url + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def sign_up(base_url: str, user_type: str) -> str:
    email = f"bench-{uuid.uuid4().hex[:10]}@example.kz"
    body = {"email": email, "password": "bench-password", "full_name": "Bench User", "user_type": user_type}
    status, _ = call(base_url, "POST", "/auth/register", body)
    if status != 201:
        raise SystemExit(f"sign-up failed with HTTP {status}; is the server running at {base_url}?")
    _, token = call(base_url, "POST", "/auth/login", {"email": email, "password": "bench-password"})
    return token["access_token"]


def timed(label: str, count: int, make_request) -> None:
    durations = []
    for index in range(count):
        started = time.perf_counter()
        status = make_request(index)
        durations.append((time.perf_counter() - started) * 1000)
        if status >= 400:
            raise SystemExit(f"{label}: request {index} failed with HTTP {status}")
    durations.sort()
    p95 = durations[max(0, int(len(durations) * 0.95) - 1)]
    print(f"{label:<34} n={count:<5} median {statistics.median(durations):7.1f} ms"
          f"  p95 {p95:7.1f} ms  max {durations[-1]:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="Server to measure.")
    parser.add_argument("--requests", type=int, default=200, help="Requests per route (1-5000).")
    args = parser.parse_args()
    count = max(1, min(args.requests, 5000))
    base = args.base_url.rstrip("/")

    employer = sign_up(base, "employer")
    vacancy = {"title": "Бухгалтер (бенчмарк)", "description": "Учёт и налоговая отчётность.",
               "requirements": "1С, МСФО, опыт от 3 лет", "location": "Астана",
               "salary_min": 400000, "salary_max": 600000}
    _, job = call(base, "POST", "/jobs", vacancy, employer)

    timed("GET /health", count, lambda i: call(base, "GET", "/health")[0])
    timed("GET /jobs", count, lambda i: call(base, "GET", "/jobs")[0])
    timed("GET /jobs?text=бух", count, lambda i: call(base, "GET", "/jobs?text=%D0%B1%D1%83%D1%85")[0])
    timed(f"GET /jobs/{job['id']}", count, lambda i: call(base, "GET", f"/jobs/{job['id']}")[0])

    # Applying and chatting: one fresh candidate per application, as in real use.
    # Sign-up is rate-limited per address (AUTH_LIMIT), so these are few.
    apply_count = min(count, 8)
    seekers = [sign_up(base, "job_seeker") for _ in range(apply_count)]
    sessions: list[int] = []

    def apply(index: int) -> int:
        status, application = call(base, "POST", "/applications", {"job_id": job["id"]}, seekers[index])
        sessions.append(application.get("session_id"))
        return status

    timed("POST /applications (+ greeting)", apply_count, apply)
    timed("POST /smartbot/send (demo)", apply_count, lambda i: call(
        base, "POST", "/smartbot/send",
        {"session_id": sessions[i], "user_text": "Работаю бухгалтером 4 года, знаю 1С и МСФО."}, seekers[i])[0])
    timed("POST /smartbot/complete (demo)", apply_count, lambda i: call(
        base, "POST", f"/smartbot/complete/{sessions[i]}", None, seekers[i])[0])


if __name__ == "__main__":
    main()
