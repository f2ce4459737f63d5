// -circ-verify-stack: frames must nest on every path, in both forms.
// RUN: circ-opt %s -split-input-file -circ-verify-stack -verify-diagnostics

func.func @balanced(%c: i1, %x: i64) -> i64 {
  circ.push %x : i64
  scf.if %c {
    circ.push %x, %x : i64, i64
    %a:2 = circ.pop [1, 2] : i64, i64
  }
  %y = circ.pop [1] : i64
  func.return %y : i64
}

// -----

func.func @f() -> i64 {
  // expected-error @+1 {{closes a frame, but no frame is open on this path}}
  %y = circ.pop [1] : i64
  func.return %y : i64
}

// -----

func.func @f(%x: i64) -> i64 {
  circ.push %x : i64
  // expected-error @+1 {{reads slot 2 of a frame that holds 1 value(s)}}
  %y = circ.pop [2] : i64
  func.return %y : i64
}

// -----

func.func @f(%x: i64) {
  circ.push %x : i64
  // expected-error @+1 {{returns with 1 write-once stack frame(s) still open [1]}}
  func.return
}

// -----

func.func @f(%c: i1, %x: i64) {
  // expected-error @+1 {{this region of 'scf.if' ends with frames [1] but was entered with []}}
  scf.if %c {
    circ.push %x : i64
  }
  func.return
}

// -----

func.func @f(%c: i1, %x: i64) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  circ.push %x : i64
  // expected-note @+1 {{the second path comes from here}}
  cf.br ^bb3
^bb2:
  cf.br ^bb3
^bb3:
  // expected-error @+1 {{block is reached with frames [] on one path and [1] on another}}
  %y = circ.pop [1] : i64
  func.return
}
