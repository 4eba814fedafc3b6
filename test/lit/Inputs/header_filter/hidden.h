#ifndef HIDDEN_H
#define HIDDEN_H

/// \post result > x
inline int next_hidden(int x) { return x; }

#endif
