//===- Render.cpp - Print an expression tree as contract syntax -----------===//
#include "ir/Expr.h"

namespace vouch::ir {
namespace {

// Leaves and postfix forms never need parentheses around them.
bool isAtomic(const Expr &E) {
  switch (E.Kind) {
  case ExprKind::IntLiteral:
  case ExprKind::BoolLiteral:
  case ExprKind::CharLiteral:
  case ExprKind::StringLiteral:
  case ExprKind::NullPtr:
  case ExprKind::Name:
  case ExprKind::This:
  case ExprKind::Result:
  case ExprKind::Old:
  case ExprKind::Call:
  case ExprKind::Member:
  case ExprKind::Index:
  case ExprKind::Cast:
    return true;
  default:
    return false;
  }
}

std::string operand(const Expr &E) {
  return isAtomic(E) ? render(E) : "(" + render(E) + ")";
}

} // namespace

std::string render(const Expr &E) {
  switch (E.Kind) {
  case ExprKind::IntLiteral:
  case ExprKind::BoolLiteral:
  case ExprKind::CharLiteral:
  case ExprKind::StringLiteral:
    return E.Value;
  case ExprKind::NullPtr:
    return "nullptr";
  case ExprKind::Name:
    return E.Name;
  case ExprKind::This:
    return "this";
  case ExprKind::Result:
    return "\\result";
  case ExprKind::Old:
    return "\\old(" + (E.Children.empty() ? "" : render(E.Children[0])) + ")";
  case ExprKind::Unary:
    if (E.Children.empty())
      return E.Op;
    if (E.Op == "post++" || E.Op == "post--")
      return operand(E.Children[0]) + E.Op.substr(4);
    return E.Op + operand(E.Children[0]);
  case ExprKind::Binary:
    if (E.Children.size() != 2)
      return E.Op;
    return operand(E.Children[0]) + " " + E.Op + " " + operand(E.Children[1]);
  case ExprKind::Conditional:
    if (E.Children.size() != 3)
      return "?:";
    return operand(E.Children[0]) + " ? " + operand(E.Children[1]) + " : " +
           operand(E.Children[2]);
  case ExprKind::Call: {
    if (E.Children.empty())
      return "()";
    std::string Out = operand(E.Children[0]) + "(";
    for (std::size_t I = 1; I < E.Children.size(); ++I)
      Out += (I > 1 ? ", " : "") + render(E.Children[I]);
    return Out + ")";
  }
  case ExprKind::Member:
    return (E.Children.empty() ? "" : operand(E.Children[0])) + E.Op + E.Name;
  case ExprKind::Index:
    if (E.Children.size() != 2)
      return "[]";
    return operand(E.Children[0]) + "[" + render(E.Children[1]) + "]";
  case ExprKind::Cast:
    return "static_cast<" + E.Name + ">(" +
           (E.Children.empty() ? "" : render(E.Children[0])) + ")";
  }
  return "?";
}

} // namespace vouch::ir
