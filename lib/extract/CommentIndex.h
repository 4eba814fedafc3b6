//===- CommentIndex.h - Where the comments of a file are -------*- C++ -*-===//
//
// Clang attaches only doc comments to declarations, and ACSL's `/*@` and
// `//@` are ordinary comments to it. The index raw-lexes each file once and
// answers "which contract comments are written immediately before this
// location" and "which are inside this range", for every comment style.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_EXTRACT_COMMENTINDEX_H
#define VOUCH_EXTRACT_COMMENTINDEX_H

#include "contract/CommentClauses.h"

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

#include <vector>

namespace vouch::extract {

/// Consecutive contract comments that form one annotation: a run of `///`
/// or `//@` lines, or one block comment. Line offsets are file offsets.
struct CommentGroup {
  clang::FileID File;
  std::vector<contract::CommentLine> Lines;
  unsigned Begin = 0; // file offset of the first comment
  unsigned End = 0;   // file offset just past the last comment
};

class CommentIndex {
public:
  CommentIndex(const clang::SourceManager &SM, const clang::LangOptions &LO)
      : SM(SM), LangOpts(LO) {}

  /// The groups between the token before Loc and Loc itself: the comments a
  /// reader sees as written on the declaration or statement at Loc.
  std::vector<CommentGroup> groupsBefore(clang::SourceLocation Loc);

  /// The groups that start inside Range (both ends in one file).
  std::vector<CommentGroup> groupsWithin(clang::SourceRange Range);

  /// The file offset of the first token at or after Offset in File.
  unsigned nextTokenAfter(clang::FileID File, unsigned Offset);

private:
  struct Comment {
    unsigned Begin = 0;
    unsigned End = 0;
    contract::CommentStyle Style = contract::CommentStyle::Plain;
    bool IsLine = false;
  };
  struct FileComments {
    std::vector<Comment> Comments;    // contract comments only, in order
    std::vector<unsigned> TokenBegin; // non-comment tokens, in order
    std::vector<unsigned> TokenEnd;
    llvm::StringRef Buffer;
  };

  const FileComments &commentsOf(clang::FileID File);
  std::vector<CommentGroup> group(clang::FileID File, const FileComments &FC,
                                  std::size_t First, std::size_t Last);

  const clang::SourceManager &SM;
  const clang::LangOptions &LangOpts;
  llvm::DenseMap<clang::FileID, FileComments> Files;
};

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_COMMENTINDEX_H
