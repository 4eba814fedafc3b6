// bench-flags: -std=c++20
// A translation unit that includes much of the C++ standard library and
// uses a little of it, with no contracts: what vouch costs on top of
// parsing ordinary code.
#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace {

std::map<std::string, int> count_words(const std::string &text) {
  std::map<std::string, int> counts;
  std::istringstream in(text);
  std::string word;
  while (in >> word)
    ++counts[word];
  return counts;
}

int sum_of_squares(int n) {
  int total = 0;
  for (int i = 1; i <= n; ++i)
    total += i * i;
  return total;
}

} // namespace

int main() {
  std::vector<int> values(100);
  std::iota(values.begin(), values.end(), 1);
  std::sort(values.begin(), values.end(), std::greater<int>());
  std::unordered_map<int, std::string> names{{1, "one"}, {2, "two"}};
  auto counts = count_words("a b a c b a");
  std::optional<int> first =
      values.empty() ? std::nullopt : std::optional<int>(values.front());
  std::variant<int, std::string> v = names[1];
  std::cout << counts["a"] << ' ' << first.value_or(0) << ' '
            << std::get<std::string>(v) << ' ' << sum_of_squares(10) << '\n';
  return 0;
}
