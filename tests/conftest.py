"""Shared test settings: Prefect runs against a throwaway home, quietly."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# One Prefect home per test process: two xdist workers starting temporary servers on one fresh
# SQLite database race in its migrations ("Application startup failed").
worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix=f"kabar-prefect-{worker}-")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
