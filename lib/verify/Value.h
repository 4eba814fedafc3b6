//===- Value.h - Symbolic C++ scalar values and their operators -*- C++ -*-===//
//
// A C++ scalar as Z3 sees it: `bool` is a Z3 Boolean; every integer type
// (char, enums, fixed-width integers) is a bit-vector of the target's width
// with its signedness kept beside it. The operators follow C++ exactly and
// return the conditions under which they are defined, so that undefined
// behaviour becomes a proof obligation instead of an assumption.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_VALUE_H
#define VOUCH_VERIFY_VALUE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Type.h"

#include <z3++.h>

#include <optional>
#include <string>
#include <vector>

namespace vouch::verify {

/// The shape of a scalar type: Boolean, or an integer of some width.
struct ScalarKind {
  bool IsBool = false;
  unsigned Width = 0;
  bool Signed = false;
  bool operator==(const ScalarKind &) const = default;
  static ScalarKind boolean() { return {true, 1, false}; }
  static ScalarKind integer(unsigned Width, bool Signed) {
    return {false, Width, Signed};
  }
};

/// The scalar kind of T, or nullopt if vouch does not model T (pointers,
/// floating point, classes ...).
std::optional<ScalarKind> scalarKindOf(clang::QualType T,
                                       const clang::ASTContext &Ctx);

struct Value {
  z3::expr Term;
  ScalarKind Kind;
};

/// A condition under which an operation is defined, and what goes wrong
/// otherwise ("signed overflow in 'a + b'").
struct DefinednessCheck {
  z3::expr Defined;
  std::string What;
};

enum class ArithOp { Add, Sub, Mul, Div, Rem, Shl, Shr, And, Or, Xor };
enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

/// The language rules that change what is undefined.
struct Dialect {
  /// C++20 made `<<` of signed values modular and negative `<<` defined.
  bool ModularSignedShift = false;
  /// C++11 to C++17 let `<<` shift a bit into the sign bit (the result must
  /// fit the unsigned type); C requires it to fit the signed type.
  bool ShiftIntoSignBit = false;
};

class Arithmetic {
public:
  Arithmetic(z3::context &Z, Dialect D) : Z(Z), D(D) {}

  Value constant(const llvm::APSInt &V, ScalarKind Kind) const;
  Value constant(int64_t V, ScalarKind Kind) const;
  Value boolean(bool B) const { return {Z.bool_val(B), ScalarKind::boolean()}; }
  Value fresh(const std::string &Name, ScalarKind Kind) const;

  /// Conversion as by static_cast: wraps to the target width (integral
  /// conversions are modular since C++20 and implementation-defined, in
  /// practice modular, before).
  Value convert(const Value &V, ScalarKind To) const;
  z3::expr truth(const Value &V) const; // contextual conversion to bool

  /// L and R already converted to the operation type (Kind); shifts take R
  /// of any integer kind. Checks receive the definedness conditions; Text
  /// is the expression as written, for messages.
  Value binary(ArithOp Op, const Value &L, const Value &R, ScalarKind Kind,
               const std::string &Text,
               std::vector<DefinednessCheck> &Checks) const;
  Value negate(const Value &V, const std::string &Text,
               std::vector<DefinednessCheck> &Checks) const;
  Value complement(const Value &V) const;
  /// L and R of the same kind.
  Value compare(CompareOp Op, const Value &L, const Value &R) const;
  Value select(const z3::expr &Cond, const Value &A, const Value &B) const;

  z3::expr minOf(ScalarKind K) const;
  z3::expr maxOf(ScalarKind K) const;

private:
  z3::context &Z;
  Dialect D;
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_VALUE_H
