// One contract-syntax finding, on line 2.
/// \pre y > 0
int f(int x) { return x; }
