#ifndef BUFFER_API_H
#define BUFFER_API_H

/// \pre capacity > 0
int reserve(int capacity);

/// \pre n >= 0
/// \pre cap > 0
int reserve(int n);

/// \pre limit >= 0
int clamp_count(int count, int limit);

#endif
