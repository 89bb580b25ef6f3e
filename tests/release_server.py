"""A real HTTP server on 127.0.0.1 serving a release directory, with a request log and fault knobs."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any


class ReleaseServer:
    """Serve ``directory`` on 127.0.0.1 (a free port) in a thread; use as a context manager.

    Knobs, set before or between requests:
    - ``fail_next``: answer this many GETs with HTTP 500, then serve normally;
    - ``delay``: seconds to wait before answering (ends early when the server stops);
    - ``cut_after``: send the full Content-Length but only this many bytes, then close;
    - ``stall_after``: send this many bytes, set ``stalled``, then wait until the server stops;
    - ``pair_requests``: hold each GET until a second GET arrives, so two clients overlap.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.requests: list[str] = []
        self.fail_next = 0
        self.delay = 0.0
        self.cut_after: int | None = None
        self.stall_after: int | None = None
        self.pair_requests = False
        self.stalled = threading.Event()
        self.stopping = threading.Event()
        self._barrier = threading.Barrier(2)
        self._lock = threading.Lock()
        handler = functools.partial(_Handler, directory=str(directory))
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.release_server = self  # type: ignore[attr-defined]
        serve = functools.partial(self._httpd.serve_forever, poll_interval=0.05)
        self._thread = threading.Thread(target=serve, daemon=True)

    @property
    def url(self) -> str:
        """The base URL, e.g. http://127.0.0.1:PORT."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def gets(self, name: str) -> int:
        """How many GETs asked for a path ending in ``name``."""
        with self._lock:
            return sum(path.endswith("/" + name) for path in self.requests)

    def record(self, path: str) -> None:
        """Add one request to the log."""
        with self._lock:
            self.requests.append(path)

    def take_failure(self) -> bool:
        """Whether this request should fail with 500 (and count it)."""
        with self._lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return True
            return False

    def wait_for_partner(self) -> None:
        """With ``pair_requests``, wait (up to 30 s) for another GET to arrive."""
        if self.pair_requests:
            try:
                self._barrier.wait(timeout=30)
            except threading.BrokenBarrierError:
                self._barrier.reset()

    def __enter__(self) -> ReleaseServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._barrier.abort()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


class _Handler(SimpleHTTPRequestHandler):
    """Static files from the release directory, with the server's faults applied."""

    def do_GET(self) -> None:
        server: ReleaseServer = self.server.release_server  # type: ignore[attr-defined]
        server.record(self.path)
        server.wait_for_partner()
        if server.delay:
            server.stopping.wait(server.delay)
        if server.take_failure():
            self.send_error(500, "deliberate failure")
            return
        if server.cut_after is None and server.stall_after is None:
            super().do_GET()
            return
        self._send_partial(server)

    def _send_partial(self, server: ReleaseServer) -> None:
        """Promise the whole file, send only part of it, then stall or hang up."""
        path = Path(self.translate_path(self.path))
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        sent = server.cut_after if server.cut_after is not None else server.stall_after
        self.wfile.write(data[:sent])
        self.wfile.flush()
        if server.stall_after is not None:
            server.stalled.set()
            server.stopping.wait()
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet: the request log is ``ReleaseServer.requests``."""
