import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check_deploy(**instellingen: str) -> subprocess.CompletedProcess:
    """Run `manage.py check --deploy` in a fresh process with production-like environment variables."""
    env = {**os.environ, "DJANGO_HTTPS": "1", "DJANGO_SECRET_KEY": secrets.token_urlsafe(48)[:64], **instellingen}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by conftest for Playwright only
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_check_deploy_zonder_waarschuwingen():
    result = _check_deploy(DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="wathoudikover.example")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS" not in output


def test_check_deploy_vangt_debug():
    """The check must be able to fail: with DEBUG on it warns."""
    result = _check_deploy(DJANGO_DEBUG="1")
    assert result.returncode != 0
    assert "DEBUG" in result.stdout + result.stderr
