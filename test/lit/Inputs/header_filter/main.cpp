#include "hidden.h"
#include "shown.h"

/// \post result == 1
int one() { return 1; }
