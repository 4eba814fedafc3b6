//===- Counterexample.h - Models as C++ values and paths --------*- C++ -*-===//
#ifndef VOUCH_VERIFY_COUNTEREXAMPLE_H
#define VOUCH_VERIFY_COUNTEREXAMPLE_H

#include "verify/Executor.h"

namespace vouch::verify {

/// A model's value of V, spelled as C++ would write a value of type T:
/// "-2147483648", "4294967295", "true", "'a'", "Color::Red".
std::string formatValue(const z3::model &Model, const Value &V,
                        clang::QualType T, const clang::ASTContext &Ctx);

/// Fills Out's inputs and path notes from a model of Obligation O.
void describeCounterexample(const z3::model &Model, const Obligation &O,
                            const Executor &Run, const clang::ASTContext &Ctx,
                            Finding &Out);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_COUNTEREXAMPLE_H
