// Blockify: circ_blocks' block structure, transition inputs as block
// arguments named by source identity, scope paths and execution bounds.
// RUN: circ-opt %s -circ-blockify | FileCheck %s
// A second run leaves block form alone.
// RUN: circ-opt %s -circ-blockify -circ-blockify | FileCheck %s

circ.rom @data = [5, 3, 9, 1]

// CHECK-LABEL: func.func @loops
// CHECK: circ.block "entry" in @loops scope [0] bound 1 vars ["loops:n@0.0"]
// CHECK: circ.block "for.from" in @loops scope [0, 1] bound 1 vars ["loops:n@0.0", "loops:sum@0.0"]
// Four iterations: the header runs five times, body and update four.
// CHECK: circ.block "for.header" in @loops scope [0, 1] bound 5 vars ["loops:n@0.0", "loops:sum@0.0", "loops:$i0@1.0"]
// CHECK: cf.cond_br
// CHECK: circ.block "for.body" in @loops scope [0, 1] bound 4
// CHECK: circ.block "if.then" in @loops scope [0, 1, 2] bound 4
// CHECK: circ.block "if.else" in @loops scope [0, 1, 3] bound 4
// CHECK: circ.block "if.join" in @loops scope [0, 1] bound 4
// CHECK: circ.block "for.update" in @loops scope [0, 1] bound 4
// CHECK: circ.block "for.tail" in @loops scope [0] bound 1 vars ["loops:n@0.0", "loops:sum@0.0"]
// A while loop's bound is unknown.
// CHECK: circ.block "while.header" in @loops scope [0, 4] vars ["loops:n@0.0", "loops:sum@0.0"]
// CHECK: circ.block "while.body" in @loops scope [0, 4] vars ["loops:n@0.0", "loops:sum@0.0"]
// CHECK: circ.block "while.tail" in @loops scope [0] bound 1 vars ["loops:sum@0.0"]
// CHECK: return
func.func @loops(%n: i64 {circ.name = "n"}) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c4 = arith.constant 4 : i64
  %sum = circ.var "sum" = %c0 : i64
  scf.for %i = %c0 to %c4 step %c1 : i64 {
    %x = circ.load @data[%i]
    %s = circ.get %sum : i64
    %big = arith.cmpi sgt, %x, %n : i64
    scf.if %big {
      %t = arith.addi %s, %x : i64
      circ.set %sum = %t : i64
    } else {
      %t = arith.subi %s, %c1 : i64
      circ.set %sum = %t : i64
    }
  }
  scf.while : () -> () {
    %s = circ.get %sum : i64
    %go = arith.cmpi sgt, %s, %n : i64
    scf.condition(%go)
  } do {
    %s = circ.get %sum : i64
    %t = arith.subi %s, %c1 : i64
    circ.set %sum = %t : i64
    scf.yield
  }
  %r = circ.get %sum : i64
  func.return %r : i64
}

// A call ends its block; what is live across it is passed to the
// continuation, and the result gets a temporary identity.
// CHECK-LABEL: func.func @caller
// CHECK: circ.block "entry" in @caller scope [0] bound 1 vars []
// CHECK: %[[R:.*]] = call @loops
// CHECK-NEXT: cf.br ^bb1(%{{.*}}, %[[R]] : i64, i64)
// CHECK: circ.block "call.loops.ret" in @caller scope [0] bound 1 vars ["caller:k@0.0", "caller:$t0@0.0"]
// Shadowing: the inner k gets depth 1; versions count declarations.
// CHECK: circ.block "scope" in @caller scope [0, 1] bound 1 vars ["caller:k@0.0", "caller:$t0@0.0"]
// CHECK: circ.block "scope.exit" in @caller scope [0] bound 1 vars ["caller:k@0.0", "caller:$t0@0.0"]
// CHECK: circ.block "scope" in @caller scope [0, 2] bound 1 vars ["caller:k@0.0", "caller:$t0@0.0"]
// CHECK: circ.block "call.loops.ret" in @caller scope [0, 2] bound 1 vars ["caller:k@0.0", "caller:$t0@0.0", "caller:k@1.1", "caller:$t1@1.0"]
func.func @caller() -> i64 {
  %c3 = arith.constant 3 : i64
  %c7 = arith.constant 7 : i64
  %k = circ.var "k" = %c7 : i64
  %r = func.call @loops(%c3) : (i64) -> i64
  circ.scope {
    %k1 = circ.var "k" = %r : i64
    %v = circ.get %k1 : i64
    circ.print %v : i64
  }
  circ.scope {
    %k1 = circ.var "k" = %c3 : i64
    %q = func.call @loops(%c7) : (i64) -> i64
    %v = circ.get %k1 : i64
    %s = arith.addi %v, %q : i64
    circ.print %s : i64
  }
  %kv = circ.get %k : i64
  %t = arith.addi %kv, %r : i64
  func.return %t : i64
}
