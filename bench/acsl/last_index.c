/* bench-intent: broken: off by one, returns the count instead of the last
   index */

/*@ requires 0 < n <= 1000;
    ensures 0 <= \result < n;
    assigns \nothing;
*/
int last_index(int n) {
  int i = 0;
  /*@ loop invariant 0 <= i <= n;
      loop assigns i;
      loop variant n - i;
  */
  while (i < n)
    i++;
  return i;
}
