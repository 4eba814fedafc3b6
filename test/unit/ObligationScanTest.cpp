//===- ObligationScanTest.cpp ---------------------------------------------===//
#include "verify/ObligationScan.h"

#include "DefinitionNamed.h"

#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include "gtest/gtest.h"

using namespace clang;
using namespace vouch::verify;

namespace {

/// Whether the scan says Function of Code may owe an obligation.
bool mayOwe(llvm::StringRef Code, llvm::StringRef Function = "f") {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      Code, {"-std=c++17", "-Wno-return-type"}, "input.cpp");
  EXPECT_TRUE(AST);
  if (!AST)
    return true;
  const FunctionDecl *FD = vouch::test::definitionNamed(*AST, Function);
  EXPECT_TRUE(FD) << "no definition of " << Function.str();
  if (!FD)
    return true;
  ContractIndex Contracts(AST->getASTContext(), &AST->getPreprocessor());
  return ObligationScan(Contracts).mayOwe(FD);
}

TEST(ObligationScanTest, NothingToCheck) {
  EXPECT_FALSE(mayOwe("int f(int a, int b) { return a < b ? a : b; }"));
  EXPECT_FALSE(mayOwe("void f(int a) { int b = a; (void)b; }"));
}

TEST(ObligationScanTest, SignedArithmeticMayOverflow) {
  EXPECT_TRUE(mayOwe("int f(int a, int b) { return a + b; }"));
  EXPECT_TRUE(mayOwe("int f(int a) { return -a; }"));
  EXPECT_TRUE(mayOwe("void f(int a) { a *= 3; }"));
  EXPECT_TRUE(mayOwe("void f(short a) { a++; }")); // promoted to int
}

TEST(ObligationScanTest, UnsignedAndFloatingArithmeticIsDefined) {
  EXPECT_FALSE(mayOwe("unsigned f(unsigned a, unsigned b) { return a * b; }"));
  EXPECT_FALSE(mayOwe("double f(double a, double b) { return a / b - 1; }"));
  EXPECT_FALSE(mayOwe("void f(unsigned long n) {"
                      "  for (unsigned long i = 0; i < n; ++i) {} }"));
}

TEST(ObligationScanTest, DivisionAndShiftsAreCheckedAtAnySignedness) {
  EXPECT_TRUE(mayOwe("unsigned f(unsigned a, unsigned b) { return a / b; }"));
  EXPECT_TRUE(mayOwe("unsigned f(unsigned a, unsigned b) { return a % b; }"));
  EXPECT_TRUE(mayOwe("unsigned f(unsigned a, int b) { return a << b; }"));
}

TEST(ObligationScanTest, OperandsTheExecutorCannotEvaluate) {
  // A call on another object is not modelled, but the executor still gives
  // it a value of its type: the + on it is checked (and Unknown).
  EXPECT_TRUE(mayOwe("struct S { int get() const; };"
                     "int f(const S &s) { return s.get() + 1; }"));
  // Pointers have no value in the executor: their difference is never
  // checked.
  EXPECT_FALSE(mayOwe("long f(int *p, int *q) { return p - q; }"));
  // A call on `this` has a value.
  EXPECT_TRUE(mayOwe("struct S { int get() const; int f() const {"
                     "  return get() + 1; } };"));
}

TEST(ObligationScanTest, CalleePreconditionsAtCallsTheExecutorSkips) {
  // Neither call is evaluated (a pointer argument, an overloaded
  // operator), yet each owes its callee's precondition, as Unknown.
  EXPECT_TRUE(mayOwe("/// \\pre i >= 0\nint at(const int *c, int i);\n"
                     "void f() { at(nullptr, 1); }"));
  EXPECT_TRUE(mayOwe("struct S {\n/// \\pre i >= 0\n"
                     "int operator[](int i) const; };\n"
                     "int f(const S &s) { return s[1]; }"));
}

TEST(ObligationScanTest, UnassignedLocals) {
  EXPECT_TRUE(mayOwe("int f(bool c) { int x; if (c) x = 1; return x; }"));
  EXPECT_FALSE(mayOwe("void f() { int x[4]; (void)x; }")); // not a scalar
}

TEST(ObligationScanTest, FlowingOffTheEnd) {
  EXPECT_TRUE(mayOwe("int f(bool c) { if (c) return 1; }"));
  EXPECT_FALSE(mayOwe("int f(bool c) { if (c) return 1; else return 2; }"));
  EXPECT_FALSE(mayOwe("int f(bool c) { if (c) { return 1; } return 2; }"));
  EXPECT_FALSE(mayOwe("int main() {}", "main"));
  EXPECT_FALSE(mayOwe("void f(bool c) { if (c) return; }"));
  // Paths the executor does not follow to a return go on.
  EXPECT_TRUE(mayOwe("int f(int c) { switch (c) { default: return 1; } }"));
  EXPECT_TRUE(
      mayOwe("int f() { try { return 1; } catch (...) { return 2; } }"));
}

TEST(ObligationScanTest, Contracts) {
  EXPECT_TRUE(mayOwe("/// \\pre a > 0\nbool f(int a) { return a != 0; }"));
  EXPECT_TRUE(mayOwe("/// \\invariant n_ >= 0\n"
                     "class C { int n_ = 0; public: bool f() const {"
                     "  return n_ != 0; } };"));
}

TEST(ObligationScanTest, Callees) {
  // Inlined: the callee's operations are the caller's.
  EXPECT_TRUE(mayOwe("int half(int a) { return a / 2; }"
                     "int f(int a) { return half(a) == 0; }"));
  EXPECT_TRUE(mayOwe("int g(bool c) { if (c) return 1; }"
                     "void f(bool c) { g(c); }"));
  // A callee with a contract: its precondition is checked at the call.
  EXPECT_TRUE(mayOwe("/// \\pre a > 0\nbool g(int a);"
                     "bool f(int a) { return g(a); }"));
  // Never inlined: callees taking pointers, called through a pointer, or
  // without a body.
  EXPECT_FALSE(mayOwe("int g(int *p) { return *p / 2; }"
                      "int f(int *p) { return g(p) == 0; }"));
  EXPECT_FALSE(mayOwe("int f(int (*g)(int), int a) { return g(a) == 0; }"));
  EXPECT_FALSE(mayOwe("int g(int); int f(int a) { return g(a) == 0; }"));
  // Recursion ends.
  EXPECT_FALSE(mayOwe("bool f(unsigned a) { return a == 0 || f(a - 1u); }"));
}

TEST(ObligationScanTest, ConstructorInitializers) {
  EXPECT_TRUE(mayOwe("struct S { int h; S(int a) : h(a / 2) {} };", "S"));
  EXPECT_FALSE(mayOwe("struct S { int h; S(int a) : h(a) {} };", "S"));
}

} // namespace
