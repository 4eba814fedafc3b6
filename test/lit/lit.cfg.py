# lit configuration for vouch's end-to-end tests.
#
# Each test is one small input with RUN lines and FileCheck expectations in
# its comments, as clang-tidy's own tests are written:
#   // RUN: %vouch %s -- -std=c++20 | FileCheck %s
#   // CHECK: :[[@LINE+1]]:12: warning: ... [contract-syntax]
import os

import lit.formats

config.name = "vouch"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.vouch_obj_root, "test", "lit")

# FileCheck, not, count and split-file come from LLVM's tools directory.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
# Diagnostics must not depend on the terminal or the user's environment.
for var in ["CLANG_TIDY_CONFIG", "TERM_PROGRAM"]:
    config.environment.pop(var, None)
# The result cache: one for the whole suite, in the build tree, never in the
# sources or the user's home. Tests of the cache itself name their own.
config.environment["VOUCH_CACHE_DIR"] = os.path.join(config.test_exec_root, "vouch-cache")

bin_dir = os.path.join(config.vouch_obj_root, "bin")
plugin = os.path.join(config.vouch_obj_root, "lib", "libVouchTidyPlugin.so")
# Longer names first: lit substitutes in order, and %vouch prefixes the other.
config.substitutions.append(("%vouch_plugin", plugin))
config.substitutions.append(("%vouch", os.path.join(bin_dir, "vouch")))
config.substitutions.append(("%clang_tidy", config.clang_tidy))
config.substitutions.append(("%cxx", config.cxx_compiler))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))

# Tests of `--diff=REV` need git.
import shutil
if shutil.which("git"):
    config.available_features.add("git")
