// Doxygen member-group markers (`//@{`, `//@}`) are not ACSL annotations.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 2>&1 | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'

struct Vector {
  //@{
  /// \pre i < n
  int at(unsigned i) const;
  /*@{*/
  unsigned n = 0;
  //@}
};
