// CGAL headers that carry \pre comments, included together, to see what
// vouch makes of CGAL's own code and doc comments when CGAL is not a system
// header (run with --no-system-header-prefix=CGAL/, docs/real-world.md).
// Left out: the headers that include CGAL/boost/graph/iterator.h
// (Surface_mesh, Polygon_mesh_processing, Weights), which clang 22 rejects,
// and CGAL/AABB_tree.h, which it rejects when CGAL is not a system header.
#include <CGAL/Alpha_shape_2.h>
#include <CGAL/Barycentric_coordinates_2/segment_coordinates_2.h>
#include <CGAL/Bbox_2.h>
#include <CGAL/Delaunay_triangulation_2.h>
#include <CGAL/Delaunay_triangulation_3.h>
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Min_circle_2.h>
#include <CGAL/Min_circle_2_traits_2.h>
#include <CGAL/Modular_arithmetic/Residue_type.h>
#include <CGAL/Polygon_2.h>
#include <CGAL/Polygon_with_holes_2.h>
#include <CGAL/Random.h>
#include <CGAL/algorithm.h>
#include <CGAL/grid_simplify_point_set.h>
#include <CGAL/pca_estimate_normals.h>
int main() { return 0; }
