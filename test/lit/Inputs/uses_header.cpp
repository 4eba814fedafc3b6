#include "buffer_api.h"

int use() { return reserve(3); }
