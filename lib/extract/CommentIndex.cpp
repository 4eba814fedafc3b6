//===- CommentIndex.cpp - Where the comments of a file are ----------------===//
#include "extract/CommentIndex.h"

#include "clang/Lex/Lexer.h"

#include <algorithm>

using namespace clang;

namespace vouch::extract {
namespace {

// `///<` and `/**<` document the declaration before them, never the next.
bool documentsPreviousDecl(llvm::StringRef Text) {
  return Text.size() > 3 && Text[3] == '<' &&
         (Text.starts_with("///") || Text.starts_with("//!") ||
          Text.starts_with("/**") || Text.starts_with("/*!"));
}

} // namespace

const CommentIndex::FileComments &CommentIndex::commentsOf(FileID File) {
  auto It = Files.find(File);
  if (It != Files.end())
    return It->second;
  FileComments &FC = Files[File];
  std::optional<llvm::MemoryBufferRef> Buffer = SM.getBufferOrNone(File);
  if (!Buffer)
    return FC;
  FC.Buffer = Buffer->getBuffer();
  Lexer Lex(File, *Buffer, SM, LangOpts);
  Lex.SetCommentRetentionState(true);
  Token Tok;
  while (true) {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      break;
    unsigned Begin = SM.getFileOffset(Tok.getLocation());
    unsigned End = Begin + Tok.getLength();
    if (Tok.is(tok::comment)) {
      llvm::StringRef Text = FC.Buffer.substr(Begin, Tok.getLength());
      contract::CommentStyle Style = contract::classifyComment(Text);
      if (Style != contract::CommentStyle::Plain &&
          !documentsPreviousDecl(Text))
        FC.Comments.push_back({Begin, End, Style, Text.starts_with("//")});
    } else {
      FC.TokenBegin.push_back(Begin);
      FC.TokenEnd.push_back(End);
    }
  }
  return FC;
}

std::vector<CommentGroup> CommentIndex::group(FileID File,
                                              const FileComments &FC,
                                              std::size_t First,
                                              std::size_t Last) {
  std::vector<CommentGroup> Groups;
  for (std::size_t I = First; I < Last; ++I) {
    const Comment &C = FC.Comments[I];
    contract::CommentLine Line{FC.Buffer.substr(C.Begin, C.End - C.Begin),
                               C.Begin};
    bool Continues = false;
    if (!Groups.empty() && C.IsLine) {
      const Comment &Prev = FC.Comments[I - 1];
      llvm::StringRef Between = FC.Buffer.substr(Prev.End, C.Begin - Prev.End);
      // A run of line comments of one style, on consecutive lines.
      Continues = Prev.IsLine && Prev.Style == C.Style &&
                  Between.count('\n') <= 1 &&
                  Between.find_first_not_of(" \t\r\n") == llvm::StringRef::npos;
    }
    if (Continues) {
      Groups.back().Lines.push_back(Line);
      Groups.back().End = C.End;
    } else {
      Groups.push_back({File, {Line}, C.Begin, C.End});
    }
  }
  return Groups;
}

std::vector<CommentGroup> CommentIndex::groupsBefore(SourceLocation Loc) {
  Loc = SM.getExpansionLoc(Loc);
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  const FileComments &FC = commentsOf(File);
  // The last token that ends at or before Loc bounds the search.
  auto TokIt = std::upper_bound(FC.TokenEnd.begin(), FC.TokenEnd.end(), Offset);
  unsigned Floor = TokIt == FC.TokenEnd.begin() ? 0 : *std::prev(TokIt);
  auto ByBegin = [](const Comment &C, unsigned O) { return C.Begin < O; };
  std::size_t First =
      std::lower_bound(FC.Comments.begin(), FC.Comments.end(), Floor, ByBegin) -
      FC.Comments.begin();
  std::size_t Last = std::lower_bound(FC.Comments.begin(), FC.Comments.end(),
                                      Offset, ByBegin) -
                     FC.Comments.begin();
  // A comment on the same line as the previous token trails that token.
  while (
      First < Last && Floor > 0 &&
      !FC.Buffer.substr(Floor, FC.Comments[First].Begin - Floor).contains('\n'))
    ++First;
  return group(File, FC, First, Last);
}

std::vector<CommentGroup> CommentIndex::groupsWithin(SourceRange Range) {
  SourceLocation B = SM.getExpansionLoc(Range.getBegin());
  SourceLocation E = SM.getExpansionLoc(Range.getEnd());
  auto [File, Begin] = SM.getDecomposedLoc(B);
  auto [EndFile, End] = SM.getDecomposedLoc(E);
  if (File != EndFile)
    return {};
  const FileComments &FC = commentsOf(File);
  auto ByBegin = [](const Comment &C, unsigned O) { return C.Begin < O; };
  std::size_t First =
      std::lower_bound(FC.Comments.begin(), FC.Comments.end(), Begin, ByBegin) -
      FC.Comments.begin();
  std::size_t Last =
      std::lower_bound(FC.Comments.begin(), FC.Comments.end(), End, ByBegin) -
      FC.Comments.begin();
  return group(File, FC, First, Last);
}

unsigned CommentIndex::nextTokenAfter(FileID File, unsigned Offset) {
  const FileComments &FC = commentsOf(File);
  auto It =
      std::lower_bound(FC.TokenBegin.begin(), FC.TokenBegin.end(), Offset);
  return It == FC.TokenBegin.end() ? FC.Buffer.size() : *It;
}

} // namespace vouch::extract
