//===- Value.cpp - Symbolic C++ scalar values and their operators ---------===//
#include "verify/Value.h"

using namespace clang;

namespace vouch::verify {

std::optional<ScalarKind> scalarKindOf(QualType T, const ASTContext &Ctx) {
  if (T.isNull())
    return std::nullopt;
  T = T.getCanonicalType().getUnqualifiedType();
  if (T->isBooleanType())
    return ScalarKind::boolean();
  if (T->isIntegerType() || T->isEnumeralType()) {
    if (const auto *ET = T->getAs<EnumType>())
      if (!ET->getDecl()->isComplete())
        return std::nullopt;
    if (T->isBitIntType())
      return std::nullopt;
    return ScalarKind::integer(Ctx.getIntWidth(T),
                               T->isSignedIntegerOrEnumerationType());
  }
  return std::nullopt;
}

namespace {

/// V as a bit-vector numeral of V's width.
z3::expr numeral(z3::context &Z, const llvm::APInt &V) {
  // Z3 reads the digits unsigned, whatever the sign V stands for.
  return Z.bv_val(llvm::toString(V, 10, /*Signed=*/false).c_str(),
                  V.getBitWidth());
}

/// Whether the exact result of a signed operation, computed in twice the
/// width, fits back into the narrow width.
z3::expr fitsSigned(const z3::expr &Wide, unsigned Width) {
  z3::expr Narrow = Wide.extract(Width - 1, 0);
  return z3::sext(Narrow, Wide.get_sort().bv_size() - Width) == Wide;
}

/// Whether X's sign bit is set.
z3::expr signBit(const z3::expr &X) {
  const unsigned W = X.get_sort().bv_size();
  return X.extract(W - 1, W - 1) == X.ctx().bv_val(1, 1);
}

/// Whether A + B, whose wrapped value is Sum, fits a signed integer of their
/// width: it overflows exactly when A and B have one sign and Sum the
/// other. Stated on the sign bits of the operands and of the sum the
/// program computes anyway, where the sum in twice the width made the SMT
/// core relate two adders bit by bit: midpoint.c's (lo + hi) overflow took
/// it over 50,000 resource units.
z3::expr sumFitsSigned(const z3::expr &A, const z3::expr &B,
                       const z3::expr &Sum) {
  return signBit(A) != signBit(B) || signBit(Sum) == signBit(A);
}

/// Whether A - B, whose wrapped value is Difference, fits: it overflows
/// exactly when A and B have opposite signs and Difference has B's.
z3::expr differenceFitsSigned(const z3::expr &A, const z3::expr &B,
                              const z3::expr &Difference) {
  return signBit(A) == signBit(B) || signBit(Difference) == signBit(A);
}

/// The bits of a bit-vector numeral; nullopt for any other term.
std::optional<llvm::APInt> numeralBits(const z3::expr &E) {
  if (!E.is_numeral())
    return std::nullopt;
  // Z3 gives a bit-vector numeral's digits unsigned, in decimal.
  return llvm::APInt(E.get_sort().bv_size(), E.get_decimal_string(0), 10);
}

/// Whether C * X fits a signed Width-bit integer, for a constant C. Stated
/// as a range of X, which the solver decides by comparison: the product in
/// twice the width makes it build a multiplier (triple.c's loop invariant
/// `s == 3 * i` spent 48 ms there).
z3::expr productFitsSigned(const llvm::APInt &C, const z3::expr &X) {
  z3::context &Z = X.ctx();
  const unsigned W = C.getBitWidth();
  llvm::APInt Min = llvm::APInt::getSignedMinValue(W);
  llvm::APInt Max = llvm::APInt::getSignedMaxValue(W);
  if (C.isZero() || C.isOne())
    return Z.bool_val(true);
  if (C.isAllOnes()) // -1: only the minimum has no negation
    return X != numeral(Z, Min);
  using llvm::APIntOps::RoundingSDiv;
  const auto Up = llvm::APInt::Rounding::UP;
  const auto Down = llvm::APInt::Rounding::DOWN;
  // C > 1: Min <= C * X <= Max; C < -1: the bounds swap.
  llvm::APInt Low =
      C.isNegative() ? RoundingSDiv(Max, C, Up) : RoundingSDiv(Min, C, Up);
  llvm::APInt High =
      C.isNegative() ? RoundingSDiv(Min, C, Down) : RoundingSDiv(Max, C, Down);
  return z3::sge(X, numeral(Z, Low)) && z3::sle(X, numeral(Z, High));
}

/// The exponent K of a signed divisor C = 2^K with K >= 1; nullopt for any
/// other divisor.
std::optional<unsigned>
positivePowerOfTwo(const std::optional<llvm::APInt> &C) {
  if (!C || C->isNegative() || !C->isPowerOf2() || C->isOne())
    return std::nullopt;
  return C->logBase2();
}

/// X / 2^K for a signed X, rounded toward zero as C++ rounds, by shifts:
/// Z3 bit-blasts a signed division into a whole divider even when the
/// divisor is a power of two, and midpoint.c's (lo + hi) / 2 cost its SMT
/// core 20 to 70 ms per query. A negative X is biased by 2^K - 1 first, so
/// that the arithmetic shift, which rounds down, rounds toward zero.
z3::expr signedQuotientByPowerOfTwo(const z3::expr &X, unsigned K) {
  const unsigned W = X.get_sort().bv_size();
  z3::expr Bias = z3::lshr(z3::ashr(X, W - 1), W - K);
  return z3::ashr(X + Bias, K);
}

} // namespace

Value Arithmetic::constant(const llvm::APSInt &V, ScalarKind Kind) const {
  if (Kind.IsBool)
    return boolean(V.getBoolValue());
  return {numeral(Z, V.extOrTrunc(Kind.Width)), Kind};
}

Value Arithmetic::constant(int64_t V, ScalarKind Kind) const {
  if (Kind.IsBool)
    return boolean(V != 0);
  llvm::APSInt A(llvm::APInt(64, static_cast<uint64_t>(V), /*isSigned=*/true),
                 /*isUnsigned=*/false);
  return constant(A, Kind);
}

Value Arithmetic::fresh(const std::string &Name, ScalarKind Kind) const {
  if (Kind.IsBool)
    return {Z.bool_const(Name.c_str()), Kind};
  return {Z.bv_const(Name.c_str(), Kind.Width), Kind};
}

z3::expr Arithmetic::truth(const Value &V) const {
  if (V.Kind.IsBool)
    return V.Term;
  return V.Term != Z.bv_val(0, V.Kind.Width);
}

Value Arithmetic::convert(const Value &V, ScalarKind To) const {
  if (V.Kind == To)
    return V;
  if (To.IsBool)
    return {truth(V), To};
  if (V.Kind.IsBool)
    return {z3::ite(V.Term, Z.bv_val(1, To.Width), Z.bv_val(0, To.Width)), To};
  if (To.Width == V.Kind.Width)
    return {V.Term, To};
  if (To.Width < V.Kind.Width)
    return {V.Term.extract(To.Width - 1, 0), To};
  unsigned Extra = To.Width - V.Kind.Width;
  return {V.Kind.Signed ? z3::sext(V.Term, Extra) : z3::zext(V.Term, Extra),
          To};
}

z3::expr Arithmetic::minOf(ScalarKind K) const {
  if (!K.Signed)
    return Z.bv_val(0, K.Width);
  return numeral(Z, llvm::APInt::getSignedMinValue(K.Width));
}

z3::expr Arithmetic::maxOf(ScalarKind K) const {
  return numeral(Z, K.Signed ? llvm::APInt::getSignedMaxValue(K.Width)
                             : llvm::APInt::getMaxValue(K.Width));
}

Value Arithmetic::binary(ArithOp Op, const Value &L, const Value &R,
                         ScalarKind Kind, const std::string &Text,
                         std::vector<DefinednessCheck> &Checks) const {
  const unsigned W = Kind.Width;
  const bool S = Kind.Signed;
  z3::expr A = L.Term, B = R.Term;
  z3::expr Zero = Z.bv_val(0, W);
  auto Wide = [&](const z3::expr &X) { return z3::sext(X, W); };
  switch (Op) {
  case ArithOp::Add: {
    z3::expr Sum = A + B;
    if (S)
      Checks.push_back(
          {sumFitsSigned(A, B, Sum), "signed overflow in '" + Text + "'"});
    return {Sum, Kind};
  }
  case ArithOp::Sub: {
    z3::expr Difference = A - B;
    if (S)
      Checks.push_back({differenceFitsSigned(A, B, Difference),
                        "signed overflow in '" + Text + "'"});
    return {Difference, Kind};
  }
  case ArithOp::Mul:
    if (S) {
      std::optional<llvm::APInt> CA = numeralBits(A), CB = numeralBits(B);
      z3::expr Fits = CA   ? productFitsSigned(*CA, B)
                      : CB ? productFitsSigned(*CB, A)
                           : fitsSigned(Wide(A) * Wide(B), W);
      Checks.push_back({Fits, "signed overflow in '" + Text + "'"});
    }
    return {A * B, Kind};
  case ArithOp::Div:
  case ArithOp::Rem: {
    Checks.push_back({B != Zero, "division by zero in '" + Text + "'"});
    if (S)
      Checks.push_back(
          {!(A == minOf(Kind) && B == Z.bv_val(-1, W)),
           "'" + Text + "' overflows: the minimum value divided by -1"});
    if (std::optional<unsigned> K = positivePowerOfTwo(numeralBits(B));
        K && S) {
      z3::expr Quotient = signedQuotientByPowerOfTwo(A, *K);
      if (Op == ArithOp::Div)
        return {Quotient, Kind};
      return {A - z3::shl(Quotient, *K), Kind};
    }
    if (Op == ArithOp::Div)
      return {S ? A / B : z3::udiv(A, B), Kind};
    return {S ? z3::srem(A, B) : z3::urem(A, B), Kind};
  }
  case ArithOp::Shl:
  case ArithOp::Shr: {
    // The shift count has its own (promoted) type.
    const ScalarKind CK = R.Kind;
    z3::expr Count = R.Term;
    z3::expr InRange = z3::ult(Count, Z.bv_val(W, CK.Width));
    if (CK.Signed)
      InRange = InRange && z3::sge(Count, Z.bv_val(0, CK.Width));
    Checks.push_back({InRange, "shift count out of range in '" + Text +
                                   "' (must be in [0, " + std::to_string(W) +
                                   "))"});
    z3::expr C = convert(R, ScalarKind::integer(W, false)).Term;
    if (CK.Width > W) // a count wider than the value: clamp, range checked
      C = z3::ite(z3::ult(Count, Z.bv_val(W, CK.Width)),
                  Count.extract(W - 1, 0), Z.bv_val(W - 1, W));
    if (Op == ArithOp::Shr)
      return {S ? z3::ashr(A, C) : z3::lshr(A, C), Kind};
    if (S && !D.ModularSignedShift) {
      Checks.push_back({z3::sge(A, Zero),
                        "left shift of a negative value in '" + Text + "'"});
      // The result must be representable: no set bit shifted out (nor,
      // in C, into the sign bit).
      z3::expr Fits = z3::lshr(z3::shl(A, C), C) == A;
      if (!D.ShiftIntoSignBit)
        Fits = Fits && z3::sge(z3::shl(A, C), Zero);
      Checks.push_back({z3::implies(z3::sge(A, Zero), Fits),
                        "signed overflow in '" + Text + "'"});
    }
    return {z3::shl(A, C), Kind};
  }
  case ArithOp::And:
    return {A & B, Kind};
  case ArithOp::Or:
    return {A | B, Kind};
  case ArithOp::Xor:
    return {A ^ B, Kind};
  }
  return {A, Kind};
}

Value Arithmetic::negate(const Value &V, const std::string &Text,
                         std::vector<DefinednessCheck> &Checks) const {
  if (V.Kind.Signed)
    Checks.push_back(
        {V.Term != minOf(V.Kind), "signed overflow in '" + Text + "'"});
  return {-V.Term, V.Kind};
}

Value Arithmetic::complement(const Value &V) const { return {~V.Term, V.Kind}; }

Value Arithmetic::compare(CompareOp Op, const Value &L, const Value &R) const {
  const z3::expr &A = L.Term, &B = R.Term;
  auto Bool = [](z3::expr E) { return Value{E, ScalarKind::boolean()}; };
  if (L.Kind.IsBool) {
    // Booleans compare as the integers 0 and 1.
    ScalarKind I = ScalarKind::integer(32, true);
    return compare(Op, convert(L, I), convert(R, I));
  }
  bool S = L.Kind.Signed;
  switch (Op) {
  case CompareOp::Eq:
    return Bool(A == B);
  case CompareOp::Ne:
    return Bool(A != B);
  case CompareOp::Lt:
    return Bool(S ? z3::slt(A, B) : z3::ult(A, B));
  case CompareOp::Le:
    return Bool(S ? z3::sle(A, B) : z3::ule(A, B));
  case CompareOp::Gt:
    return Bool(S ? z3::sgt(A, B) : z3::ugt(A, B));
  case CompareOp::Ge:
    return Bool(S ? z3::sge(A, B) : z3::uge(A, B));
  }
  return Bool(A == B);
}

Value Arithmetic::select(const z3::expr &Cond, const Value &A,
                         const Value &B) const {
  return {z3::ite(Cond, A.Term, B.Term), A.Kind};
}

} // namespace vouch::verify
