// Buffer sizing. The contracts are on the declarations: vouch checks the
// definitions in sizes.cpp against them, and every call against the
// preconditions.
#pragma once

/// The smallest multiple of 8 that holds `n` bytes.
/// \pre n >= 0 && n <= 1000000
/// \post result >= n && result < n + 8 && result % 8 == 0
int round_up8(int n);

/*@ requires 0 <= lo <= hi;
    ensures lo <= \result <= hi;
*/
int clamp(int x, int lo, int hi);
