//===- JsonOutput.h - `--format=json`: findings for programs ----*- C++ -*-===//
//
// One object per diagnostic that survived NOLINT and the filters, with the
// verification structure the checks logged (verdict, clause,
// counterexample, path, replay data). Schema: docs/json-output.md.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_JSONOUTPUT_H
#define VOUCH_TOOL_JSONOUTPUT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace vouch::tool {

inline constexpr int JsonSchemaVersion = 1;

/// "error" (promoted warnings too), "warning" or "remark", as printed.
llvm::StringRef levelOf(const clang::tidy::ClangTidyError &E);

void printJsonFindings(const std::vector<clang::tidy::ClangTidyError> &Errors,
                       llvm::raw_ostream &OS);

} // namespace vouch::tool

#endif // VOUCH_TOOL_JSONOUTPUT_H
