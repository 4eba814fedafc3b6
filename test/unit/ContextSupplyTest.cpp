//===- ContextSupplyTest.cpp ----------------------------------------------===//
#include "verify/ContextSupply.h"

#include "gtest/gtest.h"

#include <set>
#include <thread>

using namespace vouch::verify;

namespace {

/// Whether Z can decide a small question: a context that was freed or
/// shared with another lease would fail or crash here.
bool decides(z3::context &Z) {
  z3::solver S(Z);
  z3::expr X = Z.bv_const("x", 32);
  S.add(X * 3 == Z.bv_val(21, 32) && z3::ult(X, Z.bv_val(100, 32)));
  if (S.check() != z3::sat)
    return false;
  return S.get_model().eval(X).get_numeral_uint() == 7;
}

TEST(ContextSupplyTest, LeasesAreDistinctLiveContexts) {
  ContextSupply Supply;
  Supply.prepare(2);
  ContextLease A = Supply.take();
  ContextLease B = Supply.take();
  ContextLease C = Supply.take(); // none prepared: made on the spot
  std::set<Z3_context> Seen{*A, *B, *C};
  EXPECT_EQ(Seen.size(), 3u);
  EXPECT_TRUE(decides(*A));
  EXPECT_TRUE(decides(*B));
  EXPECT_TRUE(decides(*C));
}

TEST(ContextSupplyTest, ContextsGivenBackAreNeverHandedOutAgain) {
  ContextSupply Supply;
  ContextLease Shared = Supply.take();
  for (int I = 0; I < 5; ++I) {
    ContextLease Own = Supply.take();
    EXPECT_NE(static_cast<Z3_context>(*Own), static_cast<Z3_context>(*Shared));
    EXPECT_TRUE(decides(*Own));
  }
  EXPECT_TRUE(decides(*Shared));
}

TEST(ContextSupplyTest, ReplacementsDecide) {
  ContextSupply Supply;
  Supply.prepare(1);
  for (int I = 0; I < 5; ++I) {
    ContextLease Z = Supply.take();
    EXPECT_TRUE(decides(*Z));
    Z.giveBack(/*Replace=*/true);
  }
  ContextLease Last = Supply.take(); // the last replacement
  EXPECT_TRUE(decides(*Last));
}

TEST(ContextSupplyTest, ThreadsTakeAtOnce) {
  ContextSupply Supply;
  Supply.prepare(1);
  std::vector<std::thread> Threads;
  std::vector<int> Decided(4, 0);
  for (int T = 0; T < 4; ++T)
    Threads.emplace_back([&, T] {
      for (int I = 0; I < 3; ++I) {
        ContextLease Z = Supply.take();
        Decided[T] += decides(*Z);
      }
    });
  for (std::thread &T : Threads)
    T.join();
  EXPECT_EQ(Decided, std::vector<int>(4, 3));
}

} // namespace
