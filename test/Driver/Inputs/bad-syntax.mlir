func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  // an op that does not exist
  circ.frobnicate %c0 : i64
  func.return %c0 : i64
}
