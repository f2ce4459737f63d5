// The lowering wants block form.
// RUN: circ-opt %s -convert-circ-to-llvm -verify-diagnostics

func.func @f() -> i64 {
  %c0 = arith.constant 0 : i64
  // expected-error @+1 {{is structured circ; run -circ-blockify before -convert-circ-to-llvm}}
  %a = circ.var "a" = %c0 : i64
  func.return %c0 : i64
}
