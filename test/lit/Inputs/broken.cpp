/// \pre x > 0
int broken(int x) {
  return x +;
}
