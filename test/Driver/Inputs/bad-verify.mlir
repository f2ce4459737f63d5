circ.rom @table = [1, 2]
func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  // a read-only array
  circ.store @table[%c0] = %c0
  func.return %c0 : i64
}
