// One bugprone-use-after-move finding, on line 5.
#include <utility>
struct S { S(const S &) = default; S(S &&) = default; int x; };
/// \pre y > 0
int h(S s) { S t = std::move(s); return s.x; }
