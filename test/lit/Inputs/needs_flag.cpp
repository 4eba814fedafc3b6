// Compiles only with -DLIMIT=..., which the compilation database supplies.
int table[LIMIT];

/// \pre missing < LIMIT
int f(int i) { return table[i]; }
