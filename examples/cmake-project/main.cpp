#include "sizes.h"

int main(int argc, char **) {
  int records = clamp(argc, 1, 64);
  return round_up8(records * 100) % 8;
}
