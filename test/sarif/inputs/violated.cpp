// Violated verdicts: a postcondition broken on one branch (a code flow with
// a branch step) and a signed overflow (undefined behaviour).
/// \post result < capacity
unsigned wrap(unsigned at, unsigned capacity) {
  if (at > capacity)
    at -= capacity;
  return at;
}

int add(int a, int b) { return a + b; }
