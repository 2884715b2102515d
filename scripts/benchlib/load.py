"""The load: wrk (installed with apt-get when missing) or, when it cannot be, a threaded Python client."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection

from .server import PORT

MAX_WARM_UP = 20

WRK_SCRIPT = """
local paths = {%s}
local headers = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i], headers)
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %%d\\n", latency:percentile(95)))
end
"""


def ensure_wrk():
    if shutil.which("wrk"):
        return True
    if shutil.which("apt-get") and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=False, capture_output=True)
    return bool(shutil.which("wrk"))


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def warm_up_seconds(scenario):
    """Long enough for every worker to render each path once, so cacheable pages are measured warm."""
    return min(MAX_WARM_UP, 2 + len(scenario["paths"]) // 10)


def run_wrk(scenario, seconds, clients):
    paths = ", ".join(f'"{path}"' for path in scenario["paths"])
    headers = ", ".join(f'["{name}"] = "{value}"' for name, value in scenario.get("headers", {}).items())
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % (paths, headers))
    base = f"http://127.0.0.1:{PORT}"
    threads = min(2, clients)
    subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", f"-d{warm_up_seconds(scenario)}s", "-s", script.name, base],
        capture_output=True,
        check=False,
    )
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "--latency", "-s", script.name, base],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    os.unlink(script.name)
    percentiles = {
        int(p): to_ms(value, unit)
        for p, value, unit in re.findall(r"^\s+(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    p95 = re.search(r"^p95 (\d+)$", output, re.M)  # microseconds, from the script's done()
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if "Requests/sec" not in output:
        sys.exit(f"wrk gave no result for {scenario['name']}:\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": percentiles.get(50),
        "p90": percentiles.get(90),
        "p95": int(p95.group(1)) / 1000 if p95 else None,
        "p99": percentiles.get(99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def run_python_client(scenario, seconds, clients):
    """A stand-in for wrk: `clients` threads, each with one keep-alive connection, rotating through the paths."""
    latencies, errors, lock = [], [0], threading.Lock()

    def client(deadline, record):
        connection, index = HTTPConnection("127.0.0.1", PORT, timeout=10), 0
        while time.monotonic() < deadline:
            path = scenario["paths"][index % len(scenario["paths"])]
            index += 1
            started = time.perf_counter()
            connection.request("GET", path, headers=scenario.get("headers", {}))
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - started) * 1000
            if record:
                with lock:
                    latencies.append(elapsed)
                    errors[0] += response.status >= 400

    for duration, record in ((warm_up_seconds(scenario), False), (seconds, True)):
        deadline = time.monotonic() + duration
        threads = [threading.Thread(target=client, args=(deadline, record)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))]

    return {
        "rps": len(latencies) / seconds,
        "p50": percentile(50),
        "p90": percentile(90),
        "p95": percentile(95),
        "p99": percentile(99),
        "errors": errors[0],
    }
