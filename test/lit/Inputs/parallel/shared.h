/// \post result > x
inline int up(int x) { return x; }
