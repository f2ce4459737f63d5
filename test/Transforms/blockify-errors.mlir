// What structured form does not allow, with a located error.
// RUN: circ-opt %s -split-input-file -circ-blockify -verify-diagnostics

func.func @f() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  // expected-error @+1 {{with iter_args is not supported in circ structured form; keep loop state in circ.var}}
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%a = %c0) -> (i64) : i64 {
    scf.yield %a : i64
  }
  func.return %r : i64
}

// -----

func.func @f(%c: i1) -> i64 {
  %c0 = arith.constant 0 : i64
  // expected-error @+1 {{with results is not supported in circ structured form; assign a circ.var in each branch}}
  %r = scf.if %c -> (i64) {
    scf.yield %c0 : i64
  } else {
    scf.yield %c0 : i64
  }
  func.return %r : i64
}

// -----

func.func @f(%c: i1) -> i64 {
  %c0 = arith.constant 0 : i64
  // expected-error @+1 {{'scf.execute_region' op is not supported in circ structured form}}
  scf.execute_region {
    scf.yield
  }
  func.return %c0 : i64
}
