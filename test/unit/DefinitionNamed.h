//===- DefinitionNamed.h - Find a function in a test's AST ------*- C++ -*-===//
#ifndef VOUCH_TEST_UNIT_DEFINITIONNAMED_H
#define VOUCH_TEST_UNIT_DEFINITIONNAMED_H

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"

namespace vouch::test {

/// The definition (a declaration with a body) of the function, method or
/// constructor named Name in AST; null if there is none.
inline const clang::FunctionDecl *definitionNamed(clang::ASTUnit &AST,
                                                  llvm::StringRef Name) {
  struct Finder : clang::RecursiveASTVisitor<Finder> {
    llvm::StringRef Name;
    const clang::FunctionDecl *Found = nullptr;
    bool VisitFunctionDecl(clang::FunctionDecl *FD) {
      if (FD->getNameAsString() == Name && FD->doesThisDeclarationHaveABody())
        Found = FD;
      return true;
    }
  } F;
  F.Name = Name;
  F.TraverseDecl(AST.getASTContext().getTranslationUnitDecl());
  return F.Found;
}

} // namespace vouch::test

#endif // VOUCH_TEST_UNIT_DEFINITIONNAMED_H
