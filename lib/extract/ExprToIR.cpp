//===- ExprToIR.cpp - Clang expressions as spec IR trees ------------------===//
#include "extract/ExprToIR.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace vouch::extract {
namespace {

class Converter {
public:
  Converter(const ASTContext &Ctx, SourceLocation Origin, unsigned Length)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Origin(Origin), Length(Length) {}

  ir::Expr convert(const Expr *E) {
    E = E->IgnoreImplicit();
    if (const auto *P = dyn_cast<ParenExpr>(E))
      return convert(P->getSubExpr());
    ir::Expr Out = convertNode(E);
    Out.Type = E->getType().getAsString(Ctx.getPrintingPolicy());
    placeRange(Out, E);
    return Out;
  }

private:
  ir::Expr node(ir::ExprKind Kind, std::string Op = "") {
    ir::Expr Out;
    Out.Kind = Kind;
    Out.Op = std::move(Op);
    return Out;
  }

  std::string spelling(const Expr *E) const {
    CharSourceRange R = CharSourceRange::getTokenRange(
        SM.getSpellingLoc(E->getBeginLoc()), SM.getSpellingLoc(E->getEndLoc()));
    return Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
  }

  ir::Expr convertNode(const Expr *E) {
    if (const auto *IL = dyn_cast<IntegerLiteral>(E)) {
      ir::Expr Out = node(ir::ExprKind::IntLiteral);
      Out.Value = llvm::toString(IL->getValue(), 10,
                                 IL->getType()->isSignedIntegerType());
      return Out;
    }
    if (const auto *BL = dyn_cast<CXXBoolLiteralExpr>(E)) {
      ir::Expr Out = node(ir::ExprKind::BoolLiteral);
      Out.Value = BL->getValue() ? "true" : "false";
      return Out;
    }
    if (isa<CharacterLiteral>(E) || isa<StringLiteral>(E)) {
      ir::Expr Out = node(isa<StringLiteral>(E) ? ir::ExprKind::StringLiteral
                                                : ir::ExprKind::CharLiteral);
      Out.Value = spelling(E);
      return Out;
    }
    if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E))
      return node(ir::ExprKind::NullPtr);
    if (isa<CXXThisExpr>(E))
      return node(ir::ExprKind::This);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return convertDeclRef(DRE);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      return convertUnary(UO);
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      ir::Expr Out = node(ir::ExprKind::Binary, BO->getOpcodeStr().str());
      Out.Children = {convert(BO->getLHS()), convert(BO->getRHS())};
      return Out;
    }
    if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
      ir::Expr Out = node(ir::ExprKind::Conditional);
      Out.Children = {convert(CO->getCond()), convert(CO->getTrueExpr()),
                      convert(CO->getFalseExpr())};
      return Out;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      ir::Expr Out = node(ir::ExprKind::Member, ME->isArrow() ? "->" : ".");
      Out.Name = ME->getMemberDecl()->getNameAsString();
      Out.Target = {isa<FieldDecl>(ME->getMemberDecl()) ? ir::RefKind::Field
                                                        : ir::RefKind::Method,
                    ME->getMemberDecl()->getQualifiedNameAsString(), -1};
      if (ME->isImplicitAccess()) {
        Out.Children = {node(ir::ExprKind::This)};
        Out.Children[0].Type = ME->getBase()->getType().getAsString();
      } else {
        Out.Children = {convert(ME->getBase())};
      }
      return Out;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      ir::Expr Out = node(ir::ExprKind::Index);
      Out.Children = {convert(AS->getBase()), convert(AS->getIdx())};
      return Out;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E)) {
      ir::Expr Out =
          node(ir::ExprKind::Cast,
               isa<CStyleCastExpr>(E) ? "c-style" : Cast->getStmtClassName());
      if (const auto *Named = dyn_cast<CXXNamedCastExpr>(E))
        Out.Op = Named->getCastName();
      Out.Name = Cast->getTypeAsWritten().getAsString();
      Out.Children = {convert(Cast->getSubExpr())};
      return Out;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return convertCall(Call);
    // Anything else is kept as its source text, so that nothing is lost.
    ir::Expr Out = node(ir::ExprKind::Name);
    Out.Name = spelling(E);
    return Out;
  }

  ir::Expr convertDeclRef(const DeclRefExpr *DRE) {
    ir::Expr Out = node(ir::ExprKind::Name);
    const ValueDecl *D = DRE->getDecl();
    Out.Name = DRE->getNameInfo().getAsString();
    if (DRE->hasQualifier())
      Out.Name = D->getQualifiedNameAsString();
    Out.Target.QualifiedName = D->getQualifiedNameAsString();
    if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
      Out.Target.Kind = ir::RefKind::Parameter;
      Out.Target.Index = static_cast<int>(P->getFunctionScopeIndex());
      Out.Target.QualifiedName = P->getNameAsString();
    } else if (const auto *V = dyn_cast<VarDecl>(D)) {
      Out.Target.Kind = V->hasLocalStorage() || V->isStaticLocal()
                            ? ir::RefKind::Local
                            : ir::RefKind::Global;
      if (Out.Target.Kind == ir::RefKind::Local)
        Out.Target.QualifiedName = V->getNameAsString();
    } else if (isa<EnumConstantDecl>(D)) {
      Out.Target.Kind = ir::RefKind::Enumerator;
    } else if (isa<CXXMethodDecl>(D)) {
      Out.Target.Kind = ir::RefKind::Method;
    } else if (isa<FunctionDecl>(D)) {
      Out.Target.Kind = ir::RefKind::Function;
    }
    return Out;
  }

  ir::Expr convertUnary(const UnaryOperator *UO) {
    std::string Op = UnaryOperator::getOpcodeStr(UO->getOpcode()).str();
    if (UO->isPostfix())
      Op = "post" + Op;
    ir::Expr Out = node(ir::ExprKind::Unary, Op);
    Out.Children = {convert(UO->getSubExpr())};
    return Out;
  }

  ir::Expr convertCall(const CallExpr *Call) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      std::string Spelling = getOperatorSpelling(Op->getOperator());
      if (Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2) {
        ir::Expr Out = node(ir::ExprKind::Index);
        Out.Children = {convert(Op->getArg(0)), convert(Op->getArg(1))};
        return Out;
      }
      ir::Expr Out = node(Op->getNumArgs() == 2 ? ir::ExprKind::Binary
                                                : ir::ExprKind::Unary,
                          Spelling);
      for (const Expr *Arg : Op->arguments())
        Out.Children.push_back(convert(Arg));
      return Out;
    }
    ir::Expr Out = node(ir::ExprKind::Call);
    Out.Children.push_back(convert(Call->getCallee()));
    for (const Expr *Arg : Call->arguments())
      Out.Children.push_back(convert(Arg));
    return Out;
  }

  void placeRange(ir::Expr &Out, const Expr *E) {
    SourceLocation B = SM.getSpellingLoc(E->getBeginLoc());
    SourceLocation End = Lexer::getLocForEndOfToken(
        SM.getSpellingLoc(E->getEndLoc()), 0, SM, Ctx.getLangOpts());
    auto Offset = [&](SourceLocation L) -> std::optional<unsigned> {
      if (L.isInvalid() || !SM.isWrittenInSameFile(L, Origin))
        return std::nullopt;
      unsigned O = SM.getFileOffset(L), Base = SM.getFileOffset(Origin);
      if (O < Base || O - Base > Length)
        return std::nullopt;
      return O - Base;
    };
    std::optional<unsigned> Begin = Offset(B), Finish = Offset(End);
    if (Begin && Finish && *Begin <= *Finish) {
      Out.Begin = *Begin;
      Out.End = *Finish;
    } else {
      Out.Begin = Out.End = 0;
    }
  }

  static std::string getOperatorSpelling(OverloadedOperatorKind K) {
    const char *S = clang::getOperatorSpelling(K);
    return S ? S : "operator";
  }

  const ASTContext &Ctx;
  const SourceManager &SM;
  SourceLocation Origin;
  unsigned Length;
};

} // namespace

ir::Expr toIR(const Expr *E, const ASTContext &Ctx, SourceLocation Origin,
              unsigned TextLength) {
  return Converter(Ctx, Origin, TextLength).convert(E);
}

} // namespace vouch::extract
