//===- CircTargetTransformInfo.cpp - what IR passes ask of circ -----------===//

#include "CircTargetTransformInfo.h"
#include "llvm/IR/DerivedTypes.h"

using namespace llvm;

// The widest access (8, 4, 2 or 1 bytes) that both alignments allow.
static unsigned widestAccess(Align SrcAlign, Align DestAlign) {
  uint64_t Common = std::min(SrcAlign.value(), DestAlign.value());
  return (unsigned)std::min<uint64_t>(Common, 8);
}

Type *CircTTIImpl::getMemcpyLoopLoweringType(
    LLVMContext &Context, Value *Length, unsigned SrcAddrSpace,
    unsigned DestAddrSpace, Align SrcAlign, Align DestAlign,
    std::optional<uint32_t> AtomicElementSize) const {
  if (AtomicElementSize)
    return Type::getIntNTy(Context, *AtomicElementSize * 8);
  return Type::getIntNTy(Context, widestAccess(SrcAlign, DestAlign) * 8);
}

void CircTTIImpl::getMemcpyLoopResidualLoweringType(
    SmallVectorImpl<Type *> &OpsOut, LLVMContext &Context,
    unsigned RemainingBytes, unsigned SrcAddrSpace, unsigned DestAddrSpace,
    Align SrcAlign, Align DestAlign,
    std::optional<uint32_t> AtomicCpySize) const {
  if (AtomicCpySize) {
    BaseT::getMemcpyLoopResidualLoweringType(
        OpsOut, Context, RemainingBytes, SrcAddrSpace, DestAddrSpace, SrcAlign,
        DestAlign, AtomicCpySize);
    return;
  }
  // The residual starts where the loop's accesses end, a multiple of the
  // loop's access size, so the same alignment holds; narrower at the end.
  for (unsigned Size = widestAccess(SrcAlign, DestAlign); RemainingBytes;
       Size /= 2)
    for (; RemainingBytes >= Size; RemainingBytes -= Size)
      OpsOut.push_back(Type::getIntNTy(Context, Size * 8));
}
