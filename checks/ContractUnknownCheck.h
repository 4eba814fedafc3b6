//===- ContractUnknownCheck.h - contract-unknown ----------------*- C++ -*-===//
//
// Reports every obligation vouch could neither prove nor refute, with the
// reason (a loop beyond its bound, unsupported code, a solver timeout), so
// that a CI gate can choose whether such verdicts fail a build. Undecided
// undefined behaviour is reported only in functions that have a contract.
//
// Documentation: docs/checks/contract-unknown.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTUNKNOWNCHECK_H
#define VOUCH_CHECKS_CONTRACTUNKNOWNCHECK_H

#include "VerificationCheck.h"

namespace vouch::checks {

class ContractUnknownCheck : public VerificationCheck {
public:
  using VerificationCheck::VerificationCheck;

protected:
  bool owns(const verify::Finding &F,
            const verify::FunctionReport &Report) const override;
  bool reports(const verify::Finding &F,
               const verify::FunctionReport &Report) const override;
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTUNKNOWNCHECK_H
