#include "contract/Prose.h"

#include <gtest/gtest.h>

using vouch::contract::looksLikeProse;

TEST(Prose, RunsOfWordsAreProse) {
  EXPECT_TRUE(looksLikeProse("the range is sorted"));
  EXPECT_TRUE(looksLikeProse("result is a valid index"));
  EXPECT_TRUE(looksLikeProse("the range [first, last) is sorted"));
  EXPECT_TRUE(looksLikeProse("n > 0 (n is even)"));
  EXPECT_TRUE(looksLikeProse("p is not degenerate"));
}

TEST(Prose, TextWithoutOperatorsIsProse) {
  EXPECT_TRUE(looksLikeProse("sorted"));
  EXPECT_TRUE(looksLikeProse("valid"));
}

TEST(Prose, BrokenCodeIsNotProse) {
  EXPECT_FALSE(looksLikeProse("x > 0 y"));
  EXPECT_FALSE(looksLikeProse("(x + 1 > 0"));
  EXPECT_FALSE(looksLikeProse("x > 0, y > 0"));
  EXPECT_FALSE(looksLikeProse("result == x &&"));
  EXPECT_FALSE(looksLikeProse("x > 0 && $y"));
}

TEST(Prose, KeywordsThatJoinWordsInCodeAreNotProse) {
  EXPECT_FALSE(looksLikeProse("x > 0 and not done"));
  EXPECT_FALSE(looksLikeProse("sizeof buffer > 4 +"));
  EXPECT_FALSE(looksLikeProse("(unsigned int)x < 4 )"));
  EXPECT_FALSE(looksLikeProse("\\forall integer i; 0 <= i < n ==> a junk"));
}
