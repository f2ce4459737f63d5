// The verifiers' messages.
// RUN: circ-opt %s -split-input-file -verify-diagnostics

circ.rom @table = [1, 2]
func.func @f() {
  %c0 = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  // expected-error @+1 {{cannot write 'table': it is a read-only circ.rom array}}
  circ.store @table[%c0] = %one
  func.return
}

// -----

circ.ram @buf[4]
func.func @f() -> i64 {
  %c4 = arith.constant 4 : i64
  // expected-error @+1 {{index 4 is out of bounds for 'buf' of 4 elements}}
  %x = circ.load @buf[%c4]
  func.return %x : i64
}

// -----

func.func @f() -> i64 {
  %c0 = arith.constant 0 : i64
  // expected-error @+1 {{'nothing' is not a circ.rom or circ.ram array}}
  %x = circ.load @nothing[%c0]
  func.return %x : i64
}

// -----

// expected-error @+1 {{size must be in 1..4194304, got 0}}
circ.ram @empty[0]

// -----

func.func @f() -> i64 {
  %c0 = arith.constant 0 : i64
  %a = circ.var "a" = %c0 : i64
  circ.scope {
    // expected-note @+1 {{this one}}
    %a1 = circ.var "a" = %c0 : i64
    // expected-error @+1 {{variable 'a' is shadowed here}}
    %v = circ.get %a : i64
  }
  func.return %c0 : i64
}

// -----

func.func @f() {
  // expected-error @+1 {{lists 1 slots but has 2 results}}
  %a:2 = circ.pop [1] : i64, i64
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{slot 0 is not a pushed value (offset 0 holds the old %bp)}}
  %a = circ.pop [0] : i64
  func.return
}

// -----

func.func @f(%n: i64) {
  %c0 = arith.constant 0 : i64
  // expected-error @+1 {{must be the first op of its block}}
  circ.block "entry" in @f scope [0] vars ["f:n@0.0"]
  func.return
}

// -----

func.func @f(%n: i64) {
  // expected-error @+1 {{names 0 variables but its block has 1 arguments}}
  circ.block "entry" in @f scope [0] vars []
  func.return
}

// -----

func.func @f() -> i64 {
  %c0 = arith.constant 0 : i64
  // expected-error @+1 {{'circ.witness' op failed to verify that all of {hint, result} have same type}}
  %w = "circ.witness"(%c0) : (i64) -> i32
  func.return %c0 : i64
}

// -----

func.func @f() {
  // expected-error @+1 {{expected SSA operand}}
  circ.print : i64
  func.return
}

// -----

// A variable declared in a region that does not enclose its use (here: a
// later loop body). The shadowing check must not walk past the function; the
// dominance check reports the use (circ-opt crashed here before).
func.func @f(%n: i64) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %v = circ.get %k : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    // expected-note @+1 {{operand defined here}}
    %k = circ.var "k" = %c0 : i64
  }
  func.return
}
