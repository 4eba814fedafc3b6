#!/usr/bin/env bash
# Writes SARIF for each input (violated, proved as remarks, unknown, contract
# syntax errors, a compile error, a bad compiler flag) and validates it with Microsoft's SARIF
# Multitool, GitHub's ingestion rules included: any error or warning fails.
#
#   validate.sh <vouch> <inputs dir> <work dir>
#
# The Multitool is the npm package @microsoft/sarif-multitool, installed by
# scripts/install-deps.sh under /opt/sarif; VOUCH_SARIF_MULTITOOL overrides
# where it is looked for. Without it the SARIF is still written and parsed,
# and the test reports itself skipped (exit status 77).
set -uo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 <vouch> <inputs dir> <work dir>" >&2
  exit 2
fi
vouch="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
inputs="$(cd "$2" && pwd)"
# A directory of its own, so that two test runs in one build tree do not
# mix their files; removed when everything passed.
mkdir -p "$3"
work="$(mktemp -d "$(cd "$3" && pwd)/run.XXXXXX")"

multitool="${VOUCH_SARIF_MULTITOOL:-}"
if [ -z "$multitool" ]; then
  for candidate in \
    /opt/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool \
    "$(command -v Sarif.Multitool 2>/dev/null)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      multitool="$candidate"
      break
    fi
  done
fi
# The Multitool is a .NET program: no ICU needed for what it does here.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

status=0
run() { # name expected-status vouch-arguments...
  local name="$1" expected="$2"
  shift 2
  # From the inputs' directory, so that URIs are relative to %SRCROOT%.
  (cd "$inputs" && "$vouch" --format=sarif "$@" -- -std=c++20) \
    > "$work/$name.sarif" 2> "$work/$name.stderr"
  local got=$?
  if [ "$got" -ne "$expected" ]; then
    echo "FAIL $name: vouch exited $got, expected $expected" >&2
    cat "$work/$name.stderr" >&2
    status=1
    return
  fi
  if ! python3 - "$work/$name.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
assert log["version"] == "2.1.0", log["version"]
assert run["tool"]["driver"]["name"] == "vouch"
assert run["results"], "no results"
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
for r in run["results"]:
    assert ids[r["ruleIndex"]] == r["ruleId"], r
    assert r["partialFingerprints"]["vouchFingerprint/v1"], r
PY
  then
    echo "FAIL $name: not the SARIF expected" >&2
    status=1
    return
  fi
  if [ -z "$multitool" ]; then
    echo "ok   $name (written; not validated)"
    return
  fi
  "$multitool" validate "$work/$name.sarif" --rule-kind "Gh;Sarif" \
    --output "$work/$name.validation.sarif" --log ForceOverwrite \
    > "$work/$name.validation.txt" 2>&1
  local validator=$?
  # Every problem is a result of the validator's own SARIF log.
  if ! python3 - "$work/$name.validation.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
problems = [r for run in log["runs"] for r in run.get("results", [])
            if r.get("level", "warning") in ("error", "warning")]
for r in problems:
    print(f'{r.get("level", "warning")} {r["ruleId"]}: {r["message"].get("text", r["message"])}')
sys.exit(1 if problems else 0)
PY
  then
    echo "FAIL $name: the SARIF Multitool reports problems" >&2
    status=1
  elif [ "$validator" -ne 0 ] || grep -Eq ': (error|warning) [A-Z]+[0-9]+:' "$work/$name.validation.txt"; then
    echo "FAIL $name: the SARIF Multitool failed" >&2
    cat "$work/$name.validation.txt" >&2
    status=1
  else
    echo "ok   $name (validated: no errors, no warnings)"
  fi
}

run violated 0 violated.cpp
run proved 0 -config='{CheckOptions: {ReportProved: true}}' proved.cpp
run unknown 0 unknown.cpp
run syntax 0 syntax.cpp
run compile-error 1 compile_error.cpp
# A diagnostic with no place in the code: a tool execution notification.
run bad-flag 1 --extra-arg=-std=c++99x violated.cpp
run all-as-errors 1 -warnings-as-errors='*' violated.cpp unknown.cpp syntax.cpp

if [ "$status" -eq 0 ]; then
  rm -rf "$work"
else
  echo "files kept in $work" >&2
fi
if [ "$status" -eq 0 ] && [ -z "$multitool" ]; then
  echo "SARIF Multitool not found (scripts/install-deps.sh installs it): skipped"
  exit 77
fi
exit $status
