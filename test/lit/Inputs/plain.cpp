/// \pre x > 0
int plain(int x) { return x; }
