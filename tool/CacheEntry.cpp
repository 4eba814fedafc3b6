//===- CacheEntry.cpp - One translation unit's result, stored -------------===//
#include "CacheEntry.h"

using namespace clang::tidy;
using clang::tooling::DiagnosticMessage;
using clang::tooling::FileByteRange;
using clang::tooling::Replacement;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace vouch::tool {
namespace {

Value toJSON(const DiagnosticMessage &M) {
  Array Fixes;
  for (const auto &[File, Replacements] : M.Fix)
    for (const Replacement &R : Replacements)
      Fixes.push_back(Object{{"file", R.getFilePath()},
                             {"offset", R.getOffset()},
                             {"length", R.getLength()},
                             {"text", R.getReplacementText()}});
  Array Ranges;
  for (const FileByteRange &R : M.Ranges)
    Ranges.push_back(Object{
        {"file", R.FilePath}, {"offset", R.FileOffset}, {"length", R.Length}});
  return Object{{"message", M.Message},
                {"file", M.FilePath},
                {"offset", M.FileOffset},
                {"fixes", std::move(Fixes)},
                {"ranges", std::move(Ranges)}};
}

/// Reads what toJSON wrote; false on any difference.
class Reader {
public:
  bool message(const Value &V, DiagnosticMessage &M) {
    const Object *O = V.getAsObject();
    if (!O || !string(*O, "message", M.Message) ||
        !string(*O, "file", M.FilePath) || !number(*O, "offset", M.FileOffset))
      return false;
    const Array *Fixes = O->getArray("fixes");
    const Array *Ranges = O->getArray("ranges");
    if (!Fixes || !Ranges)
      return false;
    for (const Value &F : *Fixes) {
      const Object *FO = F.getAsObject();
      std::string File, Text;
      unsigned Offset, Length;
      if (!FO || !string(*FO, "file", File) || !string(*FO, "text", Text) ||
          !number(*FO, "offset", Offset) || !number(*FO, "length", Length))
        return false;
      if (llvm::Error E =
              M.Fix[File].add(Replacement(File, Offset, Length, Text))) {
        llvm::consumeError(std::move(E));
        return false;
      }
    }
    for (const Value &R : *Ranges) {
      const Object *RO = R.getAsObject();
      FileByteRange Range;
      if (!RO || !string(*RO, "file", Range.FilePath) ||
          !number(*RO, "offset", Range.FileOffset) ||
          !number(*RO, "length", Range.Length))
        return false;
      M.Ranges.push_back(std::move(Range));
    }
    return true;
  }

  std::optional<ClangTidyError> error(const Value &V) {
    const Object *O = V.getAsObject();
    std::string Name, Build;
    unsigned Level;
    std::optional<bool> AsError =
        O ? O->getBoolean("warning_as_error") : std::optional<bool>();
    if (!O || !string(*O, "check", Name) ||
        !string(*O, "build_directory", Build) || !number(*O, "level", Level) ||
        !AsError ||
        (Level != ClangTidyError::Remark && Level != ClangTidyError::Warning &&
         Level != ClangTidyError::Error))
      return std::nullopt;
    ClangTidyError E(Name, static_cast<ClangTidyError::Level>(Level), Build,
                     *AsError);
    const Value *Message = O->get("diagnostic");
    const Array *Notes = O->getArray("notes");
    const Array *Aliases = O->getArray("aliases");
    if (!Message || !Notes || !Aliases || !message(*Message, E.Message))
      return std::nullopt;
    for (const Value &N : *Notes) {
      DiagnosticMessage Note;
      if (!message(N, Note))
        return std::nullopt;
      E.Notes.push_back(std::move(Note));
    }
    for (const Value &A : *Aliases) {
      std::optional<llvm::StringRef> Alias = A.getAsString();
      if (!Alias)
        return std::nullopt;
      E.EnabledDiagnosticAliases.push_back(Alias->str());
    }
    return E;
  }

  bool totals(const Value &V, checks::RunTotals &T) {
    const Object *O = V.getAsObject();
    const Object *PerCheck = O ? O->getObject("per_check") : nullptr;
    if (!PerCheck || !number(*O, "functions", T.Functions) ||
        !number(*O, "clauses", T.Clauses) ||
        !number(*O, "informal_clauses", T.InformalClauses))
      return false;
    for (const auto &[Check, Counts] : *PerCheck) {
      const Object *C = Counts.getAsObject();
      checks::VerdictCounts &Mine = T.PerCheck[Check.str()];
      if (!C || !number(*C, "proved", Mine.Proved) ||
          !number(*C, "violated", Mine.Violated) ||
          !number(*C, "unknown", Mine.Unknown))
        return false;
    }
    return true;
  }

  bool stats(const Value &V, ClangTidyStats &S) {
    const Object *O = V.getAsObject();
    return O && number(*O, "displayed", S.ErrorsDisplayed) &&
           number(*O, "check_filter", S.ErrorsIgnoredCheckFilter) &&
           number(*O, "nolint", S.ErrorsIgnoredNOLINT) &&
           number(*O, "non_user_code", S.ErrorsIgnoredNonUserCode) &&
           number(*O, "line_filter", S.ErrorsIgnoredLineFilter);
  }

  bool strings(const Object &O, llvm::StringRef Key,
               std::vector<std::string> &Out) {
    const Array *A = O.getArray(Key);
    if (!A)
      return false;
    for (const Value &V : *A) {
      std::optional<llvm::StringRef> S = V.getAsString();
      if (!S)
        return false;
      Out.push_back(S->str());
    }
    return true;
  }

private:
  static bool string(const Object &O, llvm::StringRef Key, std::string &Out) {
    std::optional<llvm::StringRef> S = O.getString(Key);
    if (S)
      Out = S->str();
    return S.has_value();
  }
  static bool number(const Object &O, llvm::StringRef Key, unsigned &Out) {
    std::optional<int64_t> N = O.getInteger(Key);
    if (!N || *N < 0 || *N > std::numeric_limits<unsigned>::max())
      return false;
    Out = static_cast<unsigned>(*N);
    return true;
  }
};

llvm::Error malformed(llvm::StringRef What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "malformed cache entry: " + What);
}

} // namespace

Value toJSON(const UnitResult &R) {
  Array Errors;
  for (std::size_t I = 0; I < R.Errors.size(); ++I) {
    const ClangTidyError &E = R.Errors[I];
    Array Notes, Aliases;
    for (const DiagnosticMessage &N : E.Notes)
      Notes.push_back(toJSON(N));
    for (const std::string &A : E.EnabledDiagnosticAliases)
      Aliases.push_back(A);
    Object O{{"check", E.DiagnosticName},
             {"level", static_cast<int>(E.DiagLevel)},
             {"warning_as_error", E.IsWarningAsError},
             {"build_directory", E.BuildDirectory},
             {"diagnostic", toJSON(E.Message)},
             {"notes", std::move(Notes)},
             {"aliases", std::move(Aliases)}};
    if (R.Findings[I])
      O["finding"] = *R.Findings[I]; // text: no tree to build and rebuild
    Errors.push_back(std::move(O));
  }
  Object PerCheck;
  for (const auto &[Check, C] : R.Activity.Totals.PerCheck)
    PerCheck[Check] = Object{
        {"proved", C.Proved}, {"violated", C.Violated}, {"unknown", C.Unknown}};
  const ClangTidyStats &S = R.Stats;
  return Object{
      {"errors", std::move(Errors)},
      {"stats", Object{{"displayed", S.ErrorsDisplayed},
                       {"check_filter", S.ErrorsIgnoredCheckFilter},
                       {"nolint", S.ErrorsIgnoredNOLINT},
                       {"non_user_code", S.ErrorsIgnoredNonUserCode},
                       {"line_filter", S.ErrorsIgnoredLineFilter}}},
      {"totals", Object{{"functions", R.Activity.Totals.Functions},
                        {"clauses", R.Activity.Totals.Clauses},
                        {"informal_clauses", R.Activity.Totals.InformalClauses},
                        {"per_check", std::move(PerCheck)}}},
      {"claims_made", Array(R.Activity.ClaimsMade)},
      {"claims_skipped", Array(R.Activity.ClaimsSkipped)}};
}

llvm::Expected<UnitResult> unitResultFromJSON(const Value &V) {
  const Object *O = V.getAsObject();
  if (!O)
    return malformed("not an object");
  Reader Read;
  UnitResult R;
  const Array *Errors = O->getArray("errors");
  if (!Errors)
    return malformed("no errors");
  for (const Value &E : *Errors) {
    std::optional<ClangTidyError> Error = Read.error(E);
    if (!Error)
      return malformed("a diagnostic");
    R.Errors.push_back(std::move(*Error));
    std::optional<std::string> FindingText;
    if (const Value *Finding = E.getAsObject()->get("finding")) {
      std::optional<llvm::StringRef> Text = Finding->getAsString();
      if (!Text)
        return malformed("a finding");
      FindingText = Text->str();
    }
    R.Findings.push_back(std::move(FindingText));
  }
  const Value *Stats = O->get("stats");
  const Value *Totals = O->get("totals");
  if (!Stats || !Read.stats(*Stats, R.Stats))
    return malformed("stats");
  if (!Totals || !Read.totals(*Totals, R.Activity.Totals))
    return malformed("totals");
  if (!Read.strings(*O, "claims_made", R.Activity.ClaimsMade) ||
      !Read.strings(*O, "claims_skipped", R.Activity.ClaimsSkipped))
    return malformed("claims");
  return R;
}

} // namespace vouch::tool
