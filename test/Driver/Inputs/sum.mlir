func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c10 = arith.constant 10 : i64
  %s = circ.var "s" = %c0 : i64
  scf.for %i = %c0 to %c10 step %c1 : i64 {
    %v = circ.get %s : i64
    %w = arith.addi %v, %i : i64
    circ.set %s = %w : i64
  }
  %r = circ.get %s : i64
  circ.print %r : i64
  func.return %c0 : i64
}
