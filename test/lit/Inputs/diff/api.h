/// \post result >= 0
int twice(int v);
