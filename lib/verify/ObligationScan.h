//===- ObligationScan.h - Functions that cannot owe an obligation -*- C++ -*-=//
//
// Most functions of real code have no contract and no operation the
// executor could find undefined, yet encoding them costs as much as
// parsing them. This scan reads a function's body (and the bodies of the
// callees the executor would inline) without encoding anything, and tells
// whether a run could raise an obligation at all. It over-approximates:
// "may owe" whenever it is unsure, so that skipping the executor where it
// says "cannot owe" changes no verdict. test/obligation-scan checks that
// claim against the executor over every input the tests have.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_OBLIGATIONSCAN_H
#define VOUCH_VERIFY_OBLIGATIONSCAN_H

#include "verify/ContractIndex.h"

namespace vouch::verify {

class ObligationScan {
public:
  explicit ObligationScan(ContractIndex &Contracts) : Contracts(Contracts) {}

  /// Whether verifying FD may raise an obligation: a clause of FD, of its
  /// class or of a callee; an operation that may be undefined; a read of a
  /// variable that may be unassigned; or a path that may flow off the end
  /// of a function returning a value.
  bool mayOwe(const clang::FunctionDecl *FD);

private:
  ContractIndex &Contracts;
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_OBLIGATIONSCAN_H
