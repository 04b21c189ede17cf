"""The README's curl walkthrough runs as written against a live server."""

import re
import shutil
import subprocess

import pytest

from tests.conftest import PROJECT_DIR

START, END = "<!-- curl-walkthrough:start -->", "<!-- curl-walkthrough:end -->"
README_URL = "http://127.0.0.1:8000"


def walkthrough(readme_name: str) -> str:
    text = (PROJECT_DIR / readme_name).read_text(encoding="utf-8")
    block = text.split(START, 1)[1].split(END, 1)[0]
    return re.search(r"```bash\n(.*?)```", block, re.S).group(1)


def test_both_readmes_have_the_same_commands():
    def commands(script: str) -> list[str]:
        return [line for line in script.splitlines() if line.strip() and not line.lstrip().startswith("#")]

    assert commands(walkthrough("README.md")) == commands(walkthrough("README.ru.md"))


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_walkthrough_runs_against_live_server(live_server):
    script = walkthrough("README.md").replace(README_URL, live_server)

    result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script],
                            capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    # The last command prints the employer's list with the finished dialog.
    assert '"candidate_name": "Арман Сейітов"' in result.stdout or '"candidate_name":"Арман Сейітов"' in result.stdout
    assert '"is_completed":true' in result.stdout.replace(" ", "")
