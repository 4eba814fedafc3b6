//===- TypeRules.h - C++ typing rules for contract expressions -*- C++ -*-===//
//
// The few C++ typing rules a contract needs ([lex.icon], [conv.prom],
// [expr.arith.conv]), computed with Clang's ASTContext so that integer
// widths and ranks are the target's.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_EXTRACT_TYPERULES_H
#define VOUCH_EXTRACT_TYPERULES_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace vouch::extract {

class TypeRules {
public:
  explicit TypeRules(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// The type of an integer literal spelled Text, or nullopt if it fits in
  /// no type its suffix allows.
  std::optional<clang::QualType> integerLiteralType(llvm::StringRef Text) const;
  /// The value of an integer literal spelled Text (digit separators and
  /// suffixes allowed), or nullopt if it is malformed.
  static std::optional<llvm::APInt> integerLiteralValue(llvm::StringRef Text);

  /// Integer types, bool and unscoped enumerations (which convert).
  bool isIntegral(clang::QualType T) const;
  bool isArithmetic(clang::QualType T) const;

  clang::QualType promote(clang::QualType T) const;
  clang::QualType usualArithmeticConversion(clang::QualType L,
                                            clang::QualType R) const;

  /// `std::numeric_limits<T>::max` and friends, for builtin T: the result
  /// type of calling it.
  std::optional<clang::QualType>
  numericLimitsCall(llvm::StringRef QualifiedName) const;

  /// A type spelled in a cast: builtin type names, or a typedef visible from
  /// Context (size_t, std::int64_t ...).
  std::optional<clang::QualType>
  parseTypeName(llvm::StringRef Spelling,
                const clang::DeclContext *Context) const;

private:
  std::optional<clang::QualType> builtinType(llvm::StringRef Spelling) const;

  clang::ASTContext &Ctx;
};

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_TYPERULES_H
