//===- BodyCarriers.h - assert, Expects, __VERIFIER_* in bodies -*- C++ -*-===//
//
// Finds the in-body contract carriers of a function: `assert(e)`, GSL's
// `Expects(e)`/`Ensures(e)` (recognised by the macro the user wrote, after
// expansion, so GSL's real headers work), and the SV-COMP functions
// `__VERIFIER_assert(e)`/`__VERIFIER_assume(e)`.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_EXTRACT_BODYCARRIERS_H
#define VOUCH_EXTRACT_BODYCARRIERS_H

#include "extract/Contract.h"

namespace vouch::extract {

std::vector<ExtractedClause> findBodyCarriers(const clang::FunctionDecl *FD);

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_BODYCARRIERS_H
