#!/usr/bin/env python3
"""Counterexample replay: every Violated verdict must really violate its clause.

For each test input, runs `vouch --format=json` and, for every finding whose
verdict is "violated", writes a small C++ (or C) driver that #includes the
input, builds the counterexample's inputs, calls the function and checks at
run time that the clause fails as claimed:

  postcondition, class invariant   the driver evaluates `replay.check` after
                                   the call: exit status 42 = clause failed
  precondition at a call site      a probe at the top of the callee's body
                                   (in a copy of the file): exit status 43
  loop invariant                   a probe in the loop's condition: 43
  assertion                        the run aborts (SIGABRT)
  undefined behavior               UBSan reports a runtime error at the line
  vacuous preconditions            skipped (nothing to run)

Every driver is built with UBSan (-fno-sanitize-recover): vouch assumes that
the path to a clause is free of undefined behavior, so a runtime error before
the clause is a failed replay; a runtime error while evaluating the clause
itself (vouch reports a clause whose evaluation is undefined as violated)
counts as replayed. Calls to `__VERIFIER_nondet_*()` are renamed, per call
site, to stubs that return the counterexample's values in order; functions
the input declares but never defines link as stubs that trap if called.

Inputs: test/lit/**, examples/*.cpp and test/replay/Inputs/* (or the files
given), with the flags and -config of their `// RUN: %vouch ... -- FLAGS`
lines (`-std=c++20`, or `-std=c11` for .c, if none).

Usage:
  replay.py VOUCH CXX SOURCE_DIR [files...]    replay (default corpus if no files)
  replay.py VOUCH CXX SOURCE_DIR --selftest    prove the harness can fail

Prints `REPLAYED file:line check`, `FAILED file:line check: why` or
`SKIPPED file:line check: why` per finding and `N passed, M failed, K skipped`.
Exits non-zero if a replay failed (and is not listed in known-bad.txt, whose
entries print as KNOWN-BAD), if vouch failed on an input, or if fewer than
--min-replayed findings were replayed.
Python 3 standard library only.
"""
import argparse
import concurrent.futures
import copy
import glob
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CHECKS = "-*,contract-*,-contract-syntax,-contract-unknown"
HERE = os.path.dirname(os.path.abspath(__file__))

EXIT_CLAUSE_FAILED = 42  # the driver evaluated the clause: false
EXIT_PROBE_FIRED = 43  # a precondition / loop invariant probe: false
EXIT_ASSUME_FAILED = 44  # __VERIFIER_assume(false) on the replayed path
EXIT_NONDET_EXHAUSTED = 45  # more __VERIFIER_nondet_* calls than values

ANON = "(anonymous namespace)::"
CLAUSE_MARK = "/* vouch-replay: the clause */"

# __VERIFIER_nondet_<suffix> -> C type
NONDET_TYPES = {
    "int": "int", "uint": "unsigned int", "unsigned": "unsigned int",
    "unsigned_int": "unsigned int", "long": "long",
    "ulong": "unsigned long", "longlong": "long long",
    "ulonglong": "unsigned long long", "short": "short",
    "ushort": "unsigned short", "char": "char", "uchar": "unsigned char",
    "schar": "signed char", "bool": "_Bool", "_Bool": "_Bool",
    "size_t": "unsigned long", "u32": "unsigned int", "u8": "unsigned char",
    "u16": "unsigned short", "s32": "int", "i32": "int",
}
TYPE_WORDS = {"int", "char", "short", "long", "unsigned", "signed", "_Bool",
              "bool", "float", "double", "void", "const", "volatile"}


class Skip(Exception):
    """The finding cannot be replayed by running code."""


class Fail(Exception):
    """The replay ran and the violation did not happen (or did not build)."""


# --------------------------------------------------------------------------
# Inputs and their flags
# --------------------------------------------------------------------------

def default_inputs(src):
    pats = ["test/lit/**/*.cpp", "test/lit/**/*.c", "examples/*.cpp",
            "test/replay/Inputs/*.cpp", "test/replay/Inputs/*.c"]
    out = set()
    for p in pats:
        out.update(glob.glob(os.path.join(src, p), recursive=True))
    return sorted(out)


def run_lines(text):
    """RUN: commands, with trailing-backslash continuations joined."""
    cmds, cur = [], None
    for line in text.splitlines():
        m = re.search(r"\bRUN:\s?(.*)$", line)
        if not m:
            if cur is not None:
                cmds.append(cur)
                cur = None
            continue
        part = m.group(1).rstrip()
        cur = part if cur is None else cur + " " + part
        if cur.endswith("\\"):
            cur = cur[:-1]
        else:
            cmds.append(cur)
            cur = None
    if cur is not None:
        cmds.append(cur)
    return cmds


def configurations(path, text, src):
    """[(flags, config)] from the %vouch RUN lines (deduplicated)."""
    lang_c = path.endswith(".c")
    subst = {"%inputs": os.path.join(src, "test", "lit", "Inputs"),
             "%S": os.path.dirname(path), "%s": path}
    out = []
    for cmd in run_lines(text):
        if "%vouch" not in cmd.replace("%vouch_plugin", "") or "%s" not in cmd:
            continue
        lex = shlex.shlex(cmd, posix=True, punctuation_chars="|&;<>")
        lex.whitespace_split = True
        try:
            toks = list(lex)
        except ValueError:
            continue
        try:
            start = toks.index("%vouch")
        except ValueError:
            continue
        toks = toks[start + 1:]
        for i, t in enumerate(toks):
            if t and set(t) <= set("|&;<>"):
                toks = toks[:i]
                break
        # `2>` splits into "2" ">": drop a trailing fd number.
        if toks and toks[-1].isdigit():
            toks = toks[:-1]
        if "-p" in toks or "%t" in " ".join(toks):
            continue
        config = None
        for t in toks:
            m = re.match(r"--?config=(.*)$", t, re.S)
            if m:
                config = m.group(1)
        flags = []
        if "--" in toks:
            for t in toks[toks.index("--") + 1:]:
                for k, v in subst.items():
                    t = t.replace(k, v)
                flags.append(t)
        entry = (tuple(flags), config)
        if entry not in out:
            out.append(entry)
    if not out:
        out.append((("-std=c11",) if lang_c else ("-std=c++20",), None))
    return out


def run_vouch(vouch, path, flags, config, warn=None):
    cmd = [vouch, "--format=json", "-checks=" + CHECKS]
    if config:
        cmd.append("--config=" + config)
    cmd += [path, "--"] + list(flags)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=600)
    out = p.stdout.decode("utf-8", "replace")
    try:
        data = json.loads(out)
    except ValueError:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        first = [l for l in err if "error" in l.lower()][:2] or err[:2]
        raise RuntimeError("vouch printed no JSON (exit %d): %s" % (
            p.returncode, " | ".join(first)[:400]))
    findings = data.get("findings", [])
    bad = repair_file_names(findings, path)
    if bad and warn:
        warn("WARNING %s: vouch's JSON holds %d corrupted \"file\" names "
             "(e.g. %r); replayed with the input's path" % (
                 path, len(bad), bad[0][:60]))
    return findings


def repair_file_names(node, path):
    """Location "file"s that are not file names (vouch once printed freed
    memory there); each is replaced by `path` if its readable tail matches.
    Returns the corrupted names."""
    bad = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "file" and isinstance(v, str) and not os.path.exists(v):
                bad.append(v)
                tail = re.split(r"[^\x20-\x7e]", v)[-1]
                if tail and path.endswith(tail):
                    node[k] = path
            else:
                bad += repair_file_names(v, path)
    elif isinstance(node, list):
        for v in node:
            bad += repair_file_names(v, path)
    return bad


# --------------------------------------------------------------------------
# C++ text helpers
# --------------------------------------------------------------------------

def strip_anon(s):
    return s.replace(ANON, "").replace("(anonymous namespace)", "")


def split_qualified(name):
    """'ns::C::operator()' -> ['ns', 'C', 'operator()'] (no split inside <>)."""
    parts, depth, cur, i = [], 0, "", 0
    while i < len(name):
        c = name[i]
        if c in "<(":
            depth += 1
        elif c in ">)":
            depth -= 1
        if depth == 0 and name.startswith("::", i):
            parts.append(cur)
            cur = ""
            i += 2
            continue
        cur += c
        i += 1
    parts.append(cur)
    return parts


def literal(value, ty, lang_c):
    """The counterexample's value as an expression of type `ty`."""
    v = value.strip()
    ty = strip_anon(ty)
    if re.fullmatch(r"-?\d+", v) and ("*" in ty or "nullptr" in ty):
        if int(v) != 0:
            raise Skip("non-null pointer value %s for '%s'" % (v, ty))
        return "0" if lang_c else "nullptr"
    s = raw_literal(v, lang_c)
    if lang_c:
        return "((%s)(%s))" % (ty, s)
    return "static_cast<%s>(%s)" % (ty, s)


def raw_literal(v, lang_c):
    """A value as vouch prints it ("-2147483648", "'a'", "true",
    "ns::Color::Red") as a literal that C/C++ reads as that value."""
    if re.fullmatch(r"-?\d+", v):
        n = int(v)
        if n == -2**63:
            s = "(-9223372036854775807LL-1)"
        elif n < -2**63 or n >= 2**64:
            raise Skip("value %s does not fit 64 bits" % v)
        elif n < 0:
            s = "(%dLL)" % n
        elif n >= 2**63:
            s = "%dULL" % n
        else:
            s = "%dLL" % n
    elif v in ("true", "false"):
        s = ("1" if v == "true" else "0") if lang_c else v
    elif v == "?":
        raise Skip("the counterexample has no value for an input")
    else:
        s = strip_anon(v)
    return s


def for_c(expr):
    """A replay expression for a C driver: no '::' qualification."""
    return re.sub(r"(?<![\w>)\]])::", "", expr)


def line_offsets(data):
    offs, pos = [0], 0
    for line in data.split(b"\n"):
        pos += len(line) + 1
        offs.append(pos)
    return offs


def skip_literal_or_comment(data, i):
    """If data[i] starts a comment or literal, the index after it."""
    if data.startswith(b"//", i):
        j = data.find(b"\n", i)
        return len(data) if j < 0 else j
    if data.startswith(b"/*", i):
        j = data.find(b"*/", i + 2)
        return len(data) if j < 0 else j + 2
    q = data[i:i + 1]
    if q in (b'"', b"'"):
        j = i + 1
        while j < len(data) and data[j:j + 1] != q:
            j += 2 if data[j:j + 1] == b"\\" else 1
        return j + 1
    return i


def matching_paren(data, open_at):
    """Index of the ')' matching '(' at open_at, and the ';' at depth 1."""
    depth, i, semis = 0, open_at, []
    while i < len(data):
        j = skip_literal_or_comment(data, i)
        if j != i:
            i = j
            continue
        c = data[i:i + 1]
        if c in (b"(", b"[", b"{"):
            depth += 1
        elif c in (b")", b"]", b"}"):
            depth -= 1
            if depth == 0:
                return i, semis
        elif c == b";" and depth == 1:
            semis.append(i)
        i += 1
    raise Skip("unbalanced parentheses in a loop header")


def skip_space(data, i):
    while True:
        while i < len(data) and data[i:i + 1].isspace():
            i += 1
        j = skip_literal_or_comment(data, i)
        if j == i or data[i:i + 1] in (b'"', b"'"):
            return i
        i = j


def declared_undefined(text, name):
    """The parameter list of `name` if the file declares but never defines it."""
    if re.search(r"\b%s\s*\([^()]*\)\s*\{" % re.escape(name), text):
        return None
    m = re.search(r"\b%s\s*\(([^()]*)\)\s*(?:__attribute__\s*\(\([^;]*\)\))?"
                  r"\s*(?:noexcept\s*)?(?:throw\s*\(\s*\)\s*)?;"
                  % re.escape(name), text)
    return None if m is None else m.group(1).strip()


def param_type(plist):
    """'int cond' -> 'int'; 'int' -> 'int'; 'void' or '' -> None."""
    plist = plist.strip()
    if plist in ("", "void"):
        return None
    toks = plist.replace("*", " * ").split()
    if len(toks) >= 2 and re.fullmatch(r"[A-Za-z_]\w*", toks[-1]) \
            and toks[-1] not in TYPE_WORDS:
        toks = toks[:-1]
    return " ".join(toks).replace(" * ", "*").replace(" *", "*")


# --------------------------------------------------------------------------
# One finding
# --------------------------------------------------------------------------

class Job:
    def __init__(self, finding, path, flags, rel):
        self.f = finding
        self.path = path  # the input file (absolute)
        self.flags = list(flags)
        self.rel = rel  # path for messages
        loc = finding.get("location", {})
        self.line = loc.get("line", 0)
        self.col = loc.get("column", 0)
        self.check = finding.get("check", "?")
        self.lang_c = path.endswith(".c")

    def name(self):
        return "%s:%s %s" % (self.rel, self.line, self.check)

    def key(self):
        f = self.f
        return (self.path, self.line, self.col, self.check, f.get("message"),
                json.dumps(f.get("counterexample", {}).get("inputs", [])))


class Driver:
    """Builds the driver source for one finding, in one scope variant."""

    def __init__(self, job, workdir, srctext):
        self.job = job
        self.f = job.f
        self.workdir = workdir
        self.text = srctext  # input file, as str
        self.data = srctext.encode("utf-8", "surrogateescape")
        self.lang_c = job.lang_c
        self.fn = self.f["function"]
        self.replay = self.f.get("replay")
        self.edits = []  # (offset, length, new bytes) on the input file
        self.extra_files = {}  # other files to copy with edits (headers)
        self.post_include = []  # definitions after the #include
        self.prefix = []  # text before the (copied) input's first line
        self.nondet = {}  # (line, col) -> [values]
        self.uses_main = re.search(r"\bmain\s*\(", srctext) is not None
        # Where the clause is evaluated at run time: (file basename, line,
        # first column, last column) of each probe; driver lines marked
        # CLAUSE_MARK. UBSan errors there mean the clause is undefined.
        self.clause_sites = []
        self.classify_inputs()

    # ---- counterexample inputs -------------------------------------------
    def classify_inputs(self):
        params = {p["name"]: p for p in self.fn.get("parameters", [])}
        # vouch names an unnamed parameter "(unnamed parameter N)".
        for i, p in enumerate(self.fn.get("parameters", [])):
            if not p["name"]:
                params["(unnamed parameter %d)" % (i + 1)] = p
        self.param_values, self.fields, self.globals = {}, [], []
        for inp in self.f.get("counterexample", {}).get("inputs", []):
            n, v = inp["name"], inp["value"]
            m = re.fullmatch(r"(__VERIFIER_nondet_\w+)\(\) at (\d+):(\d+)", n)
            if m:
                self.nondet.setdefault((int(m.group(2)), int(m.group(3)),
                                        m.group(1)), []).append(v)
            elif n.startswith("this->"):
                self.fields.append((n[len("this->"):], v))
            elif n in params and n not in self.param_values:
                self.param_values[n] = v
            elif re.fullmatch(r"[\w:]+", strip_anon(n)) and "(" not in \
                    strip_anon(n):
                self.globals.append((strip_anon(n), v))
            else:
                raise Skip("input '%s' cannot be set from outside" % n)

    # ---- edits of the input file -----------------------------------------
    def offset(self, line, col):
        offs = line_offsets(self.data)
        if line < 1 or line >= len(offs):
            raise Skip("location %d:%d is outside the file" % (line, col))
        return offs[line - 1] + col - 1

    def add_nondet(self):
        for (line, col, fname), values in sorted(self.nondet.items()):
            suffix = fname[len("__VERIFIER_nondet_"):]
            ty = NONDET_TYPES.get(suffix)
            if ty is None:
                raise Skip("%s() values are not replayed" % fname)
            if ty == "_Bool" and not self.lang_c:
                ty = "bool"
            off = self.offset(line, col)
            if self.data[off:off + len(fname)] != fname.encode():
                raise Skip("%s() at %d:%d is not spelled there (macro?)" %
                           (fname, line, col))
            stub = "vouch_replay_nondet_%d_%d" % (line, col)
            self.edits.append((off, len(fname), stub.encode()))
            vals = []
            for v in values:
                if v in ("true", "false"):
                    v = "1" if v == "true" else "0"
                if v == "?":
                    raise Skip("the counterexample has no value for %s()" %
                               fname)
                vals.append(raw_literal(v, True))
            self.prefix.append(
                "static %s %s(void) { static const long long vouch_v[] = "
                "{%s}; static unsigned vouch_i; if (vouch_i >= %d) "
                "vouch_replay_probe_failed(%d, %d); return (%s)vouch_v"
                "[vouch_i++]; }\n" % (ty, stub, ", ".join(vals), len(vals),
                                      EXIT_NONDET_EXHAUSTED, line, ty))

    def add_stubs(self):
        """SV-COMP functions the file declares but does not define."""
        defs = []
        for name, body in (
                ("__VERIFIER_assert", "if (!(vouch_c)) __builtin_abort();"),
                ("__VERIFIER_assume",
                 "if (!(vouch_c)) vouch_replay_probe_failed(%d, 0);"
                 % EXIT_ASSUME_FAILED),
                ("reach_error", "__builtin_abort();"),
                ("__VERIFIER_error", "__builtin_abort();")):
            plist = declared_undefined(self.text, name)
            if plist is None:
                continue
            pt = param_type(plist)
            if "vouch_c" in body and pt is None:
                continue
            params = ("%s vouch_c" % pt) if pt else ("void" if self.lang_c
                                                   else "")
            defs.append("void %s(%s) { %s }\n" % (name, params, body))
        for suffix, ty in NONDET_TYPES.items():
            name = "__VERIFIER_nondet_" + suffix
            plist = declared_undefined(self.text, name)
            if plist is None:
                continue
            if ty == "_Bool" and not self.lang_c:
                ty = "bool"
            defs.append("%s %s(%s) { return 0; }\n" %
                        (ty, name, "void" if self.lang_c else ""))
        self.post_include += defs

    def probe_source_of(self, owner):
        """(file path, bytes) holding owner's body, which is edited."""
        f = owner.get("location", {}).get("file", self.job.path)
        if os.path.realpath(f) == os.path.realpath(self.job.path):
            return None
        if f not in self.extra_files:
            with open(f, "rb") as h:
                self.extra_files[f] = [h.read(), []]
        return f

    def add_edit(self, where, off, length, new):
        if where is None:
            self.edits.append((off, length, new))
        else:
            self.extra_files[where][1].append((off, length, new))

    def in_body(self, expr, owner):
        expr = strip_anon(expr)
        if self.lang_c:
            expr = for_c(expr)
        if "vouch_self" in expr:
            if not owner.get("class") or owner.get("static"):
                raise Skip("clause uses members outside a member function")
            expr = re.sub(r"\bvouch_self\b", "this", expr)
        return expr

    def add_precondition_probe(self):
        owner = self.replay["clause_owner"]
        check = self.in_body(self.replay["check"], owner)
        probe = " if (!(%s)) vouch_replay_probe_failed(%d, 0); " % (
            check, EXIT_PROBE_FIRED)
        if "body_start_offset" not in owner:
            self.stub_callee(owner, check)
            return
        where = self.probe_source_of(owner)
        data = self.data if where is None else self.extra_files[where][0]
        off = owner["body_start_offset"]
        if data[off:off + 1] != b"{":
            raise Skip("the callee's body does not start with '{' at its "
                       "offset")
        self.add_edit(where, off + 1, 0, probe.encode())
        self.note_site(where or self.job.path, data, off + 1, len(probe))

    def add_comment_probe(self):
        """A statement checking the clause where its comment starts."""
        owner = self.replay["clause_owner"]
        check = self.in_body(self.replay["check"], owner)
        loc = self.f["clause"]["location"]
        off = self.offset(loc["line"], loc["column"])
        start = self.data.rfind(b"/", 0, off)
        while start > 0 and self.data[start - 1:start] in (b"/", b"*"):
            start -= 1
        if start < 0 or self.data[start:start + 2] not in (b"//", b"/*"):
            raise Skip("no comment before the assertion's text")
        probe = "if (!(%s)) vouch_replay_probe_failed(%d, 0); " % (
            check, EXIT_PROBE_FIRED)
        self.edits.append((start, 0, probe.encode()))
        self.note_site(self.job.path, self.data, start, len(probe))

    def stub_callee(self, owner, check):
        if owner.get("class"):
            raise Skip("callee '%s' has no body" % owner["name"])
        parts = [strip_anon(p) for p in split_qualified(owner["name"])]
        params = ", ".join("%s %s" % (strip_anon(p["type"]), p["name"] or
                                      "vouch_arg%d" % i)
                           for i, p in enumerate(owner["parameters"]))
        ret = strip_anon(owner["return_type"])
        body = "if (!(%s)) vouch_replay_probe_failed(%d, 0); " % (
            check, EXIT_PROBE_FIRED)
        if ret != "void":
            body += "return %s;" % ("0" if self.lang_c else ret + "()")
        text = "%s %s(%s) { %s }\n" % (ret, parts[-1], params or (
            "void" if self.lang_c else ""), body)
        for ns in reversed([p for p in parts[:-1] if p]):
            text = "namespace %s {\n%s}\n" % (ns, text)
        self.post_include.append(text)

    def note_site(self, path, data, off, length):
        """A probe of `length` bytes inserted at `off` (one line of text)."""
        offs = line_offsets(data)
        line = max(i for i, o in enumerate(offs) if o <= off) + 1
        col = off - offs[line - 1] + 1
        self.clause_sites.append((os.path.basename(path), line, col,
                                  col + length))

    def add_loop_probe(self):
        owner = self.replay["clause_owner"]
        check = "vouch_replay_loop_probe(!!(%s))" % self.in_body(
            self.replay["check"], owner)
        off = self.offset(self.job.line, self.job.col)
        d = self.data
        m = re.match(rb"(for|while|do)\b", d[off:off + 5])
        if not m:
            raise Skip("no loop keyword at the finding's location")
        kw = m.group(1)
        if kw == b"do":
            body = skip_space(d, off + 2)
            if d[body:body + 1] != b"{":
                raise Skip("do-while body is not a block")
            text = (" %s; " % check).encode()
            self.edits.append((body + 1, 0, text))
            self.note_site(self.job.path, d, body + 1, len(text))
            close, _ = matching_paren(d, body)  # its '}'
            w = skip_space(d, close + 1)
            if not d.startswith(b"while", w):
                raise Skip("no 'while' after a do-while body")
            kw, off = b"while", w
        p = skip_space(d, off + len(kw))
        if d[p:p + 1] != b"(":
            raise Skip("no '(' after the loop keyword")
        close, semis = matching_paren(d, p)
        if kw == b"for":
            if len(semis) != 2:
                raise Skip("range-based or unusual for loop header")
            a, b = semis[0] + 1, semis[1]
        else:
            a, b = p + 1, close
        cond = d[a:b].strip()
        new = (" (%s, (" % check).encode() + cond + b")) " if cond else \
            (" %s " % check).encode()
        self.edits.append((a, b - a, new))
        self.note_site(self.job.path, d, a, len(new))

    # ---- the driver ------------------------------------------------------
    def prepare(self):
        kind = self.f.get("obligation")
        check = self.job.check
        if check == "contract-vacuous":
            raise Skip("unsatisfiable preconditions are not replayed by "
                       "running code")
        if self.nondet:
            self.add_nondet()
        self.add_stubs()
        if check == "contract-precondition":
            if not self.replay:
                raise Skip("no replay expression for this precondition")
            self.add_precondition_probe()
            self.mode = "probe"
        elif kind == "loop-invariant" or (
                self.f.get("clause", {}).get("kind") == "loop-invariant"):
            if not self.replay:
                raise Skip("no replay expression for this loop invariant")
            self.add_loop_probe()
            self.mode = "probe"
        elif check in ("contract-postcondition", "contract-invariant"):
            if not self.replay:
                raise Skip("no replay expression for this clause")
            self.mode = "check"
        elif check == "contract-assertion" and \
                self.f.get("clause", {}).get("origin") == "acsl":
            # A comment does not run: a probe at its place checks it.
            if not self.replay:
                raise Skip("no replay expression for this ACSL assertion")
            self.add_comment_probe()
            self.mode = "probe"
        elif check == "contract-assertion":
            self.mode = "abort"
        elif check == "contract-undefined-behavior":
            if self.in_comment(self.job.line, self.job.col):
                raise Skip("undefined behavior inside a contract clause "
                           "(clauses are not executed)")
            self.mode = "ubsan"
        else:
            raise Skip("unknown check '%s'" % check)

    def in_comment(self, line, col):
        try:
            off = self.offset(line, col)
        except Skip:
            return False
        start = line_offsets(self.data)[line - 1]
        return b"//" in self.data[start:off] or self.data.startswith(
            b"/*", off)

    def edited_input(self):
        """Path to #include: the input itself or its edited copy."""
        needs_copy = self.edits or self.prefix or self.extra_files
        if not needs_copy:
            return self.job.path
        out = self.data
        for off, length, new in sorted(self.edits, key=lambda e: -e[0]):
            out = out[:off] + new + out[off + length:]
        for f, (data, edits) in self.extra_files.items():
            for off, length, new in sorted(edits, key=lambda e: -e[0]):
                data = data[:off] + new + data[off + length:]
            with open(os.path.join(self.workdir, os.path.basename(f)),
                      "wb") as h:
                h.write(data)
        head = PROBE_DECLS
        head += "".join(self.prefix)
        head += '#line 1 "%s"\n' % self.job.path
        copy_path = os.path.join(self.workdir,
                                 "input" + os.path.splitext(self.job.path)[1])
        with open(copy_path, "wb") as h:
            h.write(head.encode() + out)
        return copy_path

    def call_expr(self, args):
        fn = self.fn
        parts = [strip_anon(p) for p in split_qualified(fn["name"])]
        if fn.get("class") and not fn.get("static"):
            if fn.get("constructor"):
                return None  # handled by the caller
            cls = [strip_anon(p) for p in split_qualified(fn["class"])]
            method = "::".join(parts[len(cls):]) or parts[-1]
            if re.match(r"~", method):
                raise Skip("destructors are not replayed")
            return "vouch_self->%s(%s)" % (method, args)
        name = "::".join(p for p in parts if p)
        if name == "main" and self.uses_main:
            name = "vouch_replay_user_main"
        if self.lang_c:
            return "%s(%s)" % (name, args)
        return "::%s(%s)" % (name, args)

    def body(self):
        fn, c = self.fn, self.lang_c
        L = []
        cls = fn.get("class")
        is_method = bool(cls) and not fn.get("static")
        qcls = "::" + strip_anon(cls) if cls else None
        if is_method and not fn.get("constructor"):
            L.append("%s *vouch_self = vouch_make<%s>();" % (qcls, qcls))
            for field, v in self.fields:
                L.append("vouch_self->%s = %s;" % (
                    field, literal(v, "decltype(vouch_self->%s)" % field, c)))
        elif self.fields and not fn.get("constructor"):
            raise Skip("member inputs for a non-member function")
        for g, v in self.globals:
            q = g if c else "::" + g
            ty = ("__typeof__(%s)" if c else "decltype(%s)") % q
            L.append("%s = %s;" % (q, literal(v, ty, c)))
        args = []
        for i, p in enumerate(fn.get("parameters", [])):
            name = p["name"] or "vouch_arg%d" % i
            ty = strip_anon(p["type"])
            if "&" in ty:
                raise Skip("reference parameter '%s'" % name)
            if re.search(r"\[|\(\*|\(lambda|<dependent|type-parameter", ty):
                raise Skip("parameter '%s' of type '%s'" % (name, ty))
            key = p["name"] or "(unnamed parameter %d)" % (i + 1)
            if key in self.param_values:
                L.append("%s %s = %s;" % (ty, name, literal(
                    self.param_values[key], ty, c)))
            else:
                L.append("%s %s%s;" % (ty, name, " = {0}" if c else "{}"))
            args.append(name)
        args = ", ".join(args)
        mode = self.mode
        if mode == "check":
            old = self.replay.get("old", [])
            check = strip_anon(self.replay["check"])
            if c:
                check = for_c(check)
            if fn.get("constructor"):
                if old:
                    raise Skip("old() in a constructor's clause")
                L.append("%s *vouch_self = ::new %s(%s);" % (
                    qcls, qcls, args))
            else:
                for i, e in enumerate(old):
                    e = strip_anon(e)
                    if c:
                        L.append("__typeof__(%s) vouch_old_%d = (%s); %s" %
                                 (for_c(e), i, for_c(e), CLAUSE_MARK))
                    else:
                        L.append("auto vouch_old_%d = (%s); %s" % (
                            i, e, CLAUSE_MARK))
                call = self.call_expr(args)
                if fn.get("return_type", "void") != "void" and \
                        "vouch_result" in check:
                    L.append(("__typeof__(%s) vouch_result = %s;" % (
                        call, call)) if c else
                        "auto vouch_result = %s;" % call)
                else:
                    L.append("%s;" % call)
            L.append("return (%s) ? 0 : %d; %s" % (check, EXIT_CLAUSE_FAILED,
                                                  CLAUSE_MARK))
        else:
            if fn.get("constructor"):
                L.append("%s *vouch_self = ::new %s(%s);" % (qcls, qcls,
                                                             args))
                L.append("(void)vouch_self;")
            else:
                L.append("%s;" % self.call_expr(args))
            L.append("return 0;")
        return "\n  ".join(L)

    def source(self, variant):
        """variant: (namespaces to open, derive from the class?)"""
        c = self.lang_c
        inc = self.edited_input()
        out = ["// vouch replay driver for %s\n" % self.job.name()]
        if inc == self.job.path:
            out.append(PROBE_DECLS)
        if not c:
            out.append(CXX_HELPERS)
        if self.uses_main:
            out.append("#define main vouch_replay_user_main\n")
        out.append('#include "%s"\n' % inc)
        if self.uses_main:
            out.append("#undef main\n")
        out.append(PROBE_DEFS_C if c else PROBE_DEFS_CXX)
        out += self.post_include
        if c:
            out.append("#include <stdbool.h>\n")
            out.append("int main(void) {\n  %s\n}\n" % self.body())
            return "".join(out)
        namespaces, derive = variant
        body = self.body()
        run = "vouch_replay_run"
        if derive:
            text = ("struct vouch_replay_scope : ::%s {\n  static int %s() "
                    "{\n  %s\n  }\n};\n" % (strip_anon(self.fn["class"]), run,
                                            body))
            qrun = "vouch_replay_scope::" + run
        else:
            text = "int %s() {\n  %s\n}\n" % (run, body)
            qrun = run
        for ns in reversed(namespaces):
            text = "namespace %s {\n%s}\n" % (
                "" if ns == "(anonymous namespace)" else ns, text)
        named = [n for n in namespaces if n != "(anonymous namespace)"]
        out.append(text)
        out.append("int main() { return ::%s(); }\n" % "::".join(named +
                                                               [qrun]))
        return "".join(out)

    def variants(self):
        if self.lang_c:
            return [None]
        fn = self.fn
        scope = fn.get("class") or fn["name"]
        # The enclosing namespaces, outermost first (for a nested class the
        # outer classes too: those variants fail to compile and are dropped).
        ns = [p for p in split_qualified(scope)[:-1] if p]
        out = []
        for k in range(len(ns), -1, -1):
            out.append((ns[:k], False))
            if fn.get("class"):
                out.append((ns[:k], True))
        return out


PROBE_DECLS = """#ifdef __cplusplus
extern "C" {
#endif
void vouch_replay_probe_failed(int vouch_status, int vouch_count);
#ifdef __cplusplus
}
#endif
static int vouch_replay_loop_count;
static int vouch_replay_loop_probe(int vouch_ok) {
  ++vouch_replay_loop_count;
  if (!vouch_ok)
    vouch_replay_probe_failed(43, vouch_replay_loop_count);
  return 1;
}
"""

CXX_HELPERS = """struct vouch_tag_t {};
inline void *operator new(decltype(sizeof 0), void *vouch_p, vouch_tag_t) noexcept {
  return vouch_p;
}
template <class T> T *vouch_make() {
  alignas(T) static unsigned char vouch_buf[sizeof(T)] = {};
  if constexpr (__is_constructible(T))
    ::new (static_cast<void *>(vouch_buf), vouch_tag_t{}) T();
  return reinterpret_cast<T *>(vouch_buf);
}
"""

PROBE_DEFS_BODY = """  static const char vouch_msg[] = "vouch-replay: probe failed\\n";
  (void)vouch_count;
  vouch_write(2, vouch_msg, sizeof vouch_msg - 1);
  vouch_exit(vouch_status);
}
"""
PROBE_DEFS_CXX = """extern "C" long vouch_write(int, const void *, unsigned long) __asm__("write");
extern "C" [[noreturn]] void vouch_exit(int) __asm__("_exit");
extern "C" void vouch_replay_probe_failed(int vouch_status, int vouch_count) {
""" + PROBE_DEFS_BODY
PROBE_DEFS_C = """long vouch_write(int, const void *, unsigned long) __asm__("write");
_Noreturn void vouch_exit(int) __asm__("_exit");
void vouch_replay_probe_failed(int vouch_status, int vouch_count) {
""" + PROBE_DEFS_BODY


# --------------------------------------------------------------------------
# Building and running
# --------------------------------------------------------------------------

class Replayer:
    def __init__(self, cxx, timeout=10):
        self.cxx = cxx
        self.timeout = timeout
        self.lld = None  # does the compiler link with lld? (faster)

    def compile(self, job, src_text, workdir):
        ext = ".c" if job.lang_c else ".cpp"
        src = os.path.join(workdir, "driver" + ext)
        with open(src, "w") as h:
            h.write(src_text)
        exe = os.path.join(workdir, "driver")
        flags = list(job.flags)
        if not any(f.startswith("-std=") for f in flags):
            flags.append("-std=c11" if job.lang_c else "-std=c++20")
        cmd = [self.cxx]
        if job.lang_c:
            cmd += ["-x", "c"]
        if self.lld is None:
            self.lld = subprocess.run(
                [self.cxx, "-fuse-ld=lld", "-x", "c", "-", "-o",
                 os.path.join(workdir, "lld-probe")], input="int main(){}",
                text=True, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode == 0
        if self.lld:
            cmd.append("-fuse-ld=lld")
        cmd += flags + ["-O0", "-w", "-g0",
                        "-I", os.path.dirname(job.path)]
        if not job.lang_c:
            cmd.append("-fno-access-control")
        # Every replay runs under UBSan: the path to the clause must be free
        # of undefined behavior (vouch assumes so past each UB obligation).
        cmd += ["-fsanitize=undefined",
                "-fsanitize=integer-divide-by-zero,shift,"
                "signed-integer-overflow",
                "-fno-sanitize-recover=all"]
        if not job.lang_c:
            cmd.append("-fsanitize=return")
        cmd += [src, "-o", exe, "-Wl,--no-demangle"]
        p = subprocess.run(cmd, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=120)
        return exe if p.returncode == 0 else None, p.stdout

    def replay(self, job, keep=None):
        """REPLAYED/FAILED/SKIPPED and a reason."""
        workdir = tempfile.mkdtemp(prefix="vouch-replay-", dir=keep)
        try:
            return self._replay(job, workdir)
        except Skip as e:
            return "SKIPPED", str(e)
        except Fail as e:
            return "FAILED", str(e)
        except subprocess.TimeoutExpired as e:
            return "FAILED", "timed out: %s" % " ".join(e.cmd[:1])
        except (OSError, KeyError, ValueError, TypeError) as e:
            return "FAILED", "harness error (JSON not as expected?): %r" % e
        finally:
            if keep is None:
                shutil.rmtree(workdir, ignore_errors=True)

    def _replay(self, job, workdir):
        with open(job.path, encoding="utf-8", errors="surrogateescape") as h:
            text = h.read()
        drv = Driver(job, workdir, text)
        drv.prepare()
        exe, errors = None, ""
        for variant in drv.variants():
            text = drv.source(variant)
            exe, out = self.compile(job, text, workdir)
            undefined = sorted(set(re.findall(
                r"(?:undefined reference to [`']|undefined symbol: )([^\s']+)",
                out)))
            if not exe and undefined:
                # Functions the input declares but never defines: each
                # becomes a stub that traps (SIGILL) if the replay calls it.
                text += "".join(
                    '__asm__(".text\\n.globl %s\\n%s:\\n  ud2\\n");\n'
                    % (u, u) for u in undefined)
                exe, out = self.compile(job, text, workdir)
            if exe:
                drv.driver_text = text
                break
            if not errors:
                errors = out
        if not exe:
            first = [l for l in errors.splitlines() if "error" in l][:3]
            raise Fail("driver does not compile: %s" %
                       " | ".join(first or errors.splitlines()[:3]))
        try:
            p = subprocess.run([exe], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               errors="replace", timeout=self.timeout,
                               cwd=workdir, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise Fail("the replay did not finish in %ds" % self.timeout)
        return self.judge(job, drv, p)

    def judge(self, job, drv, p):
        rc, err = p.returncode, p.stderr
        tail = err.strip().splitlines()[-1:] if err.strip() else []
        what = "exit status %d%s" % (rc, (": " + tail[0][:160]) if tail
                                     else "")
        if rc == -signal.SIGILL and "ud2" in open(
                os.path.join(os.path.dirname(p.args[0]), "driver" +
                             (".c" if job.lang_c else ".cpp"))).read():
            what = "killed by SIGILL: called a function the input declares " \
                "but never defines"
        elif rc < 0:
            try:
                what = "killed by %s" % signal.Signals(-rc).name
            except ValueError:
                what = "killed by signal %d" % -rc
        if rc == EXIT_ASSUME_FAILED:
            raise Fail("__VERIFIER_assume failed on the replayed path")
        if rc == EXIT_NONDET_EXHAUSTED:
            raise Fail("more __VERIFIER_nondet calls than counterexample "
                       "values")
        mode = drv.mode
        ub = [m for m in (re.match(r"(.*?):(\d+):(\d+): runtime error: (.*)",
                                   l) for l in err.splitlines()) if m]
        if mode != "ubsan" and ub and rc != 0:
            if self.in_clause(job, drv, ub[0]):
                return "REPLAYED", ""  # evaluating the clause is undefined
            raise Fail("undefined behavior before the clause is reached, at "
                       "%s:%s: %s" % (os.path.basename(ub[0].group(1)),
                                      ub[0].group(2), ub[0].group(4)[:160]))
        if mode == "check":
            if rc == EXIT_CLAUSE_FAILED:
                return "REPLAYED", ""
            if rc == 0:
                raise Fail("the clause holds after the call")
            raise Fail("the run ended otherwise (%s)" % what)
        if mode == "probe":
            if rc == EXIT_PROBE_FIRED and "vouch-replay: probe failed" in err:
                return "REPLAYED", ""
            if rc == 0:
                raise Fail("the clause held every time it was reached")
            raise Fail("the run ended otherwise (%s)" % what)
        if mode == "abort":
            if rc == -signal.SIGABRT:
                m = re.search(r"([^\s:]+):(\d+): [^\n]*Assertion", err)
                if m and os.path.basename(m.group(1)) == os.path.basename(
                        job.path) and int(m.group(2)) != job.line and \
                        self.is_plain_assert(job):
                    raise Fail("a different assertion failed, at line %s" %
                               m.group(2))
                return "REPLAYED", ""
            raise Fail("the run did not abort (%s)" % what)
        if mode == "ubsan":
            errs = [l for l in err.splitlines() if "runtime error" in l]
            if rc == 0 or not errs:
                raise Fail("no undefined behavior at run time (%s)" % what)
            base = os.path.basename(job.path)
            if "without returning a value" in job.f.get("message", ""):
                if any("without returning a value" in l for l in errs):
                    return "REPLAYED", ""
                raise Fail("a different runtime error: %s" % errs[0][:200])
            for l in errs:
                m = re.match(r"(.*?):(\d+):(\d+): runtime error", l)
                if m and os.path.basename(m.group(1)) == base and \
                        int(m.group(2)) == job.line:
                    return "REPLAYED", ""
            raise Fail("the runtime error is elsewhere: %s" % errs[0][:200])
        raise Fail("internal: unknown mode")

    def in_clause(self, job, drv, m):
        """Is UBSan's report `m` about the evaluation of the clause?"""
        base, line, col = os.path.basename(m.group(1)), int(m.group(2)), \
            int(m.group(3))
        if base.startswith("driver."):
            lines = drv.driver_text.splitlines()
            return 0 < line <= len(lines) and CLAUSE_MARK in lines[line - 1]
        if drv.mode == "abort":  # the asserted condition itself
            return base == os.path.basename(job.path) and line == job.line
        return any(base == b and line == l and lo <= col < hi
                   for b, l, lo, hi in drv.clause_sites)

    def is_plain_assert(self, job):
        lines = open(job.path, errors="replace").read().splitlines()
        if job.line - 1 >= len(lines):
            return False
        l = lines[job.line - 1]
        return re.search(r"\bassert\s*\(", l) is not None and \
            "__VERIFIER_assert" not in l


# --------------------------------------------------------------------------
# Main program
# --------------------------------------------------------------------------

def load_known_bad(path):
    out = {}
    if not os.path.exists(path):
        return out
    for line in open(path):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        toks = entry.split()
        why = line.split("#", 1)[1].strip() if "#" in line else ""
        out[(toks[0], toks[1] if len(toks) > 1 else None)] = why
    return out


def input_compiles(cxx, path, flags):
    cmd = [cxx] + (["-x", "c"] if path.endswith(".c") else []) + list(flags)
    if not any(f.startswith("-std=") for f in flags):
        cmd.append("-std=c11" if path.endswith(".c") else "-std=c++20")
    cmd += ["-fsyntax-only", "-w", path]
    return subprocess.run(cmd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def collect(args, files, log):
    """[Job] for every violated finding of every file."""
    tasks = []
    for path in files:
        with open(path, errors="replace") as h:
            text = h.read()
        for flags, config in configurations(path, text, args.source_dir):
            tasks.append((path, flags, config))

    def one(task):
        path, flags, config = task
        try:
            findings = run_vouch(args.vouch, path, flags, config, log)
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            return task, None, str(e)
        if any(f.get("verdict") == "violated" for f in findings) and \
                not input_compiles(args.cxx, path, flags):
            return task, None, "the input does not compile"
        return task, findings, None

    jobs, seen, errors = [], set(), []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for (path, flags, config), findings, err in pool.map(one, tasks):
            rel = os.path.relpath(path, args.source_dir)
            if err:
                log("NOTE %s: not replayed: %s" % (rel, err))
                if "does not compile" not in err:
                    errors.append(rel)
                continue
            for f in findings:
                if f.get("verdict") != "violated":
                    continue
                job = Job(f, path, flags, rel)
                if job.key() in seen:
                    continue
                seen.add(job.key())
                jobs.append(job)
    return jobs, errors


def replay_all(args, jobs, log, known_bad=None):
    known_bad = known_bad or {}
    rep = Replayer(args.cxx, args.timeout)
    counts = {"REPLAYED": 0, "FAILED": 0, "SKIPPED": 0, "KNOWN-BAD": 0}
    results = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        outcomes = pool.map(lambda j: rep.replay(j, args.keep), jobs)
        for job, (status, why) in zip(jobs, outcomes):
            loc = "%s:%s" % (job.rel, job.line)
            allowed = (loc, job.check) in known_bad or (loc, None) in known_bad
            if status == "FAILED" and allowed:
                status = "KNOWN-BAD"
            elif allowed:
                log("NOTE %s %s is in known-bad.txt but %s: remove it" %
                    (loc, job.check, status.lower()))
            counts[status] += 1
            results.append((job, status, why))
            log("%s %s%s" % (status, job.name(), (": " + why) if why else ""))
    return counts, results


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("vouch")
    ap.add_argument("cxx")
    ap.add_argument("source_dir")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=10)
    ap.add_argument("--keep", help="keep the drivers under this directory")
    ap.add_argument("--min-replayed", type=int, default=10)
    ap.add_argument("--known-bad", default=os.path.join(HERE,
                                                        "known-bad.txt"))
    args = ap.parse_args(argv)
    args.source_dir = os.path.abspath(args.source_dir)
    args.vouch = os.path.abspath(args.vouch)
    for tool in (args.vouch, args.cxx):
        if shutil.which(tool) is None:
            print("error: cannot run '%s'" % tool)
            return 2
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)

    def log(s):
        print(s, flush=True)

    if args.selftest:
        return selftest(args, log)
    files = [os.path.abspath(f) for f in args.files] or \
        default_inputs(args.source_dir)
    start = time.time()
    jobs, errors = collect(args, files, log)
    middle = time.time()
    known_bad = load_known_bad(args.known_bad)
    counts, _ = replay_all(args, jobs, log, known_bad)
    analysed = {os.path.relpath(f, args.source_dir) for f in files}
    found = {("%s:%s" % (j.rel, j.line), c) for j in jobs
             for c in (j.check, None)}
    for loc, check in sorted(known_bad, key=str):
        if loc.rsplit(":", 1)[0] in analysed and (loc, check) not in found:
            log("NOTE %s %s is in known-bad.txt but vouch no longer reports "
                "it violated: remove the line" % (loc, check or ""))
    print("(%d inputs analysed in %.0fs, %d findings replayed in %.0fs)" % (
        len(files), middle - start, len(jobs), time.time() - middle))
    print("%d passed, %d failed, %d skipped%s" % (
        counts["REPLAYED"], counts["FAILED"], counts["SKIPPED"],
        (", %d known bad (known-bad.txt)" % counts["KNOWN-BAD"])
        if counts["KNOWN-BAD"] else ""))
    status = 0
    if counts["FAILED"]:
        status = 1
    if errors:
        print("vouch failed on: %s" % ", ".join(errors))
        status = 1
    if counts["REPLAYED"] < args.min_replayed:
        print("error: only %d findings replayed (at least %d expected)" %
              (counts["REPLAYED"], args.min_replayed))
        status = 1
    return status


# --------------------------------------------------------------------------
# Self-test: the harness must be able to fail
# --------------------------------------------------------------------------

def find_one(jobs, pred):
    for j in jobs:
        if pred(j):
            return j
    return None


def mutated(job, **changes):
    j = copy.copy(job)
    j.f = copy.deepcopy(job.f)
    for k, v in changes.items():
        if k == "inputs":
            for inp in j.f["counterexample"]["inputs"]:
                if inp["name"] in v:
                    inp["value"] = v[inp["name"]]
        elif k == "check":
            j.f["replay"]["check"] = v
    return j


def selftest(args, log):
    path = os.path.join(HERE, "Inputs", "selftest.cpp")
    with open(path) as h:
        text = h.read()
    flags, config = configurations(path, text, args.source_dir)[0]
    try:
        findings = run_vouch(args.vouch, path, flags, config, log)
    except RuntimeError as e:
        print("selftest FAILED: %s" % e)
        return 1
    rel = os.path.relpath(path, args.source_dir)
    jobs = [Job(f, path, flags, rel) for f in findings
            if f.get("verdict") == "violated"]

    def by(fn, check):
        j = find_one(jobs, lambda j: j.f["function"]["name"] == fn and
                     j.check == check)
        if j is None:
            raise SystemExit("selftest: vouch reported no violated %s in %s"
                             % (check, fn))
        return j

    post = by("clamp", "contract-postcondition")
    inv = by("Meter::add", "contract-invariant")
    asrt = by("checked_half", "contract-assertion")
    ub = by("ratio", "contract-undefined-behavior")
    pre = by("call_root", "contract-precondition")
    loop = by("count_up", "contract-invariant")
    twice = by("twice", "contract-postcondition")
    undefined_clause = by("doubled", "contract-postcondition")
    # Honest replays: each must pass.
    honest = [post, inv, asrt, ub, pre, loop, twice, undefined_clause]
    # Lies: each must fail.
    lies = [
        ("postcondition with inputs for which it holds",
         mutated(post, inputs={"x": "5"})),
        ("postcondition whose check is always true",
         mutated(post, check="true")),
        ("class invariant with a field value that keeps it",
         mutated(inv, inputs={"d": "0"})),
        ("assertion with an input that passes it",
         mutated(asrt, inputs={"x": "4"})),
        ("undefined behavior with a nonzero divisor",
         mutated(ub, inputs={"den": "3"})),
        ("precondition with a caller input that meets it",
         mutated(pre, inputs={"v": "16"})),
        ("loop invariant with a bound that keeps it",
         mutated(loop, inputs={"n": "1"})),
        ("postcondition reached only through undefined behavior",
         mutated(twice, inputs={"x": "2147483647"})),
        ("clause that is neither false nor undefined",
         mutated(undefined_clause, inputs={"x": "5"})),
    ]
    ok = True
    counts, results = replay_all(args, honest, log)
    for job, status, why in results:
        if status != "REPLAYED":
            log("selftest FAILED: honest %s was %s: %s" % (job.name(), status,
                                                         why))
            ok = False
    counts, results = replay_all(args, [j for _, j in lies], log)
    for (what, _), (job, status, why) in zip(lies, results):
        if status != "FAILED":
            log("selftest FAILED: a wrong counterexample (%s) was %s" %
                (what, status))
            ok = False
        else:
            log("selftest ok: caught %s" % what)
    print("selftest %s: %d honest replays, %d wrong counterexamples" % (
        "passed" if ok else "FAILED", len(honest), len(lies)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
