//===- BodyCarriers.cpp - assert, Expects, __VERIFIER_* in bodies ---------===//
#include "extract/BodyCarriers.h"

#include "extract/ExprToIR.h"
#include "extract/Locations.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace vouch::extract {
namespace {

struct MacroCarrier {
  llvm::StringRef Name;
  ir::Origin From;
};
constexpr MacroCarrier MacroCarriers[] = {
    {"assert", ir::Origin::Assert},
    {"Expects", ir::Origin::GslExpects},
    {"Ensures", ir::Origin::GslEnsures},
};

class CarrierFinder : public RecursiveASTVisitor<CarrierFinder> {
public:
  CarrierFinder(const FunctionDecl *FD)
      : FD(FD), Ctx(FD->getASTContext()), SM(Ctx.getSourceManager()) {}

  std::vector<ExtractedClause> Found;

  bool TraverseLambdaExpr(LambdaExpr *) { return true; } // not our body

  bool TraverseStmt(Stmt *S) {
    if (auto *E = dyn_cast_or_null<Expr>(S)) {
      if (const MacroCarrier *M = macroCarrierAt(E)) {
        addMacroCarrier(E, *M);
        return true; // the carrier's own expansion holds nothing more
      }
      if (auto *Call = dyn_cast<CallExpr>(E))
        addVerifierCall(Call);
    }
    return RecursiveASTVisitor::TraverseStmt(S);
  }

private:
  /// The carrier macro whose invocation, written in a file, produced E.
  const MacroCarrier *macroCarrierAt(const Expr *E) const {
    SourceLocation Loc = E->getBeginLoc();
    if (!Loc.isMacroID())
      return nullptr;
    SourceLocation NameLoc = SM.getExpansionLoc(Loc);
    llvm::StringRef Name =
        Lexer::getSourceText(CharSourceRange::getTokenRange(NameLoc, NameLoc),
                             SM, Ctx.getLangOpts());
    for (const MacroCarrier &M : MacroCarriers)
      if (Name == M.Name)
        return &M;
    return nullptr;
  }

  /// The largest subexpression spelled inside the macro's parentheses: the
  /// user's condition, whatever the macro wraps around it.
  const Expr *userCondition(const Expr *E, SourceRange Invocation) const {
    auto InArgument = [&](SourceLocation L) {
      L = SM.getSpellingLoc(L);
      return L.isFileID() && SM.isWrittenInSameFile(L, Invocation.getBegin()) &&
             !SM.isBeforeInTranslationUnit(L, Invocation.getBegin()) &&
             SM.isBeforeInTranslationUnit(L, Invocation.getEnd()) &&
             L != Invocation.getBegin();
    };
    if (InArgument(E->getBeginLoc()) && InArgument(E->getEndLoc()))
      return E;
    for (const Stmt *Child : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        if (const Expr *Found = userCondition(CE, Invocation))
          return Found;
    return nullptr;
  }

  ExtractedClause clauseFor(ir::Origin From, const Expr *Anchor) {
    ExtractedClause C;
    C.Clause.From = From;
    C.Clause.Kind = From == ir::Origin::VerifierAssume
                        ? ir::ClauseKind::Assumption
                        : ir::ClauseKind::Assertion;
    C.Owner = FD;
    C.Anchor = Anchor;
    return C;
  }

  /// Fills text, offsets and location from the characters in Range.
  void setText(ExtractedClause &C, CharSourceRange Range) {
    SourceLocation Begin = SM.getSpellingLoc(Range.getBegin());
    C.Clause.Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).str();
    C.FileStart = SM.getLocForStartOfFile(SM.getFileID(Begin));
    unsigned Base = SM.getFileOffset(Begin);
    C.Offsets.reserve(C.Clause.Text.size() + 1);
    for (unsigned I = 0; I <= C.Clause.Text.size(); ++I)
      C.Offsets.push_back(Base + I);
    C.Clause.Loc = locationOf(SM, Begin);
  }

  void addMacroCarrier(const Expr *E, const MacroCarrier &M) {
    CharSourceRange Invocation = SM.getExpansionRange(E->getBeginLoc());
    ExtractedClause C = clauseFor(M.From, E);
    if (const Expr *Cond = userCondition(E, Invocation.getAsRange())) {
      CharSourceRange Text =
          CharSourceRange::getTokenRange(SM.getSpellingLoc(Cond->getBeginLoc()),
                                         SM.getSpellingLoc(Cond->getEndLoc()));
      setText(C, Text);
      C.Condition = Cond;
      C.Clause.Expression =
          toIR(Cond, Ctx, C.FileStart.getLocWithOffset(C.Offsets.front()),
               C.Clause.Text.size());
    } else {
      // The macro dropped its argument (assert under NDEBUG): keep the text.
      llvm::StringRef Whole =
          Lexer::getSourceText(Invocation, SM, Ctx.getLangOpts());
      std::size_t Open = Whole.find('('), Close = Whole.rfind(')');
      if (Open != llvm::StringRef::npos && Close != llvm::StringRef::npos &&
          Open < Close) {
        SourceLocation B = Invocation.getBegin().getLocWithOffset(Open + 1);
        setText(C, CharSourceRange::getCharRange(
                       B, Invocation.getBegin().getLocWithOffset(Close)));
      }
      C.Clause.Status = ir::ClauseStatus::Unsupported;
      C.Clause.Diagnostic = "'" + M.Name.str() +
                            "' expands to nothing here (is NDEBUG defined?); "
                            "its condition was not compiled";
    }
    if (M.From == ir::Origin::GslExpects && isLeading(E))
      C.Clause.Kind = ir::ClauseKind::Precondition;
    Found.push_back(std::move(C));
  }

  /// GSL's Expects at the top of a body states the function's precondition.
  bool isLeading(const Expr *E) const {
    const auto *Body = dyn_cast_or_null<CompoundStmt>(FD->getBody());
    if (!Body)
      return false;
    for (const Stmt *S : Body->body()) {
      if (S == E || (isa<Expr>(S) && cast<Expr>(S)->IgnoreImplicit() == E))
        return true;
      const auto *SE = dyn_cast<Expr>(S);
      if (!SE || !macroCarrierAt(SE) ||
          macroCarrierAt(SE)->From != ir::Origin::GslExpects)
        return false;
    }
    return false;
  }

  void addVerifierCall(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || Call->getNumArgs() != 1 || !Callee->getIdentifier())
      return;
    llvm::StringRef Name = Callee->getName();
    ir::Origin From;
    if (Name == "__VERIFIER_assert")
      From = ir::Origin::VerifierAssert;
    else if (Name == "__VERIFIER_assume")
      From = ir::Origin::VerifierAssume;
    else
      return;
    const Expr *Cond = Call->getArg(0)->IgnoreImplicit();
    ExtractedClause C = clauseFor(From, Call);
    setText(C, CharSourceRange::getTokenRange(
                   SM.getSpellingLoc(Cond->getBeginLoc()),
                   SM.getSpellingLoc(Cond->getEndLoc())));
    C.Condition = Cond;
    C.Clause.Expression =
        toIR(Cond, Ctx, C.FileStart.getLocWithOffset(C.Offsets.front()),
             C.Clause.Text.size());
    Found.push_back(std::move(C));
  }

  const FunctionDecl *FD;
  ASTContext &Ctx;
  const SourceManager &SM;
};

} // namespace

std::vector<ExtractedClause> findBodyCarriers(const FunctionDecl *FD) {
  if (!FD->hasBody() || !FD->doesThisDeclarationHaveABody())
    return {};
  CarrierFinder Finder(FD);
  Finder.TraverseStmt(FD->getBody());
  return std::move(Finder.Found);
}

} // namespace vouch::extract
