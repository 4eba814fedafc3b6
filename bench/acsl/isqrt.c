/* bench-intent: holds: integer square root, a non-linear invariant */

/*@ requires 0 <= n <= 10000;
    ensures 0 <= \result && \result * \result <= n;
    ensures n < (\result + 1) * (\result + 1);
    assigns \nothing;
*/
int isqrt(int n) {
  int r = 0;
  /*@ loop invariant 0 <= r <= 100 && r * r <= n;
      loop assigns r;
      loop variant n - r;
  */
  while ((r + 1) * (r + 1) <= n)
    r++;
  return r;
}
