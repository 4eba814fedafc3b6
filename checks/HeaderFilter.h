//===- HeaderFilter.h - Whether findings can be shown -----------*- C++ -*-===//
//
// clang-tidy drops diagnostics in headers that -header-filter does not
// match, or that -exclude-header-filter matches, after the checks have
// run. Verification is the costly part of a vouch run: a function whose
// every finding would be dropped is not verified at all.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_HEADERFILTER_H
#define VOUCH_CHECKS_HEADERFILTER_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Regex.h"

#include <memory>
#include <optional>
#include <string>

namespace vouch::checks {

class HeaderFilter {
public:
  /// Whether clang-tidy, configured as Context is, shows diagnostics at
  /// Loc: always in the main file, in a header as the filters say.
  bool shows(clang::tidy::ClangTidyContext &Context,
             const clang::SourceManager &SM, clang::SourceLocation Loc);

private:
  /// A regular expression built once per distinct option text.
  struct Cached {
    std::optional<std::string> Text;
    std::unique_ptr<llvm::Regex> Regex;
    llvm::Regex *get(const std::optional<std::string> &Wanted);
  };
  Cached Include, Exclude;
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_HEADERFILTER_H
