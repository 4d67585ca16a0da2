#!/usr/bin/env python3
"""Crash test for the progress store: kill -9 a writer in the middle of saving, many times,
and check after each kill that the progress file loads and holds every acknowledged answer.

The writer (`sipdrill-bench torture DIR`) records answers in a loop — one fsync'd journal
line each, and an atomic rewrite of the JSON file every 25 — printing "acked N" after each
answer is durable. After every SIGKILL, `sipdrill check --json` must load the profile
(file + journal) without error, and its review count must be at least the last acked N.

usage: python3 bench/crash.py [--kills 200] [--skip-build]
"""
import argparse, json, os, random, shutil, signal, subprocess, sys, tempfile, time, select

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--kills", type=int, default=200)
parser.add_argument("--skip-build", action="store_true")
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()
random.seed(args.seed)

config = "release"
if not args.skip_build:
    for product in ("sipdrill", "sipdrill-bench"):
        subprocess.run(["swift", "build", "-c", config, "--product", product], cwd=root, check=True, stdout=subprocess.DEVNULL)
bench = os.path.join(root, ".build", config, "sipdrill-bench")
sipdrill = os.path.join(root, ".build", config, "sipdrill")
folder = tempfile.mkdtemp(prefix="sipdrill-crash-")

acked_total = 0
lost = 0
failures = []
during_fold = 0
for kill in range(1, args.kills + 1):
    writer = subprocess.Popen([bench, "torture", folder], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + random.uniform(0.02, 0.25)
    last = None
    buffer = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([writer.stdout], [], [], max(0, deadline - time.monotonic()))
        if ready:
            chunk = os.read(writer.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
    writer.send_signal(signal.SIGKILL)
    rest, err = writer.communicate()
    buffer += rest
    lines = [l for l in buffer.decode().splitlines() if l.startswith("acked ")]
    if lines:
        last = int(lines[-1].split()[1])
        acked_total = max(acked_total, last)
        if last % 25 == 0:
            during_fold += 1      # killed right around an atomic rewrite
    if writer.returncode != -signal.SIGKILL:
        failures.append(f"kill {kill}: writer exited by itself ({writer.returncode}): {err.decode().strip()}")
        break
    check = subprocess.run([sipdrill, "check", "--json", "--progress-dir", folder], capture_output=True, text=True)
    try:
        report = json.loads(check.stdout)["progress"]
    except Exception:
        failures.append(f"kill {kill}: check printed no JSON: {check.stderr.strip()}")
        break
    if report.get("error"):
        failures.append(f"kill {kill}: progress does not load: {report['error']}")
        break
    stored = report["reviews"]
    if stored < acked_total:
        lost += acked_total - stored
        failures.append(f"kill {kill}: {acked_total - stored} acknowledged answers lost (acked {acked_total}, stored {stored})")
    acked_total = max(acked_total, stored)   # an answer written but not yet acked also counts

leftovers = sorted(os.listdir(folder))
print(f"kills: {kill}, answers acknowledged: {acked_total}, kills within a few ms of a file rewrite: {during_fold}")
print(f"acknowledged answers lost: {lost}; loads that failed: {sum('does not load' in f for f in failures)}")
print(f"files left in the progress folder: {', '.join(leftovers)}")
for failure in failures[:10]:
    print("FAIL:", failure)
shutil.rmtree(folder)
sys.exit(1 if failures else 0)
