// contract-syntax findings: an undeclared name and an assignment.
/// \pre limit > 0
int f(int x) { return x; }

/// \post result = x
int g(int x) { return x; }
