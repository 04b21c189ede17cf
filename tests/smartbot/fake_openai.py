"""A scripted OpenAI-compatible chat completions server on 127.0.0.1 for the LLM-mode tests.

Each request to /v1/chat/completions takes the next scripted response; when the script is
empty the server answers with `default_content`. The server records every request body so
that tests can count attempts and read the prompts the engine sent.
"""

import json
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Upper bound for a scripted hang, so that a forgotten server never blocks a test run.
MAX_HANG_SECONDS = 10.0


def completion(content, *, choices=True) -> dict:
    """Return a scripted non-streamed completion whose message content is `content` (may be None)."""
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "test-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}]
        if choices else [],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
    return {"status": 200, "json": body}


def stream(parts: list[str], *, drop_after: int | None = None) -> dict:
    """Return a scripted SSE stream of `parts`; `drop_after` cuts the connection after that many chunks."""
    return {"status": 200, "stream": list(parts), "drop_after": drop_after}


def error(status: int, *, retry_after: str | None = None) -> dict:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    body = {"error": {"message": f"scripted error {status}", "type": "server_error", "code": None}}
    return {"status": status, "json": body, "headers": headers}


def hang(seconds: float) -> dict:
    return {"hang": min(seconds, MAX_HANG_SECONDS)}


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that gives up on a hung or cut response resets the connection; that is
        # the scenario under test, not a server fault.
        return


class FakeOpenAI:
    def __init__(self, default_content: str = "Расскажите, пожалуйста, о вашем опыте?"):
        self.default_content = default_content
        self.script: deque = deque()
        self.requests: list[dict] = []
        self.released = threading.Event()
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def push(self, *responses: dict) -> None:
        self.script.extend(responses)

    def start(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _next(self, body: dict) -> dict:
        with self._lock:
            self.requests.append(body)
            if self.script:
                return self.script.popleft()
        return completion(self.default_content)

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # keep pytest output clean
                return

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b"{}"
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {"unparsed": raw.decode("utf-8", "replace")}
                body["_authorization"] = self.headers.get("Authorization", "")
                response = fake._next(body)
                if "hang" in response:
                    fake.released.wait(response["hang"])
                    self.close_connection = True
                    return
                if "stream" in response:
                    self._send_stream(response)
                    return
                payload = json.dumps(response["json"]).encode()
                self.send_response(response["status"])
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in response.get("headers", {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def _send_stream(self, response):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for position, part in enumerate(response["stream"]):
                    if response["drop_after"] is not None and position >= response["drop_after"]:
                        # Cut the connection mid-stream: no terminating chunk, no [DONE].
                        self.wfile.write(b"5\r\ndata:\r\n")
                        self.wfile.flush()
                        self.close_connection = True
                        return
                    chunk = {
                        "id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1_700_000_000,
                        "model": "test-model",
                        "choices": [{"index": 0, "delta": {"content": part}, "finish_reason": None}],
                    }
                    self._write_chunk(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n")
                self._write_chunk("data: [DONE]\n\n")
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

            def _write_chunk(self, text: str):
                data = text.encode()
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

        return Handler
