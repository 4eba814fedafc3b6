// Does not compile: reported as clang-diagnostic-error, level "error".
/// \pre x > 0
int broken(int x) { return x + missing; }
