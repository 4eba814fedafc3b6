/* bench-intent: broken: the precondition allows a count of zero */

/*@ requires count >= 0;
    requires 0 <= total <= 1000000;
    ensures 0 <= \result <= total;
    assigns \nothing;
*/
int average(int total, int count) { return total / count; }
