"""A real Ralph LRS on 127.0.0.1 for the tests and the load benchmark: fs backend, basic auth by `ralph auth`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import httpx

USERNAME = "byline-school"
PASSWORD = "correct horse battery"
ROOT = Path(__file__).resolve().parents[2]
START_LIMIT = 120.0
"""Seconds Ralph may take to answer after starting (generous: a busy 2-core machine takes 10-20 s)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ralph() -> str:
    return str(Path(sys.executable).with_name("ralph"))


@dataclass
class Ralph:
    home: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "RALPH_APP_DIR": str(self.home / "app"),
            "RALPH_AUTH_FILE": str(self.home / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.home / "data"),
        }

    def make_credentials(self) -> None:
        subprocess.run(
            [
                _ralph(),
                "auth",
                "-u",
                USERNAME,
                "-p",
                PASSWORD,
                "-s",
                "all",
                "-A",
                USERNAME,
                "https://school.example",
                "-w",
            ],
            env=self.env(),
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        (self.home / "data").mkdir(parents=True, exist_ok=True)
        log = (self.home / "server.log").open("ab")
        self.process = subprocess.Popen(  # as Ralph is deployed: uvicorn serving its app (see ralph_app.py)
            [
                sys.executable,
                "-m",
                "uvicorn",
                "tests.lrs.ralph_app:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        deadline = time.monotonic() + START_LIMIT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/__lbheartbeat__", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"Ralph did not start: {(self.home / 'server.log').read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def stored_ids(self) -> list[str]:
        """The id of every statement in Ralph's store, read from its file (a query of thousands is slow on `fs`)."""
        store = self.home / "data" / "fs_lrs.jsonl"
        if not store.exists():
            return []
        return [json.loads(line)["id"] for line in store.read_text(encoding="utf-8").splitlines() if line.strip()]

    def statements(self, **params: str) -> list[dict]:
        """Every statement Ralph stored, following `more` pages."""
        found: list[dict] = []
        url: str | None = f"{self.endpoint}/statements"
        query: dict[str, str | int] | None = {"limit": 500, **params}
        while url:
            page = (
                httpx.get(
                    url,
                    params=query,
                    auth=(USERNAME, PASSWORD),
                    headers={"X-Experience-API-Version": "1.0.3"},
                    timeout=60,
                )
                .raise_for_status()
                .json()
            )
            found.extend(page["statements"])
            url, query = (urljoin(url, page["more"]), None) if page.get("more") else (None, None)
        return found
