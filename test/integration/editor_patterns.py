#!/usr/bin/env python3
"""The editor patterns of docs/integrations.md against vouch's real output.

Reads the blocks marked `<!-- editor-pattern: NAME -->` in the page (a VS
Code problem matcher, a Vim errorformat, flycheck error patterns), converts
their patterns to Python regular expressions, runs vouch on a violated
postcondition (examples/cmake-project/sizes.cpp with PLANT_BUG), and checks
that each editor reads the finding, as a warning and as an error, with the
right file, line, column, severity, message and check; that notes, if kept,
are notes; and that no other line is read as a finding.

Usage:
  editor_patterns.py VOUCH SOURCE_DIR              check the documented patterns
  editor_patterns.py VOUCH SOURCE_DIR --selftest   swap line and column in
      each pattern: every editor must then fail (the test can fail)
Python 3 standard library only.
"""
import json
import os
import re
import subprocess
import sys

EDITORS = ("vscode", "vim", "emacs")


def doc_blocks(text):
    """{name: body} of each fenced block after <!-- editor-pattern: name -->."""
    found = re.findall(r"<!-- editor-pattern: (\S+) -->\n```\w*\n(.*?)\n```",
                       text, re.S)
    return dict(found)


# --- VS Code: tasks.json, a problem matcher with a JavaScript regexp -------

def vscode_patterns(block, swap):
    pattern = json.loads(block)["tasks"][0]["problemMatcher"]["pattern"]
    if not isinstance(pattern, dict):
        raise ValueError("only a single-line pattern is supported")
    # The JavaScript syntax used is Python's too, but for named groups.
    regex = re.compile(re.sub(r"\(\?<(?![=!])", "(?P<", pattern["regexp"]))
    fields = {"file": "file", "line": "line", "column": "col",
              "severity": "sev", "message": "msg", "code": "check"}
    groups = {fields[k]: v for k, v in pattern.items() if k in fields}
    if swap:
        groups["line"], groups["col"] = groups["col"], groups["line"]

    def read(line):  # VS Code runs the regexp on each line (RegExp.exec)
        m = regex.search(line)
        return m and {k: m.group(g) for k, g in groups.items()}
    return [read]


# --- Vim: CompilerSet errorformat=... --------------------------------------

EFM_ITEMS = {"l": r"(?P<line>\d+)", "c": r"(?P<col>\d+)", "t": r"(?P<sev>.)",
             "m": r"(?P<msg>.+)", "n": r"\d+", "r": r".*"}


def efm_to_regex(fmt):
    """One errorformat entry to Python, after Vim's efm_to_regpat()."""
    out, i = "", 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            code = fmt[i + 1]
            i += 2
            if code == "f":  # before a literal: as few characters as possible
                literal_next = i < len(fmt) and fmt[i] not in "\\%"
                out += r"(?P<file>.+?)" if literal_next else r"(?P<file>\S+)"
            elif code in EFM_ITEMS:
                out += EFM_ITEMS[code]
            elif code == "*":  # %*[...] or %*\x: one or more
                if fmt[i] == "[":
                    end = fmt.index("]", i + 2)
                    out += fmt[i:end + 1] + "+"
                    i = end + 1
                else:
                    out += fmt[i:i + 2] + "+"
                    i += 2
            elif code == "#":
                out += "*"
            elif code in ".^$[":
                out += code
            elif code in "%\\~":
                out += re.escape(code)
            else:
                raise ValueError(f"%{code} is not supported by this test")
        elif ch == "\\" and i + 1 < len(fmt):
            out += fmt[i:i + 2]
            i += 2
        else:
            out += re.escape(ch)
            i += 1
    return re.compile(out)


def vim_patterns(block, swap):
    line = next(l for l in block.splitlines()
                if l.startswith("CompilerSet errorformat="))
    value = line.split("=", 1)[1]
    # :set unescaping: "\ " is a space, "\\" a backslash.
    value = re.sub(r"\\([ \\])", r"\1", value)
    if swap:
        value = value.replace("%l", "%L").replace("%c", "%l").replace("%L", "%c")
    formats = []
    for fmt in re.split(r"(?<!\\),", value):
        ignore = False
        if re.match(r"%[-+][A-Z]", fmt):
            if fmt[1] != "-" or fmt[2] != "G":
                raise ValueError(f"{fmt[:3]} is not supported by this test")
            ignore, fmt = True, fmt[3:]
        elif re.match(r"%[A-Z]", fmt):
            raise ValueError(f"multi-line format {fmt[:2]} is not supported")
        formats.append((efm_to_regex(fmt), ignore))

    def read(line):  # the first format that matches the whole line wins
        for regex, ignore in formats:
            m = regex.fullmatch(line)
            if m:
                return None if ignore else m.groupdict()
        return None
    return [read]


# --- Emacs: flycheck's :error-patterns, rx forms ---------------------------

def read_sexps(text):
    tokens = re.findall(r'"(?:[^"\\]|\\.)*"|[()]|\'|;[^\n]*|[^\s()\'"]+', text)
    stack = [[]]
    for tok in tokens:
        if tok.startswith(";") or tok == "'":
            continue
        if tok == "(":
            stack.append([])
        elif tok == ")":
            done = stack.pop()
            stack[-1].append(done)
        elif tok.startswith('"'):
            stack[-1].append(("str", re.sub(r"\\(.)", r"\1", tok[1:-1])))
        else:
            stack[-1].append(tok)
    return stack[0]


def rx(form, lazy=False):
    """flycheck-rx-to-string for the forms the patterns use."""
    if isinstance(form, tuple):
        return re.escape(form[1])
    if isinstance(form, str):
        simple = {"line-start": "^", "bol": "^", "line-end": "$", "eol": "$",
                  "line": r"(?P<line>\d+)", "column": r"(?P<col>\d+)",
                  "digit": r"\d", "space": r"\s", "not-newline": ".",
                  "nonl": "."}
        if form not in simple:
            raise ValueError(f"rx symbol {form} is not supported by this test")
        return simple[form]
    head, args = form[0], form[1:]
    seq = "".join(rx(a) for a in args)
    lazy_mark = "?" if lazy else ""
    if head == "file-name":
        return "(?P<file>" + (seq or ".+?") + ")"
    if head == "message":
        return "(?P<msg>" + (seq or ".+") + ")"
    if head == "id":
        return "(?P<check>" + seq + ")"
    if head in ("one-or-more", "+", "1+"):
        return "(?:" + seq + ")+" + lazy_mark
    if head in ("zero-or-more", "*", "0+"):
        return "(?:" + seq + ")*" + lazy_mark
    if head in ("optional", "opt", "?"):
        return "(?:" + seq + ")?"
    if head in ("seq", "and", ":"):
        return seq
    if head == "or":
        return "(?:" + "|".join(rx(a) for a in args) + ")"
    if head == "minimal-match":
        return "".join(rx(a, lazy=True) for a in args)
    if head == "any":
        return "[" + "".join(re.escape(a[1]) for a in args) + "]"
    if head == "not" and len(args) == 1 and args[0][0] == "any":
        return "[^" + rx(args[0])[1:]
    raise ValueError(f"rx form ({head} ...) is not supported by this test")


def emacs_patterns(block, swap):
    checker = next(f for f in read_sexps(block)
                   if isinstance(f, list) and f[0] == "flycheck-define-checker")
    patterns = checker[checker.index(":error-patterns") + 1]

    def swapped(form):
        if form in ("line", "column"):
            return "column" if form == "line" else "line"
        return [swapped(f) for f in form] if isinstance(form, list) else form
    readers = []
    for level, *forms in patterns:
        if swap:
            forms = swapped(forms)
        regex = re.compile("".join(rx(f) for f in forms))

        def read(line, regex=regex, level=level):
            m = regex.search(line)
            return m and dict(m.groupdict(), sev=level)
        readers.append(read)

    def read_any(line):  # flycheck takes the first pattern that matches
        for read in readers:
            got = read(line)
            if got:
                return got
        return None
    return [read_any]


# --- the check -------------------------------------------------------------

SEVERITY = {"warning": "warning", "w": "warning", "error": "error",
            "e": "error", "note": "note", "n": "note", "info": "note",
            "i": "note"}


def expected_finding(source_dir):
    sizes = os.path.join(source_dir, "examples", "cmake-project")
    header = open(os.path.join(sizes, "sizes.h")).read()
    clause = re.search(r"\\post (.*)", header).group(1).strip()
    path = os.path.join(sizes, "sizes.cpp")
    for number, text in enumerate(open(path), 1):
        if "return (n + 8)" in text:
            return {"file": path, "line": str(number),
                    "col": str(text.index("return") + 1),
                    "msg": f"postcondition '{clause}' is violated",
                    "check": "contract-postcondition"}
    raise SystemExit("sizes.cpp has no planted bug to find")


def run_vouch(vouch, path, *options):
    run = subprocess.run([vouch, "-quiet", *options, path, "--",
                          "-std=c++20", "-DPLANT_BUG"],
                         capture_output=True, text=True)
    return run.stdout.splitlines()


def problems_with(read, lines, finding):
    """What is wrong with how `read` reads vouch's lines, as messages."""
    problems, seen = [], 0
    for line in lines:
        got = read(line)
        expected = None
        for sev in ("warning", "error"):
            check = finding["check"] + (",-warnings-as-errors"
                                        if sev == "error" else "")
            head = f"{finding['file']}:{finding['line']}:{finding['col']}: "
            if line == f"{head}{sev}: {finding['msg']} [{check}]":
                expected = dict(finding, sev=sev, check=check)
        if expected:
            seen += 1
            if not got:
                problems.append(f"does not read the finding: {line}")
                continue
            for key in ("file", "line", "col", "sev", "msg", "check"):
                value = got.get(key)
                if key == "sev":
                    value = SEVERITY.get((value or "").lower(), value)
                if key == "msg" and value == (f"{expected['msg']} "
                                              f"[{expected['check']}]"):
                    value = expected["msg"]  # the check kept in the message
                if key == "check" and "check" not in got:
                    continue
                if value != expected[key]:
                    problems.append(f"{key} is {value!r}, not "
                                    f"{expected[key]!r}: {line}")
        elif got:
            if re.match(r"\S+:\d+:\d+: note: ", line):
                sev = SEVERITY.get((got.get("sev") or "").lower())
                if sev != "note":
                    problems.append(f"a note read as {got.get('sev')!r}: "
                                    f"{line}")
            else:
                problems.append(f"reads a finding in: {line!r}")
    if seen != 2:
        problems.append(f"vouch's output does not hold the expected warning "
                        f"and error ({seen} found)")
    return problems


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[3:] not in ([], ["--selftest"]):
        raise SystemExit(__doc__)
    vouch, source_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    selftest = sys.argv[3:] == ["--selftest"]
    doc = open(os.path.join(source_dir, "docs", "integrations.md")).read()
    blocks = doc_blocks(doc)
    finding = expected_finding(source_dir)
    lines = run_vouch(vouch, finding["file"])
    lines += run_vouch(vouch, finding["file"], "-warnings-as-errors=*")
    convert = {"vscode": vscode_patterns, "vim": vim_patterns,
               "emacs": emacs_patterns}
    failed = passed = 0
    for editor in EDITORS:
        if editor not in blocks:
            print(f"FAILED {editor}: no <!-- editor-pattern: {editor} --> "
                  f"block in docs/integrations.md")
            failed += 1
            continue
        try:
            readers = convert[editor](blocks[editor], selftest)
            problems = [p for r in readers for p in problems_with(r, lines,
                                                                   finding)]
        except (ValueError, KeyError, StopIteration, re.error) as error:
            problems = [f"cannot read the pattern: {error!r}"]
        if selftest:  # a broken pattern must be caught
            problems = [] if problems else ["line and column swapped, and "
                                            "the test did not notice"]
        if problems:
            failed += 1
            for problem in problems:
                print(f"FAILED {editor}: {problem}")
        else:
            passed += 1
            print(f"PASSED {editor}" + (" (the broken pattern is caught)"
                                        if selftest else ""))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
