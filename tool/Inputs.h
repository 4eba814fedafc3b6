//===- Inputs.h - Source files and how to compile them ----------*- C++ -*-===//
//
// The part of the command line every subcommand shares, as clang-tidy has
// it: `<files>`, `-p <build dir>`, `--extra-arg(-before)`, and compiler
// flags after `--`.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_INPUTS_H
#define VOUCH_TOOL_INPUTS_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace vouch::tool {

struct Inputs {
  std::vector<std::string> Files;
  std::unique_ptr<clang::tooling::CompilationDatabase> Compilations;
  /// Where the compilation database was found; empty with `-- <flags>` or
  /// none.
  std::string BuildDirectory;
};

/// Takes compiler flags after `--` out of the command line (before option
/// parsing sees them).
std::unique_ptr<clang::tooling::CompilationDatabase>
takeFlagsAfterDashDash(int &Argc, const char **Argv);

/// After option parsing: checks the files exist and finds how to compile
/// them; WhenNoFiles are the inputs if the command line names none. Errors
/// are one line, for the user.
llvm::Expected<Inputs>
loadInputs(std::unique_ptr<clang::tooling::CompilationDatabase> FromFlags,
           llvm::ArrayRef<std::string> WhenNoFiles);

} // namespace vouch::tool

#endif // VOUCH_TOOL_INPUTS_H
