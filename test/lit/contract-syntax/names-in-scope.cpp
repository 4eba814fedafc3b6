// Globals, namespaces, enumerators, macros and numeric_limits resolve.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'
#include <climits>
#include <cstdint>
#include <limits>

#define MAX_ITEMS 64
#define TWICE_MAX (2 * MAX_ITEMS)

namespace config {
constexpr int depth = 4;
enum class Mode { Fast, Safe };
} // namespace config

enum Color { Red, Green };
int counter = 0;

/// \pre n <= MAX_ITEMS && n < TWICE_MAX && n < INT_MAX
/// \pre config::depth > 0 && ::counter >= 0
/// \pre c != Red && m == config::Mode::Safe
/// \pre n < std::numeric_limits<int>::max()
/// \pre static_cast<std::int64_t>(n) * 2 < INT64_MAX
/// \pre (unsigned)n < 100u && int(c) >= 0
void setup(int n, Color c, config::Mode m);

namespace shapes {
enum Kind { Circle, Square };
struct Shape {
  enum Side { Left, Right };
  Side side;
  /// \pre k != Square && side == Left && s != Right
  void turn(Kind k, Side s);
};
/// \pre k == Circle || k == shapes::Square
void draw(Kind k);
} // namespace shapes

/// \pre k != shapes::Circle && s == shapes::Shape::Left
void place(shapes::Kind k, shapes::Shape::Side s);

/// \pre m == config::Mode::Slow
// CHECK: :[[@LINE-1]]:15: warning: use of undeclared identifier 'config::Mode::Slow' in a contract of 'choose' [contract-syntax]
void choose(config::Mode m);

/// \pre n < UNDEFINED_LIMIT
// CHECK: :[[@LINE-1]]:14: warning: use of undeclared identifier 'UNDEFINED_LIMIT' in a contract of 'bounded' [contract-syntax]
void bounded(int n);
