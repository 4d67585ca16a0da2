#!/usr/bin/env python3
"""Progress-store benchmarks (issue: scheduler and progress store). Builds release, then:

- persisting one answer with an empty history and with a 100,000-review history
  (median, p99, ratio — the cost must not grow with the log);
- loading the 100,000-review file, parsing its log and replaying it through FSRS
  (reviews per second), with peak memory; py-fsrs 6.3.2 on the same reviews for comparison
  (needs `pip install fsrs==6.3.2`; the script uses .venv/bin/python when it exists);
- REPL start-up with the 100,000-review file against no progress at all (piped `quit`).

usage: python3 bench/progress.py [--reviews 100000] [--skip-build]
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--reviews", type=int, default=100_000)
parser.add_argument("--skip-build", action="store_true")
args = parser.parse_args()

if not args.skip_build:
    subprocess.run(["swift", "build", "-c", "release", "--product", "sipdrill"], cwd=root, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "sipdrill-bench"], cwd=root, check=True, stdout=subprocess.DEVNULL)
bench = os.path.join(root, ".build", "release", "sipdrill-bench")
sipdrill = os.path.join(root, ".build", "release", "sipdrill")
work = tempfile.mkdtemp(prefix="sipdrill-bench-")
big, empty = os.path.join(work, "big"), os.path.join(work, "empty")

def run(*argv):
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout.strip()
    return out

print(run(bench, "make", big, str(args.reviews)))
os.makedirs(empty)

print("\n## persisting one answer (1,000 answers each, fresh copies)")
for label, folder in (("empty history", empty), (f"{args.reviews:,}-review history", big)):
    copy = os.path.join(work, "copy")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy)
    print(f"{label:>24}: {run(bench, 'persist', copy, '1000')}")

print("\n## loading and replaying")
print(run(bench, "load", big))

py = os.path.join(root, ".venv", "bin", "python")
py = py if os.path.exists(py) else sys.executable
log = json.load(open(os.path.join(big, "default.json")))["log"]
script = r'''
import json, sys, time
from datetime import datetime, timezone
from fsrs import Scheduler, Card, Rating
log = json.load(open(sys.argv[1]))["log"]
by = {}
for r in log:
    by.setdefault(r["card"], []).append((r["rating"], datetime.fromisoformat(r["at"].replace("Z", "+00:00"))))
s = Scheduler(enable_fuzzing=False)
t = time.perf_counter(); n = 0
for card_id, reviews in by.items():
    c = Card()
    for rating, at in reviews:
        c, _ = s.review_card(c, Rating(rating), at); n += 1
dt = time.perf_counter() - t
print(f"py-fsrs 6.3.2 replay of the same {n} reviews: {dt*1000:.0f} ms = {n/dt/1e6:.3f} M reviews/s")
'''
result = subprocess.run([py, "-c", script, os.path.join(big, "default.json")], capture_output=True, text=True)
print(result.stdout.strip() or f"py-fsrs not available ({result.stderr.strip().splitlines()[-1] if result.stderr else 'no output'}); pip install fsrs==6.3.2")

print("\n## REPL start-up (piped 'quit'), median of 30")
def startup(folder):
    times = []
    for _ in range(30):
        start = time.perf_counter()
        subprocess.run([sipdrill, "--progress-dir", folder], input=b"quit\n", stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
cold_empty, cold_big = startup(empty), startup(big)
print(f"no progress: {cold_empty:.1f} ms; {args.reviews:,} reviews: {cold_big:.1f} ms; ratio {cold_big / cold_empty:.2f}")
shutil.rmtree(work)
