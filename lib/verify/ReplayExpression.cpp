//===- ReplayExpression.cpp - Clauses as plain C++ for replay -------------===//
#include "verify/ReplayExpression.h"

namespace vouch::verify {
namespace {

class Renderer {
public:
  Renderer(const clang::FunctionDecl *Params, ReplayExpression &Out)
      : Params(Params), Out(Out) {}

  std::string render(const ir::Expr &E) {
    switch (E.Kind) {
    case ir::ExprKind::IntLiteral:
    case ir::ExprKind::BoolLiteral:
    case ir::ExprKind::CharLiteral:
    case ir::ExprKind::StringLiteral:
      return E.Value;
    case ir::ExprKind::NullPtr:
      return "nullptr";
    case ir::ExprKind::This:
      return "vouch_self";
    case ir::ExprKind::Result:
      return "vouch_result";
    case ir::ExprKind::Old: {
      std::string Name = "vouch_old_" + std::to_string(Out.Old.size());
      Out.Old.push_back(""); // reserve the slot before nested rendering
      std::size_t Slot = Out.Old.size() - 1;
      Out.Old[Slot] = render(E.Children[0]);
      return Name;
    }
    case ir::ExprKind::Name:
      return name(E);
    case ir::ExprKind::Unary:
      if (E.Op == "post++" || E.Op == "post--")
        return "(" + render(E.Children[0]) + E.Op.substr(4) + ")";
      return "(" + E.Op + render(E.Children[0]) + ")";
    case ir::ExprKind::Binary: {
      std::string L = render(E.Children[0]), R = render(E.Children[1]);
      if (E.Op == "==>")
        return "(!(" + L + ") || (" + R + "))";
      if (E.Op == "<==>")
        return "((bool)(" + L + ") == (bool)(" + R + "))";
      return "(" + L + " " + E.Op + " " + R + ")";
    }
    case ir::ExprKind::Conditional:
      return "(" + render(E.Children[0]) + " ? " + render(E.Children[1]) +
             " : " + render(E.Children[2]) + ")";
    case ir::ExprKind::Call: {
      std::string Callee =
          E.Children[0].Kind == ir::ExprKind::Name &&
                  E.Children[0].Target.Kind == ir::RefKind::Method
              ? "vouch_self->" + E.Children[0].Name
              : render(E.Children[0]);
      std::string Args;
      for (std::size_t I = 1; I < E.Children.size(); ++I)
        Args += (I > 1 ? ", " : "") + render(E.Children[I]);
      return Callee + "(" + Args + ")";
    }
    case ir::ExprKind::Member:
      return render(E.Children[0]) + E.Op + E.Name;
    case ir::ExprKind::Index:
      return render(E.Children[0]) + "[" + render(E.Children[1]) + "]";
    case ir::ExprKind::Cast:
      return "((" + E.Name + ")(" + render(E.Children[0]) + "))";
    }
    return "?";
  }

private:
  std::string name(const ir::Expr &E) {
    switch (E.Target.Kind) {
    case ir::RefKind::Parameter:
      if (Params && E.Target.Index >= 0 &&
          static_cast<unsigned>(E.Target.Index) < Params->getNumParams())
        return Params->getParamDecl(E.Target.Index)->getNameAsString();
      return E.Name;
    case ir::RefKind::Field:
      return "vouch_self->" + E.Name;
    case ir::RefKind::Global:
    case ir::RefKind::Enumerator:
    case ir::RefKind::Function:
      return E.Target.QualifiedName.empty() ? E.Name
                                            : "::" + E.Target.QualifiedName;
    default:
      return E.Name;
    }
  }

  const clang::FunctionDecl *Params;
  ReplayExpression &Out;
};

} // namespace

ReplayExpression toReplayExpression(const ir::Expr &E,
                                    const clang::FunctionDecl *Params) {
  ReplayExpression Out;
  Renderer R(Params, Out);
  Out.Check = R.render(E);
  return Out;
}

} // namespace vouch::verify
