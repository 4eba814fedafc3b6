#!/usr/bin/env python3
"""Checks the obligation scan (lib/verify/ObligationScan.h) against the
executor: every function the scan would skip is verified anyway, and vouch
stops with 'VOUCH_SCAN_CROSSCHECK:' if one of them has a finding.

    crosscheck.py <vouch> <source root> [--gtest DIR] [--selftest]

Inputs: every lit test that runs vouch (with the options and compiler flags
of its first RUN line), the examples, the replay inputs, the GSL program of
test/realworld when libmsgsl-dev is installed, and GoogleTest's
gtest-all.cc when --gtest names Debian's googletest sources.

--selftest: makes the scan skip every function (pretend-all-free) on an
input with findings, and passes only if the cross-check then fails: the
harness must be able to fail.
"""
import argparse
import concurrent.futures
import glob
import os
import re
import shlex
import subprocess
import sys

MARK = "VOUCH_SCAN_CROSSCHECK:"
RUN_RE = re.compile(r"RUN:\s*%vouch\s+(.*?)\s%s(?:\s+--\s+([^|>]*))?")
# The options that change what is verified; the rest shape the output or
# read and write files of the test's own (-fix would edit the input).
KEEP = re.compile(r"^--?(checks|config|header-filter|exclude-header-filter|"
                  r"extra-arg)=")


def run_args(path):
    """(vouch options, compiler flags) for one input."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = RUN_RE.search(line)
            if m:
                opts = [o for o in shlex.split(m.group(1)) if KEEP.match(o)]
                flags = shlex.split(m.group(2) or "")
                return opts, flags
    std = "-std=c11" if path.endswith(".c") else "-std=c++17"
    return ["-checks=-*,contract-*"], [std]


def inputs(root, gtest):
    found = []
    for pattern in ("test/lit/**/*.cpp", "test/lit/**/*.c"):
        for path in sorted(glob.glob(os.path.join(root, pattern),
                                     recursive=True)):
            with open(path, encoding="utf-8", errors="replace") as f:
                if RUN_RE.search(f.read()):
                    found.append((path, *run_args(path)))
    for pattern in ("examples/**/*.cpp", "test/replay/Inputs/*.c*"):
        for path in sorted(glob.glob(os.path.join(root, pattern),
                                     recursive=True)):
            found.append((path, *run_args(path)))
    if os.path.isfile("/usr/include/gsl/gsl"):
        path = os.path.join(root, "test/realworld/inputs/gsl_histogram.cpp")
        found.append((path, ["-checks=-*,contract-*"], ["-std=c++17"]))
    if gtest:
        path = os.path.join(gtest, "src/gtest-all.cc")
        if os.path.isfile(path):
            found.append((path, ["-checks=-*,contract-*"],
                          ["-std=c++17", "-I" + gtest,
                           "-I" + os.path.join(gtest, "include")]))
    return found


def crosscheck(vouch, path, opts, flags, mode="1"):
    """The cross-check's complaint for one input, or None."""
    env = dict(os.environ, VOUCH_SCAN_CROSSCHECK=mode)
    cmd = [vouch, "--no-cache", *opts, path, "--", *flags]
    p = subprocess.run(cmd, env=env, capture_output=True, text=True,
                       timeout=600)
    for line in p.stderr.splitlines():
        if MARK in line:
            return line.strip()
    if p.returncode < 0:
        return "vouch crashed (signal %d): %s" % (-p.returncode,
                                                  " ".join(cmd))
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("vouch")
    parser.add_argument("root")
    parser.add_argument("--gtest")
    parser.add_argument("--selftest", action="store_true")
    args = parser.parse_args()

    if args.selftest:
        path = os.path.join(args.root, "test/lit/verify/division-by-zero.cpp")
        complaint = crosscheck(args.vouch, path, *run_args(path),
                               mode="pretend-all-free")
        if complaint:
            print("selftest: the cross-check fails as it must: " + complaint)
            return 0
        print("selftest FAILED: a scan that skips every function passed")
        return 1

    todo = inputs(args.root, args.gtest)
    failures = []
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        results = pool.map(lambda t: (t[0], crosscheck(args.vouch, *t)), todo)
        for path, complaint in results:
            if complaint:
                failures.append("%s: %s" % (os.path.relpath(path, args.root),
                                            complaint))
    for f in failures:
        print("FAILED " + f)
    print("%d inputs cross-checked, %d failed" % (len(todo), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
