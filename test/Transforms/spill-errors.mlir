// A width that cannot be met is an error naming the state.
// RUN: circ-opt %s -circ-blockify -circ-spill=width=1 -verify-diagnostics

// Two values meet at the loop's transitions and neither is shadowed nor
// live across a call: nothing can be spilled.
// expected-error @+1 {{io width 1 cannot be met: transition state 1 at the entry of for.from#1 needs 2 slots (f:n@0.0 f:s@0.0) and no spill candidate relieves it}}
func.func @f(%n: i64 {circ.name = "n"}) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %s = circ.var "s" = %c0 : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    %v = circ.get %s : i64
    %w = arith.addi %v, %i : i64
    circ.set %s = %w : i64
  }
  %r = circ.get %s : i64
  func.return %r : i64
}
