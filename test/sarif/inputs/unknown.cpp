// Unknown verdicts: code vouch does not model (a pointer).
/// \pre n > 0
/// \post result == *p
int first(const int *p, int n) { return *p; }
