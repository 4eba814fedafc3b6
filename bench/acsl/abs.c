/* bench-intent: broken: -x overflows for INT_MIN; the second version holds */
#include <limits.h>

/*@ ensures \result >= 0;
    assigns \nothing;
*/
int abs_value(int x) { return x < 0 ? -x : x; }

/*@ requires x > INT_MIN;
    ensures \result >= 0;
    ensures \result == x || \result == -x;
    assigns \nothing;
*/
int abs_checked(int x) { return x < 0 ? -x : x; }
