// A small CGAL program: the convex hull, the Delaunay triangulation and the
// area of a polygon, for points on a jittered grid, with the
// Exact_predicates_inexact_constructions_kernel. The integer helpers carry
// contracts; CGAL's own headers carry \pre comments and CGAL_precondition.
#include <CGAL/Delaunay_triangulation_2.h>
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Polygon_2.h>
#include <CGAL/Polygon_2_algorithms.h>
#include <CGAL/convex_hull_2.h>

#include <cstddef>
#include <iostream>
#include <iterator>
#include <vector>

using Kernel = CGAL::Exact_predicates_inexact_constructions_kernel;
using Point = Kernel::Point_2;
using Polygon = CGAL::Polygon_2<Kernel>;
using Delaunay = CGAL::Delaunay_triangulation_2<Kernel>;

/// Number of triangles of a triangulation of n points in general position
/// of which h lie on the convex hull (Euler's formula).
/// \pre n >= 3 && n <= 1000000
/// \pre h >= 3 && h <= n
/// \post result >= 1 && result <= 2 * n
int expected_triangles(int n, int h) { return 2 * n - h - 2; }

/// Number of edges of that triangulation.
/// \pre n >= 3 && n <= 1000000
/// \pre h >= 3 && h <= n
/// \post result >= n
int expected_edges(int n, int h) { return 3 * n - h - 3; }

/// Deterministic jitter in [-range, range] for grid point i.
/// \pre range > 0 && range <= 1000
/// \post result >= -range && result <= range
int jitter(unsigned i, int range) {
  unsigned h = i * 2654435761u;
  int r = static_cast<int>(h % static_cast<unsigned>(2 * range + 1));
  return r - range;
}

/// Side of a square grid that holds at least count points.
/// \pre count >= 1 && count <= 1000000
/// \post result * result >= count && (result - 1) * (result - 1) < count
int grid_side(int count) {
  int side = 1;
  while (side * side < count)
    ++side;
  return side;
}

std::vector<Point> grid_points(int count) {
  std::vector<Point> points;
  int side = grid_side(count);
  for (int i = 0; i < count; ++i) {
    double x = (i % side) * 10.0 + jitter(static_cast<unsigned>(i), 3) / 10.0;
    double y =
        (i / side) * 10.0 + jitter(static_cast<unsigned>(i) + 7u, 3) / 10.0;
    points.push_back(Point(x, y));
  }
  return points;
}

int main() {
  std::vector<Point> points = grid_points(100);

  std::vector<Point> hull;
  CGAL::convex_hull_2(points.begin(), points.end(), std::back_inserter(hull));

  Polygon polygon(hull.begin(), hull.end());
  std::cout << "hull: " << hull.size() << " vertices, area " << polygon.area()
            << ", simple " << polygon.is_simple() << ", convex "
            << polygon.is_convex() << '\n';

  Delaunay dt(points.begin(), points.end());
  int n = static_cast<int>(dt.number_of_vertices());
  int h = static_cast<int>(hull.size());
  std::size_t faces = dt.number_of_faces();
  std::cout << "delaunay: " << n << " vertices, " << faces
            << " faces (Euler: " << expected_triangles(n, h) << "), "
            << expected_edges(n, h) << " edges\n";

  Point query(45.0, 45.0);
  Delaunay::Vertex_handle nearest = dt.nearest_vertex(query);
  std::cout << "nearest to " << query << ": " << nearest->point() << '\n';

  double area = 0;
  CGAL::area_2(hull.begin(), hull.end(), area, Kernel());
  return area > 0 ? 0 : 1;
}
