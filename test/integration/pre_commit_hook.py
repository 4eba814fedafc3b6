#!/usr/bin/env python3
"""The pre-commit hook (.pre-commit-hooks.yaml) run the way pre-commit runs it.

Validates the hook manifest against pre-commit's hook schema (required and
known keys, their types, the file types), reads the example
.pre-commit-config.yaml of docs/integrations.md (the block after
`<!-- pre-commit-config -->`), picks the hook's files from a list of staged
files by their identify tags, and runs `entry + args + files` from the root
of a small repository with a compilation database: staged files with a
violated postcondition must fail (exit status 1, the finding printed), clean
ones pass (0), and with the hook's own arguments a finding is a warning (0).

Usage: pre_commit_hook.py VOUCH SOURCE_DIR WORK_DIR
Needs PyYAML (Debian's python3-yaml, installed by scripts/install-deps.sh).
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

try:
    import yaml
except ImportError:
    raise SystemExit("FAILED: this test needs PyYAML (Debian: python3-yaml)")

# pre-commit's MANIFEST_HOOK_DICT (pre_commit/clientlib.py): key -> type.
REQUIRED = {"id": str, "name": str, "entry": str, "language": str}
OPTIONAL = {"alias": str, "files": str, "exclude": str, "types": list,
            "types_or": list, "exclude_types": list,
            "additional_dependencies": list, "args": list,
            "always_run": bool, "fail_fast": bool, "pass_filenames": bool,
            "description": str, "language_version": str, "log_file": str,
            "minimum_pre_commit_version": str, "require_serial": bool,
            "stages": list, "verbose": bool}
# A native program found on PATH: `system`, since pre-commit 4.4 also
# called `unsupported`.
LANGUAGES = {"system", "unsupported"}
# identify's tags for the files below (identify/extensions.py).
TAGS = {".cpp": {"text", "c++"}, ".c": {"text", "c"},
        ".h": {"text", "header", "c", "c++"}, ".hpp": {"text", "header", "c++"},
        ".md": {"text", "markdown"}, ".py": {"text", "python"}}
KNOWN_TAGS = set().union(*TAGS.values()) | {"file", "objective-c++", "cuda"}

SOURCES = {
    "src/bad.cpp": "/// \\post result < 100\n"
                   "int percent(int part) { return part > 100 ? 100 : part; }\n",
    "src/clean.cpp": "/// \\post result <= 100\n"
                     "int percent(int part) { return part > 100 ? 100 : part; }\n",
    "src/next.c": "/*@ requires 0 <= x <= 10;\n    ensures \\result == x + 1;\n*/\n"
                  "int next(int x) { return x + 1; }\n",
    "src/zero.h": "/// \\post result == 0\ninline int zero() { return 0; }\n",
    "include/one.hpp": "/// \\post result == 1\ninline int one() { return 1; }\n",
    "README.md": "# A project\n",
    "tools/gen.py": "print('hello')\n",
}
FINDING = "error: postcondition 'result < 100' is violated " \
          "[contract-postcondition,-warnings-as-errors]"

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAILED {message}")
    return condition


def check_hook(hook):
    for key, kind in REQUIRED.items():
        expect(isinstance(hook.get(key), kind), f"hook needs '{key}' ({kind.__name__})")
    for key, value in hook.items():
        kind = REQUIRED.get(key) or OPTIONAL.get(key)
        if expect(kind is not None, f"'{key}' is not a pre-commit hook key"):
            expect(isinstance(value, kind), f"'{key}' must be a {kind.__name__}")
            if kind is list:
                expect(all(isinstance(v, str) for v in value),
                       f"'{key}' must list strings")
    expect(hook.get("language") in LANGUAGES,
           f"language {hook.get('language')!r}: vouch is a program on PATH")
    for key in ("types", "types_or", "exclude_types"):
        for tag in hook.get(key, []):
            expect(tag in KNOWN_TAGS, f"'{tag}' in '{key}' is not an identify tag")
    for key in ("files", "exclude"):
        try:
            re.compile(hook.get(key, ""))
        except re.error as error:
            expect(False, f"'{key}' is not a regular expression: {error}")


def selected(hook, paths):
    """The paths pre-commit gives the hook (pre_commit/commands/run.py)."""
    chosen = []
    for path in paths:
        tags = TAGS[os.path.splitext(path)[1]] | {"file"}
        if (re.search(hook.get("files", ""), path)
                and not re.search(hook.get("exclude", "^$"), path)
                and tags >= set(hook.get("types", ["file"]))
                and (not hook.get("types_or") or tags & set(hook["types_or"]))
                and not tags & set(hook.get("exclude_types", []))):
            chosen.append(path)
    return chosen


def run_hook(hook, args, files, repo, vouch_dir):
    env = dict(os.environ, PATH=vouch_dir + os.pathsep + os.environ["PATH"])
    command = shlex.split(hook["entry"]) + args + files
    expect(shutil.which(command[0], path=env["PATH"]) is not None,
           f"entry '{command[0]}' is not on PATH")
    run = subprocess.run(command, cwd=repo, env=env, capture_output=True,
                         text=True)
    return run.returncode, run.stdout + run.stderr


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    vouch, source_dir, work = (os.path.abspath(a) for a in sys.argv[1:])
    hooks = yaml.safe_load(open(os.path.join(source_dir, ".pre-commit-hooks.yaml")))
    if not expect(isinstance(hooks, list) and hooks
                  and all(isinstance(h, dict) for h in hooks),
                  ".pre-commit-hooks.yaml must be a list of hooks"):
        return 1
    for hook in hooks:
        check_hook(hook)
    hook = next((h for h in hooks if h.get("id") == "vouch"), None)
    if not expect(hook is not None, "no hook with id 'vouch'"):
        return 1
    expect(hook.get("require_serial") is True,
           "require_serial: vouch takes all the files at once (the doc says so)")

    doc = open(os.path.join(source_dir, "docs", "integrations.md")).read()
    block = re.search(r"<!-- pre-commit-config -->\n```yaml\n(.*?)\n```", doc, re.S)
    if not expect(block, "docs/integrations.md has no pre-commit-config block"):
        return 1
    config = yaml.safe_load(block.group(1))
    ours = [h for repo in config["repos"] for h in repo.get("hooks", [])
            if h.get("id") == "vouch" and repo.get("rev")]
    if not expect(len(ours) == 1, "the example config must use hook 'vouch' "
                  "from a repo with a rev"):
        return 1
    for key, value in ours[0].items():
        expect(key in REQUIRED or key in OPTIONAL, f"config key '{key}'")
    user_args = ours[0].get("args", hook.get("args", []))

    repo = os.path.join(work, "repo")
    shutil.rmtree(work, ignore_errors=True)
    for path, text in SOURCES.items():
        os.makedirs(os.path.dirname(os.path.join(repo, path)), exist_ok=True)
        with open(os.path.join(repo, path), "w") as f:
            f.write(text)
    os.makedirs(os.path.join(repo, "build"))
    database = []  # the sources; the headers are in none
    for path in ("src/bad.cpp", "src/clean.cpp", "src/next.c"):
        path = os.path.join(repo, path)
        compiler = ["clang++", "-std=c++20"] if path.endswith(".cpp") else \
            ["clang", "-std=c11"]
        database.append({"directory": os.path.join(repo, "build"), "file": path,
                         "arguments": compiler + ["-c", path]})
    with open(os.path.join(repo, "build", "compile_commands.json"), "w") as f:
        json.dump(database, f)

    staged = selected(hook, sorted(SOURCES))
    expect(staged == ["include/one.hpp", "src/bad.cpp", "src/clean.cpp",
                      "src/next.c", "src/zero.h"],
           f"the hook must take the C and C++ files, sources and headers: {staged}")
    if failures:  # the runs below need a valid hook
        print("0 passed, 1 failed")
        return 1
    clean = [p for p in staged if p != "src/bad.cpp"]
    vouch_dir = os.path.dirname(vouch)

    status, output = run_hook(hook, user_args, staged, repo, vouch_dir)
    print(f"with the documented args {user_args}, all staged files: status {status}")
    expect(status == 1, f"a violated postcondition must fail the hook:\n{output}")
    expect(f"src/bad.cpp:2:25: {FINDING}" in output,
           f"the finding must be printed:\n{output}")
    status, output = run_hook(hook, user_args, clean, repo, vouch_dir)
    print(f"with the documented args, the clean files: status {status}")
    expect(status == 0, f"clean files must pass:\n{output}")
    status, output = run_hook(hook, hook.get("args", []), ["src/bad.cpp"], repo,
                              vouch_dir)
    print(f"with the hook's own args {hook.get('args', [])}: status {status}")
    expect(status == 0 and "warning: postcondition 'result < 100'" in output,
           f"without -warnings-as-errors a finding is a warning:\n{output}")

    if failures:
        print("0 passed, 1 failed")
        return 1
    shutil.rmtree(work)
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
