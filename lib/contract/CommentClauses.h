//===- CommentClauses.h - Find contract clauses in comment text -*- C++ -*-===//
//
// Splits the raw text of one comment into contract clauses: doc-comment
// commands (`\pre`, `@post`, `Invariant:` ...) and ACSL annotations
// (`requires e;`, `loop invariant e;` ...). Works on raw text rather than on
// Clang's Doxygen model because Doxygen treats `\result` as a command and
// drops exact columns; every character of a clause keeps its offset in the
// comment so that diagnostics point inside the comment.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CONTRACT_COMMENTCLAUSES_H
#define VOUCH_CONTRACT_COMMENTCLAUSES_H

#include "contract/Parser.h"
#include "ir/Spec.h"

#include <string>
#include <string_view>
#include <vector>

namespace vouch::contract {

enum class CommentStyle {
  Plain, // not a contract carrier
  Doc,   // ///, //!, /** */, /*! */
  Acsl,  // //@, /*@ */
};

CommentStyle classifyComment(std::string_view RawComment);

/// A clause as written: its kind, its expression text with decorations
/// removed, and where each character of that text sits in the comment.
struct CommentClause {
  ir::ClauseKind Kind = ir::ClauseKind::Precondition;
  ir::Origin From = ir::Origin::DocComment;
  Dialect ExprDialect = Dialect::Cxx;
  std::string Keyword; // as written, e.g. "\\pre", "Postcondition:", "ensures"
  std::string Text;
  /// Offsets[i] is the comment offset of Text[i]; Offsets[Text.size()] is
  /// the offset just past the clause (so half-open ranges map too).
  std::vector<unsigned> Offsets;
  unsigned KeywordOffset = 0;
  /// Set for annotations that are well-formed but not modelled (ACSL
  /// `assigns`, `behavior` ...): the clause is kept, with this reason.
  std::string Unsupported;
  /// The expression was quoted in backticks inside prose ("`n` is a power
  /// of two"): if it is not a valid condition, the clause is prose.
  bool QuotedInProse = false;

  unsigned offsetOf(unsigned TextIndex) const {
    if (Offsets.empty())
      return KeywordOffset;
    return Offsets[TextIndex < Offsets.size() ? TextIndex : Offsets.size() - 1];
  }
};

/// Comments can hold clauses that are mistakes worth reporting (an empty
/// `\pre`, an ACSL annotation without its `;`).
struct CommentProblem {
  unsigned Offset = 0;
  std::string Message;
};

struct CommentScan {
  std::vector<CommentClause> Clauses;
  std::vector<CommentProblem> Problems;
};

/// Scans one whole comment, including its delimiters (`///`, `/*@` ...).
CommentScan scanComment(std::string_view RawComment);

/// Scans a run of consecutive `//@` or `///` line comments as one
/// annotation, as ACSL and Doxygen both do. Each element is one line comment
/// and the offset of its first character in a common coordinate space.
struct CommentLine {
  std::string_view Text;
  unsigned Offset = 0;
};
CommentScan scanCommentGroup(const std::vector<CommentLine> &Lines);

} // namespace vouch::contract

#endif // VOUCH_CONTRACT_COMMENTCLAUSES_H
