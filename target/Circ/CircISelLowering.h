//===- CircISelLowering.h - circ DAG lowering -------------------*- C++ -*-===//
#ifndef CIRC_CIRCISELLOWERING_H
#define CIRC_CIRCISELLOWERING_H

#include "llvm/CodeGen/SelectionDAG.h"
#include "llvm/CodeGen/TargetLowering.h"

namespace llvm {
class CircSubtarget;

namespace CircISD {
enum NodeType : unsigned {
  FIRST_NUMBER = ISD::BUILTIN_OP_END,
  CALL, // call with a chain, glue and the argument registers as operands
  RET,  // return with the result registers as operands
  ADDR, // the address of a symbol
  // The write-once stack builtins (__circ_frame, __circ_push, __circ_ldf,
  // __circ_popf) that lowered circ.push / circ.pop call.
  FRAME,
  PUSH,
  LDF,
  POPF,
};
} // namespace CircISD

class CircTargetLowering : public TargetLowering {
public:
  CircTargetLowering(const TargetMachine &TM, const CircSubtarget &STI);

  SDValue LowerOperation(SDValue Op, SelectionDAG &DAG) const override;

  // A vector compare gives a vector of lanes (split into scalars later): a
  // scalar result made a sdiv by <1, 4> select whole vectors (pr53645).
  EVT getSetCCResultType(const DataLayout &, LLVMContext &,
                         EVT VT) const override {
    return VT.isVector() ? VT.changeVectorElementTypeToInteger()
                         : EVT(MVT::i64);
  }

  SDValue LowerFormalArguments(SDValue Chain, CallingConv::ID CC, bool IsVarArg,
                               const SmallVectorImpl<ISD::InputArg> &Ins,
                               const SDLoc &DL, SelectionDAG &DAG,
                               SmallVectorImpl<SDValue> &InVals) const override;
  SDValue LowerCall(CallLoweringInfo &CLI,
                    SmallVectorImpl<SDValue> &InVals) const override;
  bool CanLowerReturn(CallingConv::ID CC, MachineFunction &MF, bool IsVarArg,
                      const SmallVectorImpl<ISD::OutputArg> &Outs,
                      LLVMContext &Context, const Type *RetTy) const override;
  SDValue LowerReturn(SDValue Chain, CallingConv::ID CC, bool IsVarArg,
                      const SmallVectorImpl<ISD::OutputArg> &Outs,
                      const SmallVectorImpl<SDValue> &OutVals, const SDLoc &DL,
                      SelectionDAG &DAG) const override;

  bool isOffsetFoldingLegal(const GlobalAddressSDNode *) const override {
    return true;
  }

private:
  const CircSubtarget &STI;

  SDValue lowerSymbol(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerVASTART(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerFRAMEADDR(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerRETURNADDR(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerCallResult(SDValue Chain, SDValue Glue,
                          const SmallVectorImpl<ISD::InputArg> &Ins,
                          const SDLoc &DL, SelectionDAG &DAG,
                          SmallVectorImpl<SDValue> &InVals, bool IsVarArg,
                          CallingConv::ID CC) const;
};

} // namespace llvm

#endif
