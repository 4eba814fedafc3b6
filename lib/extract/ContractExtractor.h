//===- ContractExtractor.h - Contracts of declarations ---------*- C++ -*-===//
//
// Pulls every contract clause of a function or class out of the AST: the
// comments written on each declaration (doc comments and ACSL), loop
// invariants and ACSL asserts inside the body, and in-body carriers. Each
// clause is parsed and resolved in its scope; mistakes become problems for
// the contract-syntax check and Invalid clauses in the IR.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_EXTRACT_CONTRACTEXTRACTOR_H
#define VOUCH_EXTRACT_CONTRACTEXTRACTOR_H

#include "extract/CommentIndex.h"
#include "extract/Contract.h"

#include "clang/AST/ASTContext.h"
#include "clang/Lex/Preprocessor.h"

namespace vouch::extract {

class ContractExtractor {
public:
  /// PP may be null; then macros in contracts are not expanded.
  ContractExtractor(clang::ASTContext &Ctx, clang::Preprocessor *PP)
      : Ctx(Ctx), PP(PP), Comments(Ctx.getSourceManager(), Ctx.getLangOpts()) {}

  /// The clauses written on this one declaration, plus, for a definition,
  /// those in its body.
  std::vector<ExtractedClause>
  clausesOn(const clang::FunctionDecl *D,
            std::vector<ContractProblem> &Problems);

  /// The whole contract of a function, gathered from all its declarations.
  FunctionContract contractOf(const clang::FunctionDecl *FD,
                              std::vector<ContractProblem> &Problems);

  ClassContract invariantsOf(const clang::CXXRecordDecl *RD,
                             std::vector<ContractProblem> &Problems);

private:
  enum class Place { Function, Class, Body };

  /// Loop is the loop the comments are written before, if any.
  std::vector<ExtractedClause>
  clausesFromComments(const std::vector<CommentGroup> &Groups, Place Where,
                      const clang::Decl *Owner, const clang::Stmt *Loop,
                      std::vector<ContractProblem> &Problems);
  std::vector<ExtractedClause>
  clausesInBody(const clang::FunctionDecl *D,
                std::vector<ContractProblem> &Problems);
  void resolve(ExtractedClause &C,
               llvm::ArrayRef<const clang::VarDecl *> Locals,
               std::vector<ContractProblem> &Problems);

  clang::ASTContext &Ctx;
  clang::Preprocessor *PP;
  CommentIndex Comments;
};

/// The IR of an extracted contract.
ir::FunctionSpec toSpec(const FunctionContract &Contract);
ir::ClassSpec toSpec(const ClassContract &Contract);

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_CONTRACTEXTRACTOR_H
