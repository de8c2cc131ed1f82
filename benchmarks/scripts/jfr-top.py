#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: the hottest frames, by self time (top of
stack) and by total time (anywhere in the stack), optionally only in threads whose name contains a
string and only in stacks that contain a frame matching a string.

    jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr > samples.txt
    python3 benchmarks/scripts/jfr-top.py samples.txt [--thread main] [--within dev.convene] [--without Postgres] [--top 25] [--children QueryRunner.run]
"""
import argparse
import collections
import re

parser = argparse.ArgumentParser()
parser.add_argument("samples")
parser.add_argument("--thread", default=None, help="keep samples of threads whose name contains this")
parser.add_argument("--within", default=None, help="keep samples whose stack has a frame containing this")
parser.add_argument("--without", default=None, help="drop samples whose stack has a frame containing this")
parser.add_argument("--top", type=int, default=25)
parser.add_argument("--children", default=None,
                    help="also split the samples under the first frame containing this by the frame it called")
args = parser.parse_args()

frame = re.compile(r"^\s+([\w$.<>/]+\([^)]*\))\s+line:")
thread = re.compile(r'sampledThread = "([^"]*)"')
samples = []
stack, name = [], ""
with open(args.samples, encoding="utf-8", errors="replace") as lines:
    for line in lines:
        if line.startswith("jdk.ExecutionSample"):
            if stack:
                samples.append((name, stack))
            stack, name = [], ""
            continue
        m = thread.search(line)
        if m:
            name = m.group(1)
            continue
        m = frame.match(line)
        if m:
            stack.append(re.sub(r"\(.*\)", "", m.group(1)))
if stack:
    samples.append((name, stack))

kept = [s for n, s in samples
        if (args.thread is None or args.thread in n) and (args.within is None or any(args.within in f for f in s))
        and (args.without is None or not any(args.without in f for f in s))]
self_counts = collections.Counter(s[0] for s in kept)
total_counts = collections.Counter(f for s in kept for f in set(s))
print(f"{len(kept)} of {len(samples)} samples kept")
print("\nself (top of stack):")
for f, n in self_counts.most_common(args.top):
    print(f"{100.0 * n / max(1, len(kept)):6.1f} %  {f}")
print("\ntotal (anywhere in the stack):")
for f, n in total_counts.most_common(args.top):
    print(f"{100.0 * n / max(1, len(kept)):6.1f} %  {f}")
if args.children:
    callees = collections.Counter()
    under = 0
    for s in kept:
        # frames run from the top of the stack down: the callee of the outermost match is just above it
        at = max((i for i, f in enumerate(s) if args.children in f), default=None)
        if at is None:
            continue
        under += 1
        callees[s[at - 1] if at > 0 else "(self)"] += 1
    print(f"\nunder {args.children} ({under} samples), by the frame it called:")
    for f, n in callees.most_common(args.top):
        print(f"{100.0 * n / max(1, under):6.1f} %  {f}")
