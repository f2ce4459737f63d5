func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c45 = arith.constant 45 : i64
  %c10 = arith.constant 10 : i64
  %w = circ.witness %c45 : i64
  %small = arith.cmpi slt, %w, %c10 : i64
  circ.assert %small, "sum is small"
  func.return %c0 : i64
}
