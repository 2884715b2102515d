#!/usr/bin/env python
"""`make lint`'s package audit: pip-audit of the pinned requirements against PyPI's vulnerability data.

Skipped with a message, never failing or hanging lint, when the service cannot be reached within a few seconds
(an offline laptop, a sandboxed CI) or does not answer the whole audit within AUDIT_SECONDS. Fails when a pinned
package has a known vulnerability. Packages the service does not know are named in one line.

The audit takes half a minute, so a passed one is remembered in var/pip-audit.json: while the requirement files
are unchanged, it is repeated once a day (new vulnerabilities are published for old versions too).
"""

import hashlib
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ["requirements.txt", "requirements-dev.txt"]
STAMP = ROOT / "var" / "pip-audit.json"
STAMP_SECONDS = 24 * 3600
SERVICE = "https://pypi.org/pypi/pip/json"
REACH_SECONDS = 5
AUDIT_SECONDS = 180


def reachable():
    try:
        # A fixed https address (bandit B310 asks about file: and custom schemes).
        with urllib.request.urlopen(SERVICE, timeout=REACH_SECONDS):  # nosec B310
            return True
    except OSError:
        return False


def requirements_digest():
    return hashlib.sha256(b"".join((ROOT / name).read_bytes() for name in REQUIREMENTS)).hexdigest()


def recent_audit(digest):
    """Today's passed audit of these requirements ({"digest", "time", "audited", "unknown"}), or None."""
    try:
        stamp = json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return None
    fresh = stamp.get("digest") == digest and time.time() - stamp.get("time", 0) < STAMP_SECONDS
    return stamp if fresh else None


def main():
    digest = requirements_digest()
    stamp = recent_audit(digest)
    if stamp:
        print(
            f"pip-audit: requirements unchanged since today's audit ({stamp.get('audited', 0)} packages audited, "
            f"none vulnerable; {stamp.get('unknown', 0)} not known to the service)."
        )
        return 0
    if not reachable():
        print(f"pip-audit skipped: the vulnerability service ({SERVICE}) cannot be reached.")
        return 0
    command = [
        str(Path(sys.executable).with_name("pip-audit")),
        *(f"--requirement={name}" for name in REQUIREMENTS),
        "--no-deps",  # every package is pinned; nothing to resolve, no virtualenv to build
        "--disable-pip",
        "--progress-spinner=off",
        "--timeout=10",
        "--format=json",
    ]
    try:
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=AUDIT_SECONDS)
    except subprocess.TimeoutExpired:
        print(f"pip-audit skipped: the vulnerability service did not answer within {AUDIT_SECONDS} s.")
        return 0
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(f"pip-audit failed to run:\n{result.stderr}")
        return 1
    vulnerable = [package for package in report["dependencies"] if package.get("vulns")]
    unknown = [package["name"] for package in report["dependencies"] if package.get("skip_reason")]
    for package in vulnerable:
        for vulnerability in package["vulns"]:
            fixed = ", ".join(vulnerability["fix_versions"]) or "no fixed version yet"
            print(f"{package['name']} {package['version']}: {vulnerability['id']} (fixed in {fixed})")
    audited = len(report["dependencies"]) - len(unknown)
    print(f"pip-audit: {audited} pinned packages audited, {len(vulnerable)} with known vulnerabilities.")
    if unknown:
        print(f"pip-audit: not known to the service, so not audited: {', '.join(unknown)}.")
    if vulnerable:
        return 1
    STAMP.parent.mkdir(exist_ok=True)
    STAMP.write_text(json.dumps({"digest": digest, "time": time.time(), "audited": audited, "unknown": len(unknown)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
