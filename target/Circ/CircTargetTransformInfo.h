//===- CircTargetTransformInfo.h - what IR passes ask of circ ---*- C++ -*-===//
//
// Only the answers about memcpy, memmove and memset differ from LLVM's
// BasicTTIImpl, which every other question still gets, as it did before
// circ had its own (CodeGenTargetMachineImpl's default).
//
// Why: on circ every block execution pays for the transition check, and a
// loop pays it on every iteration, while the loads and stores of a
// straight-line copy sit in one block. So a copy or fill of known size up
// to InlineMemOpBytes is left to instruction selection, which writes it out
// (up to CircTargetLowering's MaxStoresPer* stores; a longer one of few
// alignment calls the runtime); a longer one, or one of unknown size,
// becomes a loop of the widest access both pointers' alignment allows, not
// LLVM's default of one byte per iteration (a struct of 65 ints copied in
// bigint_mul ran 260 iterations; 65 now).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_CIRCTARGETTRANSFORMINFO_H
#define CIRC_CIRCTARGETTRANSFORMINFO_H

#include "llvm/CodeGen/BasicTTIImpl.h"

namespace llvm {

class CircTTIImpl : public BasicTTIImplBase<CircTTIImpl> {
  using BaseT = BasicTTIImplBase<CircTTIImpl>;
  friend BaseT;
  const TargetSubtargetInfo *ST;
  const TargetLoweringBase *TLI;
  const TargetSubtargetInfo *getST() const { return ST; }
  const TargetLoweringBase *getTLI() const { return TLI; }

public:
  /// Copies and fills of known size up to this many bytes are written out.
  static constexpr uint64_t InlineMemOpBytes = 512;

  CircTTIImpl(const TargetMachine &TM, const Function &F)
      : BaseT(&TM, F.getDataLayout()), ST(TM.getSubtargetImpl(F)),
        TLI(ST->getTargetLowering()) {}

  uint64_t getMaxMemIntrinsicInlineSizeThreshold() const override {
    return InlineMemOpBytes;
  }
  Type *getMemcpyLoopLoweringType(
      LLVMContext &Context, Value *Length, unsigned SrcAddrSpace,
      unsigned DestAddrSpace, Align SrcAlign, Align DestAlign,
      std::optional<uint32_t> AtomicElementSize) const override;
  void getMemcpyLoopResidualLoweringType(
      SmallVectorImpl<Type *> &OpsOut, LLVMContext &Context,
      unsigned RemainingBytes, unsigned SrcAddrSpace, unsigned DestAddrSpace,
      Align SrcAlign, Align DestAlign,
      std::optional<uint32_t> AtomicCpySize) const override;
};

} // namespace llvm

#endif
