/* bench-intent: holds: a sum with a linear loop invariant */

/*@ requires 0 <= n <= 1000;
    ensures \result == 3 * n;
    assigns \nothing;
*/
int triple(int n) {
  int s = 0;
  /*@ loop invariant 0 <= i <= n && s == 3 * i;
      loop assigns i, s;
      loop variant n - i;
  */
  for (int i = 0; i < n; i++)
    s += 3;
  return s;
}
