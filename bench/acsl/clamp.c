/* bench-intent: holds: the result is clamped to [lo, hi] */

/*@ requires lo <= hi;
    ensures lo <= \result <= hi;
    ensures lo <= x <= hi ==> \result == x;
    assigns \nothing;
*/
int clamp(int lo, int hi, int x) {
  if (x < lo)
    return lo;
  if (x > hi)
    return hi;
  return x;
}
