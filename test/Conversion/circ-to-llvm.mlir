// -convert-circ-to-llvm: arrays become globals, print/assert runtime calls,
// push/pop the write-once stack builtins, labels vanish.
// RUN: circ-opt %s -circ-to-llvm-pipeline | FileCheck %s

// CHECK-DAG: llvm.mlir.global internal constant @rom(dense<[4, 5, 6]> : tensor<3xi64>) {addr_space = 0 : i32} : !llvm.array<3 x i64>
// CHECK-DAG: llvm.mlir.global internal @ram() {addr_space = 0 : i32} : !llvm.array<8 x i64>
// CHECK-DAG: llvm.func @__circ_frame()
// CHECK-DAG: llvm.func @__circ_push(i64)
// CHECK-DAG: llvm.func @__circ_ldf(i64) -> i64
// CHECK-DAG: llvm.func @__circ_popf()
// CHECK-DAG: llvm.func @__circ_print_i64(i64)
// CHECK-DAG: llvm.func @__circ_assert(i64, !llvm.ptr)
circ.rom @rom = [4, 5, 6]
circ.ram @ram[8]

// CHECK-LABEL: llvm.func @main() -> i64
// CHECK-NOT: circ.
// CHECK: llvm.mlir.addressof @rom
// CHECK: llvm.getelementptr
// CHECK: llvm.load
// CHECK: llvm.store
// CHECK: llvm.call @__circ_frame() : () -> ()
// CHECK-NEXT: llvm.call @__circ_push(%{{.*}}) : (i64) -> ()
// CHECK: llvm.call @__circ_ldf(%{{.*}}) : (i64) -> i64
// CHECK-NEXT: llvm.call @__circ_popf() : () -> ()
// CHECK: llvm.call @__circ_assert
// CHECK: llvm.call @__circ_print_i64
func.func @main() -> i64 {
  %c1 = arith.constant 1 : i64
  %x = circ.load @rom[%c1]
  circ.store @ram[%c1] = %x
  circ.push %x : i64
  %y = circ.pop [1] : i64
  %w = circ.witness %y : i64
  %ok = arith.cmpi eq, %w, %x : i64
  circ.assert %ok, "pop gives back what push saved"
  circ.print %w : i64
  %c0 = arith.constant 0 : i64
  func.return %c0 : i64
}
