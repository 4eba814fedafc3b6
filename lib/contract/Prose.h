//===- Prose.h - Doc-comment clauses written for people ---------*- C++ -*-===//
//
// Real code carries contracts written in English: `\pre the range is
// sorted`, `\post result is a valid index`. Such a clause is informal: it is
// kept and counted, not reported as a malformed expression. A clause that
// does not parse is taken as prose when two words follow each other with
// nothing but blanks between them (no C++ expression has that shape, short
// of a few keywords), or when it has no operator at all.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CONTRACT_PROSE_H
#define VOUCH_CONTRACT_PROSE_H

#include "llvm/ADT/StringRef.h"

namespace vouch::contract {

/// Whether Text, a clause that did not parse as an expression, reads as
/// prose rather than as broken code.
bool looksLikeProse(llvm::StringRef Text);

} // namespace vouch::contract

#endif // VOUCH_CONTRACT_PROSE_H
