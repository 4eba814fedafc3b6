// A small Eigen program: solve a symmetric positive definite system with a
// Cholesky (LLT) and a QR decomposition, an SVD for the condition number,
// and fixed-size 3-D vector math. The integer helpers carry contracts; Eigen
// checks its own preconditions with eigen_assert (assert by default).
#include <Eigen/Dense>

#include <cmath>
#include <cstdio>

/// Offset of element (row, col) in a row-major matrix with `cols` columns.
/// \pre rows > 0 && cols > 0 && rows <= 4096 && cols <= 4096
/// \pre row >= 0 && row < rows && col >= 0 && col < cols
/// \post result >= 0 && result < rows * cols
int row_major_offset(int rows, int cols, int row, int col) {
  return row * cols + col;
}

/// Number of entries in the lower triangle (diagonal included) of an
/// n x n matrix: what a packed Cholesky factor stores.
/// \pre n >= 0 && n <= 46340
/// \post result >= n
int packed_size(int n) { return n * (n + 1) / 2; }

/// Index of the largest of three values (0, 1 or 2).
/// \post result >= 0 && result <= 2
int argmax3(long a, long b, long c) {
  if (a >= b && a >= c)
    return 0;
  return b >= c ? 1 : 2;
}

Eigen::MatrixXd spd_matrix(int n) {
  Eigen::MatrixXd a(n, n);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      a(i, j) = 1.0 / (1 + i + j); // Hilbert matrix: SPD, ill-conditioned
  return a + n * Eigen::MatrixXd::Identity(n, n);
}

int main() {
  const int n = 6;
  Eigen::MatrixXd a = spd_matrix(n);
  Eigen::VectorXd b = Eigen::VectorXd::LinSpaced(n, 1.0, 2.0);

  Eigen::LLT<Eigen::MatrixXd> llt(a);
  if (llt.info() != Eigen::Success)
    return 1;
  Eigen::VectorXd x = llt.solve(b);

  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(a);
  Eigen::VectorXd y = qr.solve(b);

  Eigen::JacobiSVD<Eigen::MatrixXd> svd(a);
  double cond = svd.singularValues()(0) /
                svd.singularValues()(svd.singularValues().size() - 1);

  std::printf("|x - y| = %g, residual %g, cond %g, rank %d\n", (x - y).norm(),
              (a * x - b).norm(), cond, static_cast<int>(qr.rank()));
  std::printf("a(2, 3) is element %d of %d in row-major order\n",
              row_major_offset(n, n, 2, 3), packed_size(n));

  Eigen::Vector3d u(1.0, 2.0, 2.0);
  Eigen::Vector3d v(0.0, 1.0, 0.0);
  Eigen::Vector3d w = u.cross(v);
  Eigen::Vector3d unit = u.normalized();
  Eigen::Matrix3d rotation =
      Eigen::AngleAxisd(0.5, Eigen::Vector3d::UnitZ()).toRotationMatrix();
  Eigen::Vector3d turned = rotation * unit;
  Eigen::Vector3d::Index largest;
  turned.cwiseAbs().maxCoeff(&largest);
  int axis = argmax3(static_cast<long>(std::abs(turned.x()) * 1000),
                     static_cast<long>(std::abs(turned.y()) * 1000),
                     static_cast<long>(std::abs(turned.z()) * 1000));
  std::printf("u x v = (%g, %g, %g), |u| = %g, u.v = %g, largest axis %d\n",
              w.x(), w.y(), w.z(), u.norm(), u.dot(v), axis);
  return axis == largest ? 0 : 1;
}
