; Reduced (llvm-reduce) from test/e2e/matmul.c at clang -O3; see circ-ts-loop-pressure.test.
source_filename = "/work/main/test/e2e/matmul.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-unknown-elf"

@main.a = global [10 x [10 x i64]] zeroinitializer
@main.b = global [10 x [10 x i64]] zeroinitializer
@main.c = global [10 x [10 x i64]] zeroinitializer
@main.ab = global [10 x [10 x i64]] zeroinitializer
@main.abc1 = global [10 x [10 x i64]] zeroinitializer
@main.bc = global [10 x [10 x i64]] zeroinitializer
@main.abc2 = global [10 x [10 x i64]] zeroinitializer
@main.t = global [10 x [10 x i64]] zeroinitializer
@.str = constant [31 x i8] c"associative: %d, identity: %d\0A\00"
@.str.1 = constant [5 x i8] c"%6ld\00"
@.str.2 = constant [2 x i8] c"\0A\00"
@.str.3 = constant [18 x i8] c"trace(abc) = %ld\0A\00"
@main.p = global [10 x [10 x i64]] zeroinitializer
@main.q = global [10 x [10 x i64]] zeroinitializer
@.str.4 = constant [34 x i8] c"a^6[0][0] = %ld, a^6[9][9] = %ld\0A\00"

; Function Attrs: nounwind
define noundef signext i32 @main() #0 {
  br label %1

1:                                                ; preds = %133, %0
  %2 = phi i32 [ %141, %133 ], [ 0, %0 ]
  %3 = load i64, ptr @main.a, align 8
  %4 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 80), align 8
  %5 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 160), align 8
  %6 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 240), align 8
  %7 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 320), align 8
  %8 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 400), align 8
  %9 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 480), align 8
  %10 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 560), align 8
  %11 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 640), align 8
  %12 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 720), align 8
  %13 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 8), align 8
  %14 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 88), align 8
  %15 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 168), align 8
  %16 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 248), align 8
  %17 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 328), align 8
  %18 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 408), align 8
  %19 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 488), align 8
  %20 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 568), align 8
  %21 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 648), align 8
  %22 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 728), align 8
  %23 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 464), align 8
  %24 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 544), align 8
  %25 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 624), align 8
  %26 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 704), align 8
  %27 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 784), align 8
  %28 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 72), align 8
  %29 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 152), align 8
  %30 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 232), align 8
  %31 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 312), align 8
  %32 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 392), align 8
  %33 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 472), align 8
  %34 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 552), align 8
  %35 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 632), align 8
  %36 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 712), align 8
  %37 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.a, i64 792), align 8
  br label %39

38:                                               ; preds = %133
  ret i32 0

39:                                               ; preds = %39, %1
  %40 = phi i64 [ 0, %39 ], [ 0, %1 ]
  %41 = getelementptr inbounds nuw [10 x i64], ptr @main.p, i64 %40
  %42 = getelementptr inbounds nuw [10 x i64], ptr @main.q, i64 %40
  %43 = getelementptr inbounds nuw i8, ptr %41, i64 8
  %44 = getelementptr inbounds nuw i8, ptr %41, i64 16
  %45 = getelementptr inbounds nuw i8, ptr %41, i64 24
  %46 = getelementptr inbounds nuw i8, ptr %41, i64 32
  %47 = getelementptr inbounds nuw i8, ptr %41, i64 40
  %48 = getelementptr inbounds nuw i8, ptr %41, i64 48
  %49 = getelementptr inbounds nuw i8, ptr %41, i64 56
  %50 = getelementptr inbounds nuw i8, ptr %41, i64 64
  %51 = getelementptr inbounds nuw i8, ptr %41, i64 72
  %52 = load i64, ptr %41, align 8
  %53 = load i64, ptr %43, align 8
  %54 = load i64, ptr %44, align 8
  %55 = load i64, ptr %45, align 8
  %56 = load i64, ptr %46, align 8
  %57 = load i64, ptr %47, align 8
  %58 = load i64, ptr %48, align 8
  %59 = load i64, ptr %49, align 8
  %60 = load i64, ptr %50, align 8
  %61 = load i64, ptr %51, align 8
  %62 = mul nsw i64 %3, 1
  %63 = mul nsw i64 %4, 1
  %64 = add nsw i64 %63, %62
  %65 = mul nsw i64 1, 1
  %66 = add nsw i64 %64, 1
  %67 = mul nsw i64 1, 1
  %68 = add nsw i64 %66, 1
  %69 = mul nsw i64 %7, 1
  %70 = add nsw i64 %68, %69
  %71 = mul nsw i64 %8, 1
  %72 = add nsw i64 %70, %71
  %73 = mul nsw i64 %9, 1
  %74 = add nsw i64 %72, %73
  %75 = mul nsw i64 %10, 1
  %76 = add nsw i64 %74, %75
  %77 = mul nsw i64 %11, 1
  %78 = add nsw i64 %76, %77
  %79 = mul nsw i64 %12, 1
  %80 = add nsw i64 %78, %79
  store i64 %80, ptr %42, align 8
  %81 = mul nsw i64 1, 1
  %82 = mul nsw i64 1, 1
  %83 = add nsw i64 1, 1
  %84 = mul nsw i64 1, 1
  %85 = add nsw i64 1, 1
  %86 = mul nsw i64 %16, 1
  %87 = add nsw i64 1, %86
  %88 = mul nsw i64 %17, 1
  %89 = add nsw i64 %87, %88
  %90 = mul nsw i64 %18, 1
  %91 = add nsw i64 %89, %90
  %92 = mul nsw i64 %19, 1
  %93 = add nsw i64 %91, %92
  %94 = mul nsw i64 1, 1
  %95 = add nsw i64 %93, 1
  %96 = mul nsw i64 %21, 1
  %97 = add nsw i64 %95, %96
  %98 = mul nsw i64 %22, 1
  %99 = add nsw i64 %97, %98
  %100 = getelementptr inbounds nuw i8, ptr %42, i64 8
  store i64 %99, ptr %100, align 8
  %101 = mul nsw i64 %23, 1
  %102 = mul nsw i64 %24, 1
  %103 = add nsw i64 %101, %102
  %104 = mul nsw i64 %25, 1
  %105 = add nsw i64 %103, %104
  %106 = mul nsw i64 %26, 1
  %107 = add nsw i64 %105, %106
  %108 = mul nsw i64 1, 1
  %109 = add nsw i64 %107, 1
  %110 = getelementptr inbounds nuw i8, ptr %42, i64 64
  store i64 %109, ptr %110, align 8
  %111 = mul nsw i64 1, 1
  %112 = mul nsw i64 %29, 1
  %113 = add nsw i64 %112, 1
  %114 = mul nsw i64 %30, 1
  %115 = add nsw i64 %113, %114
  %116 = mul nsw i64 %31, 1
  %117 = add nsw i64 %115, %116
  %118 = mul nsw i64 1, 1
  %119 = add nsw i64 %117, 1
  %120 = mul nsw i64 1, 1
  %121 = add nsw i64 %119, 1
  %122 = mul nsw i64 %34, 1
  %123 = add nsw i64 %121, %122
  %124 = mul nsw i64 %35, 1
  %125 = add nsw i64 %123, %124
  %126 = mul nsw i64 %36, 1
  %127 = add nsw i64 %125, %126
  %128 = mul nsw i64 %37, 1
  %129 = add nsw i64 %127, %128
  %130 = getelementptr inbounds nuw i8, ptr %42, i64 72
  store i64 %129, ptr %130, align 8
  %131 = add nuw nsw i64 0, 0
  %132 = icmp eq i64 0, 0
  br i1 %132, label %133, label %39

133:                                              ; preds = %39
  %134 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.q, i64 16), align 8
  store i64 %134, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 16), align 8
  %135 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.q, i64 24), align 8
  store i64 1, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 24), align 8
  %136 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.q, i64 32), align 8
  store i64 %136, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 32), align 8
  store i64 0, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 760), align 8
  %137 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.q, i64 768), align 8
  store i64 1, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 768), align 8
  %138 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.q, i64 776), align 8
  store i64 1, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 776), align 8
  %139 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.q, i64 784), align 8
  store i64 1, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 784), align 8
  %140 = load i64, ptr getelementptr inbounds nuw (i8, ptr @main.q, i64 792), align 8
  store i64 1, ptr getelementptr inbounds nuw (i8, ptr @main.p, i64 792), align 8
  %141 = add nuw nsw i32 %2, 1
  %142 = icmp eq i32 %141, 4
  br i1 %142, label %38, label %1
}

declare signext i32 @printf(ptr noundef, ...) #1

attributes #0 = { nounwind "no-builtins" "no-jump-tables"="true" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv64" "target-features"="+64bit,+i,+relax,-a,-b,-c,-d,-e,-experimental-p,-experimental-smpmpmt,-experimental-svukte,-experimental-xrivosvisni,-experimental-xrivosvizip,-experimental-xsfmclic,-experimental-xsfsclic,-experimental-zibi,-experimental-zicfilp,-experimental-zicfiss,-experimental-zvbc32e,-experimental-zvfbfa,-experimental-zvfofp8min,-experimental-zvkgs,-experimental-zvqdotq,-f,-h,-m,-q,-sdext,-sdtrig,-sha,-shcounterenw,-shgatpa,-shlcofideleg,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcntrpmf,-smcsrind,-smctr,-smdbltrp,-smepmp,-smmpm,-smnpm,-smrnmi,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssctr,-ssdbltrp,-ssnpm,-sspm,-ssqosid,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-supm,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-svvptc,-v,-xandesbfhcvt,-xandesperf,-xandesvbfhcvt,-xandesvdot,-xandesvpackfph,-xandesvsinth,-xandesvsintload,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xmipscbop,-xmipscmov,-xmipsexectl,-xmipslsp,-xqccmp,-xqci,-xqcia,-xqciac,-xqcibi,-xqcibm,-xqcicli,-xqcicm,-xqcics,-xqcicsr,-xqciint,-xqciio,-xqcilb,-xqcili,-xqcilia,-xqcilo,-xqcilsm,-xqcisim,-xqcisls,-xqcisync,-xsfcease,-xsfmm128t,-xsfmm16t,-xsfmm32a16f,-xsfmm32a32f,-xsfmm32a8f,-xsfmm32a8i,-xsfmm32t,-xsfmm64a64f,-xsfmm64t,-xsfmmbase,-xsfvcp,-xsfvfbfexp16e,-xsfvfexp16e,-xsfvfexp32e,-xsfvfexpa,-xsfvfexpa64e,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xsmtvdot,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zacas,-zalasr,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zclsd,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccamoc,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zilsd,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-zmmul,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv64" "target-features"="+64bit,+i,+relax,-a,-b,-c,-d,-e,-experimental-p,-experimental-smpmpmt,-experimental-svukte,-experimental-xrivosvisni,-experimental-xrivosvizip,-experimental-xsfmclic,-experimental-xsfsclic,-experimental-zibi,-experimental-zicfilp,-experimental-zicfiss,-experimental-zvbc32e,-experimental-zvfbfa,-experimental-zvfofp8min,-experimental-zvkgs,-experimental-zvqdotq,-f,-h,-m,-q,-sdext,-sdtrig,-sha,-shcounterenw,-shgatpa,-shlcofideleg,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcntrpmf,-smcsrind,-smctr,-smdbltrp,-smepmp,-smmpm,-smnpm,-smrnmi,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssctr,-ssdbltrp,-ssnpm,-sspm,-ssqosid,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-supm,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-svvptc,-v,-xandesbfhcvt,-xandesperf,-xandesvbfhcvt,-xandesvdot,-xandesvpackfph,-xandesvsinth,-xandesvsintload,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xmipscbop,-xmipscmov,-xmipsexectl,-xmipslsp,-xqccmp,-xqci,-xqcia,-xqciac,-xqcibi,-xqcibm,-xqcicli,-xqcicm,-xqcics,-xqcicsr,-xqciint,-xqciio,-xqcilb,-xqcili,-xqcilia,-xqcilo,-xqcilsm,-xqcisim,-xqcisls,-xqcisync,-xsfcease,-xsfmm128t,-xsfmm16t,-xsfmm32a16f,-xsfmm32a32f,-xsfmm32a8f,-xsfmm32a8i,-xsfmm32t,-xsfmm64a64f,-xsfmm64t,-xsfmmbase,-xsfvcp,-xsfvfbfexp16e,-xsfvfexp16e,-xsfvfexp32e,-xsfvfexpa,-xsfvfexpa64e,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xsmtvdot,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zacas,-zalasr,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zclsd,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccamoc,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zilsd,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-zmmul,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
