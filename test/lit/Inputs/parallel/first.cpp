#include "shared.h"
int first() { return up(1); }
