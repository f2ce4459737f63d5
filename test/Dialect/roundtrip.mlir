// Every circ op parses and prints back the same, in both forms.
// RUN: circ-opt %s | FileCheck %s
// RUN: circ-opt %s | circ-opt | FileCheck %s

// CHECK: circ.rom @primes = [2, 3, 5, 7]
circ.rom @primes = [2, 3, 5, 7]
// CHECK: circ.ram @buffer[16]
circ.ram @buffer[16]

// CHECK-LABEL: func.func @structured
func.func @structured(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  // CHECK: %[[X:.*]] = circ.load @primes[%{{.*}}]
  %x = circ.load @primes[%c0]
  // CHECK: circ.store @buffer[%{{.*}}] = %[[X]]
  circ.store @buffer[%c0] = %x
  // CHECK: %[[A:.*]] = circ.var "a" = %[[X]] : i64
  %a = circ.var "a" = %x : i64
  // CHECK: circ.scope {
  circ.scope {
    // CHECK: circ.var "a" = %{{.*}} : i64
    %a1 = circ.var "a" = %n : i64
    %v = circ.get %a1 : i64
    circ.set %a1 = %v : i64
  }
  // CHECK: %[[V:.*]] = circ.get %[[A]] : i64
  %v = circ.get %a : i64
  // CHECK: circ.set %[[A]] = %[[V]] : i64
  circ.set %a = %v : i64
  // CHECK: %[[W:.*]] = circ.witness %[[V]] : i64
  %w = circ.witness %v : i64
  %eq = arith.cmpi eq, %w, %v : i64
  // CHECK: circ.assert %{{.*}}, "the witness is the hint"
  circ.assert %eq, "the witness is the hint"
  // CHECK: circ.print %[[W]] : i64
  circ.print %w : i64
  // CHECK: circ.push %[[V]], %[[W]] : i64, i64
  circ.push %v, %w : i64, i64
  // CHECK: %{{.*}}:2 = circ.pop [1, 2] : i64, i64
  %p:2 = circ.pop [1, 2] : i64, i64
  // CHECK: circ.push{{$}}
  circ.push
  // CHECK: circ.pop []{{$}}
  circ.pop []
  func.return %p#0 : i64
}

// CHECK-LABEL: func.func @blocks
func.func @blocks(%n: i64) -> i64 {
  // CHECK: circ.block "entry" in @blocks scope [0] bound 1 vars ["blocks:n@0.0"]
  circ.block "entry" in @blocks scope [0] bound 1 vars ["blocks:n@0.0"]
  cf.br ^bb1(%n : i64)
^bb1(%m: i64):
  // CHECK: circ.block "scope" in @blocks scope [0, 1] vars ["blocks:n@0.0"]
  circ.block "scope" in @blocks scope [0, 1] vars ["blocks:n@0.0"]
  func.return %m : i64
}
