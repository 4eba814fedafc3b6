//===- Commands.h - vouch's subcommands -------------------------*- C++ -*-===//
#ifndef VOUCH_TOOL_COMMANDS_H
#define VOUCH_TOOL_COMMANDS_H

#include "Inputs.h"

#include "llvm/Support/CommandLine.h"

namespace vouch::tool {

/// Exit statuses, documented in docs/usage.md.
enum ExitStatus : int {
  ExitClean = 0,
  ExitFindings =
      1,         // warnings promoted to errors, or code that fails to compile
  ExitUsage = 2, // bad command line, missing input, unreadable config
};

/// Constructed on first use, so that options in any file may name them
/// whatever the order of static initialization.
llvm::cl::OptionCategory &vouchCategory();
llvm::cl::SubCommand &extractSubcommand();

struct Change;

/// `vouch [options] <files> [-- <compiler flags>]`: runs the enabled checks
/// with clang-tidy's command line and output; with Changed (`--diff`), on
/// the functions it touches only.
int runCheckCommand(const Inputs &In, const Change *Changed);

/// `vouch extract [options] <files> [-- <flags>]`: prints the spec IR.
int runExtractCommand(const Inputs &In);

} // namespace vouch::tool

#endif // VOUCH_TOOL_COMMANDS_H
