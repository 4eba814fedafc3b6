/* bench-intent: broken: (lo + hi) / 2 overflows for large bounds; the
   second version holds */

/*@ requires 0 <= lo <= hi;
    ensures lo <= \result <= hi;
    assigns \nothing;
*/
int midpoint(int lo, int hi) { return (lo + hi) / 2; }

/*@ requires 0 <= lo <= hi;
    ensures lo <= \result <= hi;
    assigns \nothing;
*/
int safe_midpoint(int lo, int hi) { return lo + (hi - lo) / 2; }
