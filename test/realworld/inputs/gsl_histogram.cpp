// A small program written against the Microsoft GSL (libmsgsl-dev): a
// histogram of readings held in a gsl::span, with Expects/Ensures on the
// arithmetic helpers, gsl::narrow for a checked conversion and gsl::at for
// checked indexing.
//
// One contract is broken on purpose, so that the test has a true finding
// to keep: page_count (marked PLANTED BUG below).
#include <gsl/gsl>

#include <array>
#include <cstddef>
#include <cstdio>
#include <vector>

// Number of buckets of the given width that cover [0, max_value].
int bucket_count(int max_value, int width) {
  Expects(max_value >= 0 && max_value <= 1000000);
  Expects(width > 0);
  int n = max_value / width + 1;
  Ensures(n >= 1 && n <= max_value + 1);
  return n;
}

// The bucket that holds value.
int bucket_of(int value, int width, int buckets) {
  Expects(width > 0 && buckets > 0);
  Expects(value >= 0 && value / width < buckets);
  int b = value / width;
  Ensures(b >= 0 && b < buckets);
  return b;
}

// part as a percentage of whole, rounded to the nearest integer.
int percent(int part, int whole) {
  Expects(whole > 0 && whole <= 1000000);
  Expects(part >= 0 && part <= whole);
  int p = (part * 100 + whole / 2) / whole;
  Ensures(p >= 0 && p <= 100);
  return p;
}

// Pages of per_page lines needed to print items lines.
// PLANTED BUG: this rounds down; it should be
// (items + per_page - 1) / per_page. The Ensures fails whenever items is not
// a multiple of per_page (items = 1, per_page = 2 gives 0 pages).
int page_count(int items, int per_page) {
  Expects(items >= 0 && items <= 1000000);
  Expects(per_page > 0 && per_page <= 1000);
  int pages = items / per_page;
  Ensures(pages * per_page >= items);
  return pages;
}

// Sum of the first n readings.
long sum_first(gsl::span<const int> readings, std::size_t n) {
  Expects(n <= readings.size());
  long sum = 0;
  for (std::size_t i = 0; i < n; ++i)
    sum += readings[i];
  return sum;
}

// Counts readings per bucket; readings outside [0, max_value] are skipped.
std::vector<int> histogram(gsl::span<const int> readings, int max_value,
                           int width) {
  const int buckets = bucket_count(max_value, width);
  std::vector<int> counts(gsl::narrow<std::size_t>(buckets), 0);
  for (int r : readings) {
    if (r < 0 || r > max_value)
      continue;
    ++counts[gsl::narrow_cast<std::size_t>(bucket_of(r, width, buckets))];
  }
  return counts;
}

int main() {
  const std::array<int, 12> readings = {3,  17, 42, 8, 99, 57,
                                        23, 64, 71, 5, 88, 150};
  const int max_value = 100;
  const int width = 10;

  std::vector<int> counts = histogram(readings, max_value, width);
  const int total = static_cast<int>(readings.size());
  const int buckets = bucket_count(max_value, width);
  for (int b = 0; b < buckets; ++b) {
    const int c = gsl::at(counts, b);
    std::printf("[%3d, %3d) %2d  %3d%%\n", b * width, (b + 1) * width, c,
                percent(c, total));
  }

  const int first = gsl::narrow<int>(sum_first(readings, 4));
  const int last = gsl::at(readings, 11);
  const int pages = page_count(total, 5);
  std::printf("sum of the first 4: %d, last reading %d, %d pages of 5\n", first,
              last, pages);
  return 0;
}
