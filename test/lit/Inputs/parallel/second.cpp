#include "shared.h"
/// \pre x < 0
int second(int x) { return up(x) + x; }
