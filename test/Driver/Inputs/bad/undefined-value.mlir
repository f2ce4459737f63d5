// bad-inputs.txt: a value used but never defined.
func.func @f() -> i64 {
  %v = circ.get %nowhere : i64
  func.return %v : i64
}
