// A helper whose body vouch does not model (a call with a reference
// parameter), for verify/reason-in-another-file.cpp.
int store(const int &value);

inline int kept(int x) {
  store(x);
  return x;
}
