; At unbounded io width a state may hold a value in every register the
; states can have (63: one stays out for a branch condition). When the exit
; move of such a block has a cycle, no register is free to break it through,
; and the cycle goes by exchanges: add, then two subtractions, no third
; register. Reduced from csmith seed 46141 (the csmith-lit campaign of
; 2026-12-02), which stopped circ-llc with "no register to break a move
; cycle"; test/e2e/csmith.test runs that program. The globals' addresses
; fill the state only where they cross transitions, as they did before
; constants were rematerialised in the blocks that use them, hence the
; option that keeps LLVM's placement.
; RUN: circ-llc -O2 -circ-io-width=lower-bound -circ-rematerialize-constants=0 \
; RUN:   -verify-machineinstrs %s -o - | FileCheck %s
; CHECK-LABEL: main:
; CHECK: add [[A:%r[0-9]+]], [[A]], [[B:%r[0-9]+]]
; CHECK-NEXT: sub [[B]], [[A]], [[B]]
; CHECK-NEXT: sub [[A]], [[A]], [[B]]


@g_58 = external global [5 x { i8, i8, i8, i8, i8 }]
@g_136 = external global [3 x [3 x { i8, i8, i8, i8, i8 }]]
@g_183 = external global { i8, i8, i8, i8, i8 }
@g_184 = external global { i8, i8, i8, i8, i8 }
@g_231 = external global { i8, i8, i8, i8, i8 }

define i32 @main(ptr %0, i1 %1, ptr %g_90, ptr %g_123, ptr %g_76, ptr %g_89, ptr %g_119, ptr %g_59, i8 %2, ptr %3, ptr %g_129, ptr %g_189, i16 %4, i16 %5, i1 %6, ptr %7, ptr %g_85, ptr %g_358, ptr %g_156, ptr %g_187, ptr %8, ptr %g_118, ptr %9, i1 %10) {
  br label %12

12:                                               ; preds = %38, %11
  store i32 -1, ptr %0, align 4
  store i32 5, ptr null, align 4
  br label %13

13:                                               ; preds = %38, %12
  %14 = phi i1 [ true, %12 ], [ false, %38 ]
  %15 = load i64, ptr null, align 8
  br i1 %1, label %16, label %18

16:                                               ; preds = %13
  %17 = load volatile ptr, ptr %g_90, align 8
  br label %21

18:                                               ; preds = %13
  %19 = load volatile ptr, ptr %g_123, align 8
  %20 = load volatile ptr, ptr %g_76, align 8
  br label %21

21:                                               ; preds = %18, %16
  %22 = load volatile i32, ptr %g_89, align 4
  %23 = load volatile ptr, ptr %g_119, align 8
  %24 = trunc i64 %15 to i32
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %28, label %26

26:                                               ; preds = %21
  %27 = load volatile ptr, ptr %g_59, align 8
  tail call void @llvm.memcpy.p0.p0.i64(ptr @g_136, ptr null, i64 5, i1 false)
  br label %35

28:                                               ; preds = %21
  %29 = select i1 %14, i8 %2, i8 0
  %30 = icmp slt i8 %29, 0
  br i1 %30, label %33, label %31

31:                                               ; preds = %28
  %32 = load volatile i8, ptr %3, align 4
  br label %33

33:                                               ; preds = %31, %28
  tail call void @llvm.memcpy.p0.p0.i64(ptr @g_184, ptr @g_183, i64 5, i1 false)
  %34 = load volatile i32, ptr %g_129, align 4
  store i1 false, ptr %g_189, align 8
  br label %35

35:                                               ; preds = %33, %26
  store i16 %5, ptr null, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr poison, ptr null, i64 5, i1 false)
  br i1 %6, label %36, label %38

36:                                               ; preds = %35
  tail call void @llvm.memcpy.p0.p0.i64(ptr null, ptr @g_231, i64 5, i1 false)
  %37 = load volatile i8, ptr %7, align 4
  br label %38

38:                                               ; preds = %36, %35
  %39 = load volatile i32, ptr %g_85, align 4
  store i16 %4, ptr %g_358, align 2
  store i32 %24, ptr null, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr @g_58, ptr null, i64 5, i1 false)
  %40 = load volatile ptr, ptr %g_156, align 8
  store i8 0, ptr %g_187, align 1
  store i32 0, ptr %8, align 4
  %41 = load volatile ptr, ptr %g_118, align 8
  store ptr null, ptr %9, align 8
  br i1 %10, label %12, label %13
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #0


attributes #0 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
