// Replay corpus: globals, static data members and namespaces.
// RUN: %vouch %s -- -std=c++20
int counter;
namespace cfg {
int limit;
enum class Mode { Off, On, Auto };
Mode mode;
} // namespace cfg
namespace {
long ticks;
}

/// \post counter == old(counter) + 1
void tick() {
  if (counter < 1000)
    ++counter;
}

/// \post result <= cfg::limit
int bounded(int x) {
  if (x > cfg::limit + 1)
    return cfg::limit;
  return x;
}

/// \post result != cfg::Mode::Auto
cfg::Mode current() { return cfg::mode; }

/// \post ticks > old(ticks)
void advance(long by) {
  if (by > 0 && ticks < 1000000 && by < 1000000)
    ticks += by;
}

/// \post result == 'a' || result == 'b'
char pick(char c, bool first) { return first ? c : 'b'; }

/// \post result < 4000000000u
unsigned wide(unsigned a) { return a; }

/// \post result != -9223372036854775807LL - 1
long long most_negative(long long v) { return v; }

/// \post result < 18446744073709551615ull
unsigned long long top(unsigned long long v) { return v; }
