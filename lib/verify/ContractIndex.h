//===- ContractIndex.h - Contracts of callees and classes -------*- C++ -*-===//
//
// The verifier asks for the contract of every function it meets (the one
// it checks, each callee) and for class invariants; this extracts each
// once per translation unit and keeps it, so that clause pointers stay
// valid for the lifetime of the index.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_CONTRACTINDEX_H
#define VOUCH_VERIFY_CONTRACTINDEX_H

#include "extract/ContractExtractor.h"

#include <map>
#include <memory>

namespace vouch::verify {

class ContractIndex {
public:
  ContractIndex(clang::ASTContext &Ctx, clang::Preprocessor *PP)
      : Extractor(Ctx, PP) {}

  const extract::FunctionContract &of(const clang::FunctionDecl *FD);
  const extract::ClassContract &invariantsOf(const clang::CXXRecordDecl *RD);

  /// Whether FD has a precondition or postcondition vouch can use.
  bool hasUsableContract(const clang::FunctionDecl *FD);

  /// Forgets every contract once more than MaxKept are held, to be
  /// extracted again when asked for: a unit of thousands of functions
  /// would otherwise hold all their contracts to its end. This invalidates
  /// every reference the index gave out, so it may be called only between
  /// two functions, when no executor, report or finding still holds one.
  void trim(std::size_t MaxKept);
  /// How many contracts of functions and classes are held.
  std::size_t held() const { return Functions.size() + Classes.size(); }

  /// Time spent extracting contracts so far, for --stats.
  double extractionSeconds() const { return Seconds; }

private:
  extract::ContractExtractor Extractor;
  std::map<const clang::FunctionDecl *,
           std::unique_ptr<extract::FunctionContract>>
      Functions;
  std::map<const clang::CXXRecordDecl *,
           std::unique_ptr<extract::ClassContract>>
      Classes;
  double Seconds = 0;
};

/// Whether clause C says something the verifier can use: formal, and
/// either resolved for the solver (comment clauses) or compiled by Clang
/// (in-body carriers).
bool isUsable(const extract::ExtractedClause &C);

/// Whether clause C's obligations get a verdict (Unknown at least): it is
/// neither invalid (contract-syntax reports it) nor prose.
bool isChecked(const extract::ExtractedClause &C);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_CONTRACTINDEX_H
