// bad-inputs.txt: a circ op the verifier rejects (a store to a read-only array).
circ.rom @table = [1, 2]
func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  circ.store @table[%c0] = %c0
  func.return %c0 : i64
}
