/// \post result >= v
int twice(int v);
