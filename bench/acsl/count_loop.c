/* bench-intent: holds: a counting loop with its invariant */

/*@ requires 0 <= n <= 1000;
    ensures \result == n;
    assigns \nothing;
*/
int count_to(int n) {
  int s = 0;
  /*@ loop invariant 0 <= s <= n;
      loop assigns s;
      loop variant n - s;
  */
  while (s < n)
    ++s;
  return s;
}
