#!/usr/bin/env python3
"""Runs vouch on a translation unit written against a real library and
compares what it reports with a checked-in list (docs/real-world.md).

    run.py <vouch> <input.cpp> <expected.txt> [--require-header H]...
           [--update] [-- <compiler flags>]

The list holds one line per finding, sorted:

    <check> <file basename>:<line> <message>

then the run summary vouch prints on standard error (the lines starting
`vouch:`, without the `-stats` timings), in the order printed, each prefixed
with `summary: `. Any finding or summary line that appears or disappears
fails the test with a diff; so does a crash, an exit status other than 0 or
output that is not valid JSON.

--require-header H: when the header <H> is not installed (the library's
Debian package is missing), the test is skipped (exit status 77).
--update: write the expected list from this run instead of comparing.
"""
import argparse
import difflib
import json
import os
import signal
import subprocess
import sys
import time

SKIP = 77
INCLUDE_DIRS = ["/usr/include", "/usr/local/include"]


def header_installed(name):
    return any(os.path.isfile(os.path.join(d, name)) for d in INCLUDE_DIRS)


def main():
    argv = sys.argv[1:]
    flags = []
    if "--" in argv:
        i = argv.index("--")
        argv, flags = argv[:i], argv[i + 1:]
    parser = argparse.ArgumentParser()
    parser.add_argument("vouch")
    parser.add_argument("input")
    parser.add_argument("expected")
    parser.add_argument("--require-header", action="append", default=[])
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args(argv)

    missing = [h for h in args.require_header if not header_installed(h)]
    if missing:
        print("SKIP: <%s> is not installed" % ">, <".join(missing))
        return SKIP

    # The verdicts are deterministic under the resource limit (ResourceLimit);
    # the wall-clock safety net is raised so that a busy machine cannot stop
    # a query early and change a verdict.
    command = [args.vouch, "--no-cache", "--format=json", "-header-filter=.*",
               "-config={CheckOptions: {TimeoutMs: 600000}}", args.input,
               "--"] + flags
    print("$ " + " ".join(command))
    start = time.monotonic()
    run = subprocess.run(command, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    elapsed = time.monotonic() - start
    print("vouch ran for %.1f s, exit status %d" % (elapsed, run.returncode))

    if run.returncode < 0:
        sig = -run.returncode
        name = signal.Signals(sig).name if sig in signal.valid_signals() else str(sig)
        print("FAIL: vouch crashed (signal %s)" % name)
        print(run.stderr[-4000:])
        return 1
    if run.returncode != 0:
        print("FAIL: vouch exited with status %d, expected 0" % run.returncode)
        print(run.stderr[-4000:])
        return 1
    try:
        document = json.loads(run.stdout)
    except ValueError as error:
        print("FAIL: --format=json output is not valid JSON: %s" % error)
        print(run.stdout[:2000])
        return 1

    findings = sorted(
        "%s %s:%d %s" % (f["check"], os.path.basename(f["location"]["file"]),
                         f["location"]["line"], f["message"])
        for f in document["findings"])
    summary = ["summary: " + line for line in run.stderr.splitlines()
               if line.startswith("vouch:") and not line.startswith("vouch: stats:")]
    got = findings + summary

    if args.update:
        with open(args.expected, "w") as out:
            out.write("\n".join(got) + "\n")
        print("wrote %s (%d findings)" % (args.expected, len(findings)))
        return 0

    with open(args.expected) as f:
        expected = [line for line in f.read().splitlines() if line]
    if got == expected:
        print("PASS: %d findings and the summary as expected" % len(findings))
        return 0
    print("FAIL: the findings differ from %s (- expected, + this run):" %
          args.expected)
    for line in difflib.unified_diff(expected, got, "expected", "this run",
                                     lineterm="", n=0):
        print(line)
    print("\nIf the change is intended (a fixed bug, a new check), update the "
          "list with --update and docs/real-world.md with it.")
    return 1


if __name__ == "__main__":
    sys.exit(main())
