// Well-formed contracts that vouch does not model yet are not reported:
// they are kept as unsupported in the spec IR.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 2>&1 | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// RUN: %vouch extract %s -- -std=c++20 | FileCheck %s --check-prefix=IR

/// \pre ratio < 1.5
void scale(double ratio);

/*@ requires \valid(p + (0 .. n-1));
    ensures \forall integer i; 0 <= i < n ==> p[i] == 0;
*/
void zero(int *p, int n);

/// \pre sizeof(T) > 0
template <typename T> void fill(T *p);

// IR: text: ratio < 1.5
// IR-NEXT: location:
// IR: diagnostic: floating-point literal '1.5' is not supported in contracts yet
// IR: status: unsupported
// IR-NEXT: text: \valid(p + (0 .. n-1))
// IR: diagnostic: ACSL construct '\valid' is not supported yet
// IR: status: unsupported
// IR-NEXT: text: \forall integer i; 0 <= i < n ==> p[i] == 0
// IR: diagnostic: "'sizeof' is not supported in contracts yet"
