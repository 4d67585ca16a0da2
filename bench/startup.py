#!/usr/bin/env python3
"""Cold start-up of `sipdrill show 486` (release, full catalogue) against a Foundation
hello-world, run alternately so machine noise hits both alike. Prints medians and the ratio.
Also the time one browse command takes inside a running REPL (200 piped commands, per command).

usage: python3 bench/startup.py [--runs N]     (builds both in release first)
"""
import argparse, os, statistics, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=60)
parser.add_argument("--skip-build", action="store_true")
args = parser.parse_args()

if not args.skip_build:
    subprocess.run(["swift", "build", "-c", "release", "--product", "sipdrill"], cwd=root, check=True,
                   stdout=subprocess.DEVNULL)
hello = os.path.join(root, ".build", "bench-hello")
subprocess.run(["swiftc", "-O", "-o", hello, os.path.join(root, "bench", "hello.swift")], check=True)
sipdrill = os.path.join(root, ".build", "release", "sipdrill")

programs = {
    "foundation hello": [hello],
    "sipdrill show 486": [sipdrill, "show", "486", "--no-color"],
    "sipdrill list": [sipdrill, "list", "--no-color"],
    "sipdrill search 忙": [sipdrill, "search", "忙", "--no-color"],
}
env = dict(os.environ, NO_COLOR="1")
times = {name: [] for name in programs}
for name, argv in programs.items():          # warm the page cache once
    subprocess.run(argv, stdout=subprocess.DEVNULL, env=env, check=True)
for _ in range(args.runs):
    for name, argv in programs.items():
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, env=env, check=True)
        times[name].append((time.perf_counter() - start) * 1000)

# Inside the REPL: many commands through one process, so start-up is paid once.
for name, line in [("repl: show 486", "show 486"), ("repl: search 忙", "search 忙"), ("repl: list", "list")]:
    count = 200
    script = (line + "\n") * count
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sipdrill, "--no-color"], input=script.encode(), stdout=subprocess.DEVNULL, env=env, check=True)
        runs.append((time.perf_counter() - start) * 1000 / count)
    times[name] = runs * (args.runs // 5)

base = statistics.median(times["foundation hello"])
print(f"{'program':<22}{'median ms':>10}{'p90 ms':>9}{'× hello':>9}")
for name, values in times.items():
    values.sort()
    p90 = values[int(len(values) * 0.9) - 1]
    print(f"{name:<22}{statistics.median(values):>10.1f}{p90:>9.1f}{statistics.median(values) / base:>9.2f}")
