//===- ContractExtractor.cpp - Contracts of declarations ------------------===//
#include "extract/ContractExtractor.h"

#include "contract/CommentClauses.h"
#include "contract/Parser.h"
#include "contract/Prose.h"
#include "extract/BodyCarriers.h"
#include "extract/Locations.h"
#include "extract/NameResolver.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <algorithm>

using namespace clang;

namespace vouch::extract {

SourceLocation ExtractedClause::locationAt(unsigned TextIndex) const {
  if (Offsets.empty() || FileStart.isInvalid())
    return FileStart;
  unsigned I = std::min<unsigned>(TextIndex, Offsets.size() - 1);
  return FileStart.getLocWithOffset(Offsets[I]);
}

namespace {

/// Where the comments of a declaration end: before its template header and
/// its attributes, which the declaration's own begin location skips.
SourceLocation commentAnchor(const Decl *D) {
  const SourceManager &SM = D->getASTContext().getSourceManager();
  SourceLocation Begin = SM.getExpansionLoc(D->getBeginLoc());
  auto Earlier = [&](SourceLocation L) {
    if (L.isInvalid())
      return;
    L = SM.getExpansionLoc(L);
    if (SM.isWrittenInSameFile(L, Begin) &&
        SM.isBeforeInTranslationUnit(L, Begin))
      Begin = L;
  };
  if (const auto *DD = dyn_cast<DeclaratorDecl>(D))
    Earlier(DD->getOuterLocStart());
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    if (const FunctionTemplateDecl *FT = FD->getDescribedFunctionTemplate())
      Earlier(FT->getBeginLoc());
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    if (const ClassTemplateDecl *CT = RD->getDescribedClassTemplate())
      Earlier(CT->getBeginLoc());
  for (const Attr *A : D->attrs())
    if (!A->isImplicit())
      Earlier(A->getLocation());
  return Begin;
}

std::string misplacement(ir::ClauseKind Kind, const std::string &Keyword,
                         bool InBody, bool OnClass) {
  std::string K = "'" + Keyword + "'";
  switch (Kind) {
  case ir::ClauseKind::Precondition:
  case ir::ClauseKind::Postcondition:
    if (InBody)
      return K + " inside a function body; write it in the comment before "
                 "the function";
    if (OnClass)
      return K + " on a class; write it on one of its member functions";
    return "";
  case ir::ClauseKind::Invariant:
    if (OnClass)
      return "";
    return K + " here is neither a class invariant nor a loop invariant; "
               "write it on the class, or just before a loop";
  case ir::ClauseKind::LoopInvariant:
    return K + " must be written just before a loop";
  case ir::ClauseKind::Assertion:
  case ir::ClauseKind::Assumption:
    if (InBody)
      return "";
    return K + " belongs inside a function body";
  }
  return "";
}

/// Loops of a body by the file offset where they start, and the local
/// variables in declaration order.
class BodyIndex : public RecursiveASTVisitor<BodyIndex> {
public:
  explicit BodyIndex(const SourceManager &SM) : SM(SM) {}
  bool VisitStmt(Stmt *S) {
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
      Loops.push_back(
          {SM.getFileOffset(SM.getExpansionLoc(S->getBeginLoc())), S});
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (!isa<ParmVarDecl>(V))
      Locals.push_back(V);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  const Stmt *loopAt(unsigned Offset) const {
    for (const auto &[O, S] : Loops)
      if (O == Offset)
        return S;
    return nullptr;
  }
  /// Locals declared before Offset, as a reader sees them in scope.
  std::vector<const VarDecl *> localsBefore(unsigned Offset) const {
    std::vector<const VarDecl *> Out;
    for (const VarDecl *V : Locals)
      if (SM.getFileOffset(SM.getExpansionLoc(V->getLocation())) < Offset)
        Out.push_back(V);
    return Out;
  }

  std::vector<std::pair<unsigned, const Stmt *>> Loops;
  std::vector<const VarDecl *> Locals;

private:
  const SourceManager &SM;
};

SourceLocation loopBody(const Stmt *Loop) {
  if (const auto *F = dyn_cast<ForStmt>(Loop))
    return F->getBody()->getBeginLoc();
  if (const auto *R = dyn_cast<CXXForRangeStmt>(Loop))
    return R->getBody()->getBeginLoc();
  return Loop->getBeginLoc();
}

} // namespace

std::vector<ExtractedClause> ContractExtractor::clausesFromComments(
    const std::vector<CommentGroup> &Groups, Place Where, const Decl *Owner,
    const Stmt *Loop, std::vector<ContractProblem> &Problems) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<ExtractedClause> Out;
  for (const CommentGroup &G : Groups) {
    SourceLocation FileStart = SM.getLocForStartOfFile(G.File);
    contract::CommentScan Scan = contract::scanCommentGroup(G.Lines);
    for (const contract::CommentProblem &P : Scan.Problems)
      Problems.push_back({FileStart.getLocWithOffset(P.Offset), P.Message});
    for (const contract::CommentClause &CC : Scan.Clauses) {
      ExtractedClause C;
      C.Clause.Kind = CC.Kind;
      C.Clause.From = CC.From;
      C.Clause.Text = CC.Text;
      C.FileStart = FileStart;
      C.Offsets = CC.Offsets;
      C.Owner = Owner;
      C.Syntax = CC.ExprDialect;
      C.QuotedInProse = CC.QuotedInProse;
      C.Clause.Loc = locationOf(SM, C.locationAt(0));
      bool AboutInvariant = CC.Kind == ir::ClauseKind::Invariant ||
                            CC.Kind == ir::ClauseKind::LoopInvariant;
      if (Where == Place::Class && CC.Keyword == "invariant")
        C.Clause.Kind = ir::ClauseKind::Invariant; // ACSL's class form
      if (Loop && AboutInvariant) {
        C.Clause.Kind = ir::ClauseKind::LoopInvariant;
        C.Anchor = Loop;
        C.Clause.Scope = locationOf(SM, Loop->getBeginLoc());
      }
      if (!CC.Unsupported.empty()) {
        C.Clause.Status = ir::ClauseStatus::Unsupported;
        C.Clause.Diagnostic = CC.Unsupported;
      } else if (!C.Anchor) {
        std::string Misplaced =
            misplacement(C.Clause.Kind, CC.Keyword, Where == Place::Body,
                         Where == Place::Class);
        bool Prose =
            CC.From == ir::Origin::DocComment &&
            !contract::parseExpression(CC.Text, CC.ExprDialect).Expression &&
            contract::looksLikeProse(CC.Text);
        if (!Misplaced.empty()) {
          Problems.push_back(
              {FileStart.getLocWithOffset(CC.KeywordOffset), Misplaced, Prose});
          C.Clause.Status =
              Prose ? ir::ClauseStatus::Informal : ir::ClauseStatus::Invalid;
          C.Clause.Diagnostic = Prose ? "prose, not an expression" : Misplaced;
        }
      }
      Out.push_back(std::move(C));
    }
  }
  return Out;
}

void ContractExtractor::resolve(ExtractedClause &C,
                                llvm::ArrayRef<const VarDecl *> Locals,
                                std::vector<ContractProblem> &Problems) {
  if (C.Clause.Status != ir::ClauseStatus::Formal || C.Condition)
    return;
  contract::ParseResult Parsed =
      contract::parseExpression(C.Clause.Text, C.Syntax);
  auto Report = [&](unsigned Begin, const std::string &Message,
                    bool Unsupported) {
    while (Begin < C.Clause.Text.size() && C.Clause.Text[Begin] == ' ')
      ++Begin;
    // "`n` is a power of two": what the backticks hold is a name in a
    // sentence, not the condition.
    if (C.QuotedInProse && !Unsupported) {
      C.Clause.Status = ir::ClauseStatus::Informal;
      C.Clause.Diagnostic = "prose around a quoted expression: " + Message;
      Problems.push_back({C.locationAt(Begin), Message, true});
      return;
    }
    C.Clause.Status =
        Unsupported ? ir::ClauseStatus::Unsupported : ir::ClauseStatus::Invalid;
    C.Clause.Diagnostic = Message;
    if (!Unsupported)
      Problems.push_back({C.locationAt(Begin), Message});
  };
  if (!Parsed.Expression) {
    const contract::ParseError &E = Parsed.Errors.front();
    if (C.Clause.From == ir::Origin::DocComment && !E.Unsupported &&
        contract::looksLikeProse(C.Clause.Text)) {
      C.Clause.Status = ir::ClauseStatus::Informal;
      C.Clause.Diagnostic = "prose, not an expression: " + E.Message;
      Problems.push_back({C.locationAt(E.Begin), E.Message, true});
      return;
    }
    Report(E.Begin, E.Message, E.Unsupported);
    return;
  }
  ir::Expr Tree = std::move(*Parsed.Expression);
  ClauseScope Scope;
  Scope.Kind = C.Clause.Kind;
  Scope.PP = PP;
  Scope.Function = dyn_cast_or_null<FunctionDecl>(C.Owner);
  Scope.Record = dyn_cast_or_null<CXXRecordDecl>(C.Owner);
  Scope.Locals = Locals;
  BoundExpr Bound;
  if (std::optional<ResolveProblem> P = resolveClause(Tree, Scope, &Bound)) {
    Report(P->Begin, P->Message, P->Unsupported);
    return;
  }
  C.Clause.Expression = std::move(Tree);
  C.Bound = std::move(Bound);
}

std::vector<ExtractedClause>
ContractExtractor::clausesInBody(const FunctionDecl *D,
                                 std::vector<ContractProblem> &Problems) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<ExtractedClause> Out;
  const Stmt *Body = D->getBody();
  BodyIndex Index(SM);
  Index.TraverseStmt(const_cast<Stmt *>(Body));
  for (const CommentGroup &G : Comments.groupsWithin(Body->getSourceRange())) {
    const Stmt *Loop = Index.loopAt(Comments.nextTokenAfter(G.File, G.End));
    // A loop's invariant also sees the variables its header declares.
    unsigned VisibleUpTo = G.Begin;
    if (Loop)
      VisibleUpTo = SM.getFileOffset(SM.getExpansionLoc(loopBody(Loop)));
    std::vector<const VarDecl *> Locals = Index.localsBefore(VisibleUpTo);
    for (ExtractedClause &C :
         clausesFromComments({G}, Place::Body, D, Loop, Problems)) {
      resolve(C, Locals, Problems);
      Out.push_back(std::move(C));
    }
  }
  return Out;
}

std::vector<ExtractedClause>
ContractExtractor::clausesOn(const FunctionDecl *D,
                             std::vector<ContractProblem> &Problems) {
  std::vector<ExtractedClause> Out =
      clausesFromComments(Comments.groupsBefore(commentAnchor(D)),
                          Place::Function, D, nullptr, Problems);
  for (ExtractedClause &C : Out)
    resolve(C, {}, Problems);
  if (D->doesThisDeclarationHaveABody() && D->getBody()) {
    for (ExtractedClause &C : clausesInBody(D, Problems))
      Out.push_back(std::move(C));
    for (ExtractedClause &C : findBodyCarriers(D))
      Out.push_back(std::move(C));
  }
  return Out;
}

FunctionContract
ContractExtractor::contractOf(const FunctionDecl *FD,
                              std::vector<ContractProblem> &Problems) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<const FunctionDecl *> Decls(FD->redecls_begin(),
                                          FD->redecls_end());
  std::sort(Decls.begin(), Decls.end(),
            [&](const FunctionDecl *A, const FunctionDecl *B) {
              return SM.isBeforeInTranslationUnit(A->getLocation(),
                                                  B->getLocation());
            });
  FunctionContract Result;
  Result.Function = FD->getDefinition() ? FD->getDefinition() : FD;
  for (const FunctionDecl *D : Decls)
    for (ExtractedClause &C : clausesOn(D, Problems)) {
      // The same clause repeated on the definition adds nothing.
      bool Repeated = std::any_of(Result.Clauses.begin(), Result.Clauses.end(),
                                  [&](const ExtractedClause &Seen) {
                                    return Seen.Clause.Kind == C.Clause.Kind &&
                                           Seen.Clause.Text == C.Clause.Text &&
                                           !C.Condition && !C.Anchor;
                                  });
      if (!Repeated)
        Result.Clauses.push_back(std::move(C));
    }
  return Result;
}

ClassContract
ContractExtractor::invariantsOf(const CXXRecordDecl *RD,
                                std::vector<ContractProblem> &Problems) {
  ClassContract Result;
  Result.Record = RD;
  Result.Invariants =
      clausesFromComments(Comments.groupsBefore(commentAnchor(RD)),
                          Place::Class, RD, nullptr, Problems);
  for (ExtractedClause &C : Result.Invariants)
    resolve(C, {}, Problems);
  return Result;
}

ir::FunctionSpec toSpec(const FunctionContract &Contract) {
  const FunctionDecl *FD = Contract.Function;
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  ir::FunctionSpec Spec;
  Spec.QualifiedName = FD->getQualifiedNameAsString();
  Spec.Signature =
      FD->getType().getAsString(FD->getASTContext().getPrintingPolicy());
  if (isa<CXXConstructorDecl>(FD))
    Spec.Kind = ir::FunctionKind::Constructor;
  else if (isa<CXXDestructorDecl>(FD))
    Spec.Kind = ir::FunctionKind::Destructor;
  else if (isa<CXXConversionDecl>(FD))
    Spec.Kind = ir::FunctionKind::Conversion;
  else if (isa<CXXMethodDecl>(FD))
    Spec.Kind = ir::FunctionKind::Method;
  Spec.IsTemplate = FD->isTemplated();
  Spec.Loc = locationOf(SM, FD->getFirstDecl()->getLocation());
  for (const ExtractedClause &C : Contract.Clauses)
    Spec.Clauses.push_back(C.Clause);
  return Spec;
}

ir::ClassSpec toSpec(const ClassContract &Contract) {
  const SourceManager &SM = Contract.Record->getASTContext().getSourceManager();
  ir::ClassSpec Spec;
  Spec.QualifiedName = Contract.Record->getQualifiedNameAsString();
  Spec.Loc = locationOf(SM, Contract.Record->getLocation());
  for (const ExtractedClause &C : Contract.Invariants)
    Spec.Invariants.push_back(C.Clause);
  return Spec;
}

} // namespace vouch::extract
