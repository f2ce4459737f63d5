//===- CircISelLowering.cpp - circ DAG lowering ---------------------------===//
//
// Only i64 is legal; the legalizer widens every smaller integer. What the
// machine has no instruction for is expanded into what it has; floating point
// is rejected before instruction selection (circ-llc checks the module).
//
//===----------------------------------------------------------------------===//

#include "CircISelLowering.h"
#include "Circ.h"
#include "CircCallingConv.h"
#include "CircMachineFunctionInfo.h"
#include "CircRegisterInfo.h"
#include "CircSubtarget.h"
#include "llvm/CodeGen/CallingConvLower.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/SelectionDAGNodes.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;

// The routines float and double operations become (the names libgcc and
// compiler-rt use).
static const std::pair<RTLIB::Libcall, RTLIB::LibcallImpl> FloatLibcalls[] = {
    {RTLIB::ADD_F32, RTLIB::impl___addsf3},
    {RTLIB::SUB_F32, RTLIB::impl___subsf3},
    {RTLIB::MUL_F32, RTLIB::impl___mulsf3},
    {RTLIB::DIV_F32, RTLIB::impl___divsf3},
    {RTLIB::REM_F32, RTLIB::impl_fmodf},
    {RTLIB::FPTOSINT_F32_I32, RTLIB::impl___fixsfsi},
    {RTLIB::FPTOUINT_F32_I32, RTLIB::impl___fixunssfsi},
    {RTLIB::SINTTOFP_I32_F32, RTLIB::impl___floatsisf},
    {RTLIB::UINTTOFP_I32_F32, RTLIB::impl___floatunsisf},
    {RTLIB::FPTOSINT_F32_I64, RTLIB::impl___fixsfdi},
    {RTLIB::FPTOUINT_F32_I64, RTLIB::impl___fixunssfdi},
    {RTLIB::SINTTOFP_I64_F32, RTLIB::impl___floatdisf},
    {RTLIB::UINTTOFP_I64_F32, RTLIB::impl___floatundisf},
    {RTLIB::FPTOSINT_F32_I128, RTLIB::impl___fixsfti},
    {RTLIB::FPTOUINT_F32_I128, RTLIB::impl___fixunssfti},
    {RTLIB::SINTTOFP_I128_F32, RTLIB::impl___floattisf},
    {RTLIB::UINTTOFP_I128_F32, RTLIB::impl___floatuntisf},
    {RTLIB::OEQ_F32, RTLIB::impl___eqsf2},
    {RTLIB::UNE_F32, RTLIB::impl___nesf2},
    {RTLIB::OGE_F32, RTLIB::impl___gesf2},
    {RTLIB::OLT_F32, RTLIB::impl___ltsf2},
    {RTLIB::OLE_F32, RTLIB::impl___lesf2},
    {RTLIB::OGT_F32, RTLIB::impl___gtsf2},
    {RTLIB::UO_F32, RTLIB::impl___unordsf2},
    {RTLIB::POWI_F32, RTLIB::impl___powisf2},
    {RTLIB::SQRT_F32, RTLIB::impl_sqrtf},
    {RTLIB::FLOOR_F32, RTLIB::impl_floorf},
    {RTLIB::CEIL_F32, RTLIB::impl_ceilf},
    {RTLIB::TRUNC_F32, RTLIB::impl_truncf},
    {RTLIB::ROUND_F32, RTLIB::impl_roundf},
    {RTLIB::RINT_F32, RTLIB::impl_rintf},
    {RTLIB::NEARBYINT_F32, RTLIB::impl_nearbyintf},
    {RTLIB::FMIN_F32, RTLIB::impl_fminf},
    {RTLIB::FMAX_F32, RTLIB::impl_fmaxf},
    {RTLIB::LDEXP_F32, RTLIB::impl_ldexpf},
    {RTLIB::FREXP_F32, RTLIB::impl_frexpf},
    {RTLIB::LROUND_F32, RTLIB::impl_lroundf},
    {RTLIB::LLROUND_F32, RTLIB::impl_llroundf},
    {RTLIB::ADD_F64, RTLIB::impl___adddf3},
    {RTLIB::SUB_F64, RTLIB::impl___subdf3},
    {RTLIB::MUL_F64, RTLIB::impl___muldf3},
    {RTLIB::DIV_F64, RTLIB::impl___divdf3},
    {RTLIB::REM_F64, RTLIB::impl_fmod},
    {RTLIB::FPTOSINT_F64_I32, RTLIB::impl___fixdfsi},
    {RTLIB::FPTOUINT_F64_I32, RTLIB::impl___fixunsdfsi},
    {RTLIB::SINTTOFP_I32_F64, RTLIB::impl___floatsidf},
    {RTLIB::UINTTOFP_I32_F64, RTLIB::impl___floatunsidf},
    {RTLIB::FPTOSINT_F64_I64, RTLIB::impl___fixdfdi},
    {RTLIB::FPTOUINT_F64_I64, RTLIB::impl___fixunsdfdi},
    {RTLIB::SINTTOFP_I64_F64, RTLIB::impl___floatdidf},
    {RTLIB::UINTTOFP_I64_F64, RTLIB::impl___floatundidf},
    {RTLIB::FPTOSINT_F64_I128, RTLIB::impl___fixdfti},
    {RTLIB::FPTOUINT_F64_I128, RTLIB::impl___fixunsdfti},
    {RTLIB::SINTTOFP_I128_F64, RTLIB::impl___floattidf},
    {RTLIB::UINTTOFP_I128_F64, RTLIB::impl___floatuntidf},
    {RTLIB::OEQ_F64, RTLIB::impl___eqdf2},
    {RTLIB::UNE_F64, RTLIB::impl___nedf2},
    {RTLIB::OGE_F64, RTLIB::impl___gedf2},
    {RTLIB::OLT_F64, RTLIB::impl___ltdf2},
    {RTLIB::OLE_F64, RTLIB::impl___ledf2},
    {RTLIB::OGT_F64, RTLIB::impl___gtdf2},
    {RTLIB::UO_F64, RTLIB::impl___unorddf2},
    {RTLIB::POWI_F64, RTLIB::impl___powidf2},
    {RTLIB::SQRT_F64, RTLIB::impl_sqrt},
    {RTLIB::FLOOR_F64, RTLIB::impl_floor},
    {RTLIB::CEIL_F64, RTLIB::impl_ceil},
    {RTLIB::TRUNC_F64, RTLIB::impl_trunc},
    {RTLIB::ROUND_F64, RTLIB::impl_round},
    {RTLIB::RINT_F64, RTLIB::impl_rint},
    {RTLIB::NEARBYINT_F64, RTLIB::impl_nearbyint},
    {RTLIB::FMIN_F64, RTLIB::impl_fmin},
    {RTLIB::FMAX_F64, RTLIB::impl_fmax},
    {RTLIB::LDEXP_F64, RTLIB::impl_ldexp},
    {RTLIB::FREXP_F64, RTLIB::impl_frexp},
    {RTLIB::LROUND_F64, RTLIB::impl_lround},
    {RTLIB::LLROUND_F64, RTLIB::impl_llround},
    {RTLIB::FPEXT_F32_F64, RTLIB::impl___extendsfdf2},
    {RTLIB::FPROUND_F64_F32, RTLIB::impl___truncdfsf2},
};

std::vector<StringRef> circ::floatLibcallNames() {
  std::vector<StringRef> Names;
  for (auto [Call, Impl] : FloatLibcalls)
    Names.push_back(RTLIB::RuntimeLibcallsInfo::getLibcallImplName(Impl));
  return Names;
}

CircTargetLowering::CircTargetLowering(const TargetMachine &TM,
                                       const CircSubtarget &STI)
    : TargetLowering(TM, STI), STI(STI) {
  addRegisterClass(MVT::i64, &Circ::GPRRegClass);
  computeRegisterProperties(STI.getRegisterInfo());

  setStackPointerRegisterToSaveRestore(Circ::AP);
  setBooleanContents(ZeroOrOneBooleanContent);
  setSchedulingPreference(Sched::RegPressure);
  setMinFunctionAlignment(Align(1));
  setPrefFunctionAlignment(Align(1));
  // No jump tables: a switch becomes a tree of compares and branches, whose
  // tests are cheap wires inside blocks; a table would cost a RAM read and
  // an indirect transition (jr) on every dispatch.
  setMinimumJumpTableEntries(UINT_MAX);

  for (MVT VT : {MVT::i1, MVT::i8, MVT::i16, MVT::i32}) {
    setLoadExtAction({ISD::EXTLOAD, ISD::ZEXTLOAD, ISD::SEXTLOAD}, MVT::i64, VT,
                     VT == MVT::i1 ? Promote : Legal);
    setOperationAction(ISD::SIGN_EXTEND_INREG, VT, Expand);
  }
  setTruncStoreAction(MVT::i64, MVT::i1, Expand);

  setOperationAction({ISD::GlobalAddress, ISD::ExternalSymbol,
                      ISD::BlockAddress, ISD::ConstantPool},
                     MVT::i64, Custom);
  setOperationAction(ISD::VASTART, MVT::Other, Custom);
  setOperationAction({ISD::VAARG, ISD::VACOPY, ISD::VAEND}, MVT::Other, Expand);
  setOperationAction({ISD::FRAMEADDR, ISD::RETURNADDR}, MVT::i64, Custom);
  setOperationAction({ISD::STACKSAVE, ISD::STACKRESTORE}, MVT::Other, Expand);
  setOperationAction(ISD::DYNAMIC_STACKALLOC, MVT::i64, Expand);

  // BRIND is jr (computed goto); jump tables are off (above).
  setOperationAction({ISD::BR_CC, ISD::BR_JT}, MVT::Other, Expand);
  setOperationAction({ISD::BR_CC, ISD::SELECT_CC}, MVT::i64, Expand);

  setOperationAction({ISD::SDIVREM,
                      ISD::UDIVREM,
                      ISD::SMUL_LOHI,
                      ISD::UMUL_LOHI,
                      ISD::ROTL,
                      ISD::ROTR,
                      ISD::BSWAP,
                      ISD::BITREVERSE,
                      ISD::CTPOP,
                      ISD::CTLZ,
                      ISD::CTTZ,
                      ISD::CTLZ_ZERO_UNDEF,
                      ISD::CTTZ_ZERO_UNDEF,
                      ISD::SHL_PARTS,
                      ISD::SRA_PARTS,
                      ISD::SRL_PARTS,
                      ISD::ABS,
                      ISD::SMIN,
                      ISD::SMAX,
                      ISD::UMIN,
                      ISD::UMAX,
                      ISD::FSHL,
                      ISD::FSHR,
                      ISD::UADDO,
                      ISD::USUBO,
                      ISD::SADDO,
                      ISD::SSUBO,
                      ISD::UMULO,
                      ISD::SMULO,
                      ISD::UADDO_CARRY,
                      ISD::USUBO_CARRY,
                      ISD::SADDO_CARRY,
                      ISD::SSUBO_CARRY,
                      ISD::ADDC,
                      ISD::ADDE,
                      ISD::SUBC,
                      ISD::SUBE,
                      ISD::SADDSAT,
                      ISD::UADDSAT,
                      ISD::SSUBSAT,
                      ISD::USUBSAT,
                      ISD::ABDS,
                      ISD::ABDU,
                      ISD::SCMP,
                      ISD::UCMP,
                      ISD::AVGFLOORS,
                      ISD::AVGFLOORU,
                      ISD::AVGCEILS,
                      ISD::AVGCEILU},
                     MVT::i64, Expand);
  // Division by a constant becomes a multiply-high sequence.
  setOperationAction({ISD::MULHS, ISD::MULHU}, MVT::i64, Legal);

  setOperationAction(ISD::TRAP, MVT::Other, Legal);
  setOperationAction(ISD::DEBUGTRAP, MVT::Other, Expand);

  // memcpy/memset/memmove that are not written out call the runtime. The
  // triple names no OS, so LLVM knows of no library: name the calls here.
  setLibcallImpl(RTLIB::MEMCPY, RTLIB::impl_memcpy);
  setLibcallImpl(RTLIB::MEMMOVE, RTLIB::impl_memmove);
  setLibcallImpl(RTLIB::MEMSET, RTLIB::impl_memset);
  // 128-bit division and remainder: runtime/src/int128.c.
  setLibcallImpl(RTLIB::SDIV_I128, RTLIB::impl___divti3);
  setLibcallImpl(RTLIB::UDIV_I128, RTLIB::impl___udivti3);
  setLibcallImpl(RTLIB::SREM_I128, RTLIB::impl___modti3);
  setLibcallImpl(RTLIB::UREM_I128, RTLIB::impl___umodti3);
  // float and double have no registers: they are softened to i32 and i64
  // and computed by runtime/src/softfloat.c and runtime/src/math.c.
  for (auto [Call, Impl] : FloatLibcalls)
    setLibcallImpl(Call, Impl);
  // A copy or fill of known size is written out when it takes at most 128
  // stores (CircTargetTransformInfo.h: one block instead of a loop that
  // pays for a transition every iteration; with CircTTIImpl's limit of 512
  // bytes that is any one of 4-byte alignment or more).
  MaxStoresPerMemcpy = MaxStoresPerMemcpyOptSize = 128;
  MaxStoresPerMemmove = MaxStoresPerMemmoveOptSize = 128;
  MaxStoresPerMemset = MaxStoresPerMemsetOptSize = 128;
}

//===----------------------------------------------------------------------===//
// Custom lowering
//===----------------------------------------------------------------------===//

SDValue CircTargetLowering::LowerOperation(SDValue Op,
                                           SelectionDAG &DAG) const {
  switch (Op.getOpcode()) {
  case ISD::GlobalAddress:
  case ISD::ExternalSymbol:
  case ISD::BlockAddress:
  case ISD::ConstantPool:
    return lowerSymbol(Op, DAG);
  case ISD::VASTART:
    return lowerVASTART(Op, DAG);
  case ISD::FRAMEADDR:
    return lowerFRAMEADDR(Op, DAG);
  case ISD::RETURNADDR:
    return lowerRETURNADDR(Op, DAG);
  default:
    report_fatal_error("circ: unexpected operation to lower: " +
                       Twine(Op->getOperationName(&DAG)));
  }
}

SDValue CircTargetLowering::lowerSymbol(SDValue Op, SelectionDAG &DAG) const {
  SDLoc DL(Op);
  SDValue Target;
  if (auto *GA = dyn_cast<GlobalAddressSDNode>(Op))
    Target = DAG.getTargetGlobalAddress(GA->getGlobal(), DL, MVT::i64,
                                        GA->getOffset());
  else if (auto *ES = dyn_cast<ExternalSymbolSDNode>(Op))
    Target = DAG.getTargetExternalSymbol(ES->getSymbol(), MVT::i64);
  else if (auto *BA = dyn_cast<BlockAddressSDNode>(Op))
    Target = DAG.getTargetBlockAddress(BA->getBlockAddress(), MVT::i64,
                                       BA->getOffset());
  else {
    auto *CP = cast<ConstantPoolSDNode>(Op);
    Target = DAG.getTargetConstantPool(CP->getConstVal(), MVT::i64,
                                       CP->getAlign(), CP->getOffset());
  }
  return DAG.getNode(CircISD::ADDR, DL, MVT::i64, Target);
}

SDValue CircTargetLowering::lowerVASTART(SDValue Op, SelectionDAG &DAG) const {
  MachineFunction &MF = DAG.getMachineFunction();
  auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  SDLoc DL(Op);
  SDValue FrameAddr = DAG.getFrameIndex(FI->VarArgsFrameIndex,
                                        getPointerTy(MF.getDataLayout()));
  // va_list is a single pointer to the next variadic slot.
  const Value *SV = cast<SrcValueSDNode>(Op.getOperand(2))->getValue();
  return DAG.getStore(Op.getOperand(0), DL, FrameAddr, Op.getOperand(1),
                      MachinePointerInfo(SV));
}

SDValue CircTargetLowering::lowerFRAMEADDR(SDValue Op,
                                           SelectionDAG &DAG) const {
  // Only depth 0 is meaningful: the RAM frame pointer (the entry %ap).
  MachineFunction &MF = DAG.getMachineFunction();
  MF.getFrameInfo().setFrameAddressIsTaken(true);
  SDLoc DL(Op);
  if (Op.getConstantOperandVal(0) != 0) {
    DAG.getContext()->diagnose(DiagnosticInfoUnsupported(
        MF.getFunction(), "__builtin_frame_address with a non-zero depth",
        DL.getDebugLoc()));
    return DAG.getConstant(0, DL, MVT::i64);
  }
  return DAG.getCopyFromReg(DAG.getEntryNode(), DL, Circ::R3, MVT::i64);
}

SDValue CircTargetLowering::lowerRETURNADDR(SDValue Op,
                                            SelectionDAG &DAG) const {
  // Depth 0 is %rp as it was on entry; the callers' are out of reach.
  MachineFunction &MF = DAG.getMachineFunction();
  SDLoc DL(Op);
  if (Op.getConstantOperandVal(0) != 0) {
    DAG.getContext()->diagnose(DiagnosticInfoUnsupported(
        MF.getFunction(), "__builtin_return_address with a non-zero depth",
        DL.getDebugLoc()));
    return DAG.getConstant(0, DL, MVT::i64);
  }
  Register VReg = MF.addLiveIn(Circ::RP, &Circ::GPRRegClass);
  return DAG.getCopyFromReg(DAG.getEntryNode(), DL, VReg, MVT::i64);
}

//===----------------------------------------------------------------------===//
// Calling convention
//===----------------------------------------------------------------------===//

// Undoes the promotion a value got to travel in a 64-bit location.
static SDValue fromLocation(SelectionDAG &DAG, const SDLoc &DL,
                            const CCValAssign &VA, SDValue Val) {
  switch (VA.getLocInfo()) {
  case CCValAssign::SExt:
    Val = DAG.getNode(ISD::AssertSext, DL, VA.getLocVT(), Val,
                      DAG.getValueType(VA.getValVT()));
    break;
  case CCValAssign::ZExt:
    Val = DAG.getNode(ISD::AssertZext, DL, VA.getLocVT(), Val,
                      DAG.getValueType(VA.getValVT()));
    break;
  default:
    break;
  }
  if (VA.getValVT() != VA.getLocVT())
    Val = DAG.getNode(ISD::TRUNCATE, DL, VA.getValVT(), Val);
  return Val;
}

static SDValue toLocation(SelectionDAG &DAG, const SDLoc &DL,
                          const CCValAssign &VA, SDValue Val) {
  switch (VA.getLocInfo()) {
  case CCValAssign::SExt:
    return DAG.getNode(ISD::SIGN_EXTEND, DL, VA.getLocVT(), Val);
  case CCValAssign::ZExt:
    return DAG.getNode(ISD::ZERO_EXTEND, DL, VA.getLocVT(), Val);
  case CCValAssign::AExt:
    return DAG.getNode(ISD::ANY_EXTEND, DL, VA.getLocVT(), Val);
  default:
    return Val;
  }
}

SDValue CircTargetLowering::LowerFormalArguments(
    SDValue Chain, CallingConv::ID CC, bool IsVarArg,
    const SmallVectorImpl<ISD::InputArg> &Ins, const SDLoc &DL,
    SelectionDAG &DAG, SmallVectorImpl<SDValue> &InVals) const {
  MachineFunction &MF = DAG.getMachineFunction();
  MachineFrameInfo &MFI = MF.getFrameInfo();
  MachineRegisterInfo &RegInfo = MF.getRegInfo();

  SmallVector<CCValAssign, 16> ArgLocs;
  CCState CCInfo(CC, IsVarArg, MF, ArgLocs, *DAG.getContext());
  CCInfo.AnalyzeFormalArguments(Ins, CC_Circ);

  for (const CCValAssign &VA : ArgLocs) {
    if (Ins[VA.getValNo()].Flags.isByVal())
      report_fatal_error("circ: byval arguments are not supported");
    SDValue Val;
    if (VA.isRegLoc()) {
      Register VReg = RegInfo.createVirtualRegister(&Circ::GPRRegClass);
      RegInfo.addLiveIn(VA.getLocReg(), VReg);
      Val = DAG.getCopyFromReg(Chain, DL, VReg, VA.getLocVT());
    } else {
      int FI = MFI.CreateFixedObject(8, VA.getLocMemOffset(), true);
      SDValue Addr = DAG.getFrameIndex(FI, MVT::i64);
      Val = DAG.getLoad(VA.getLocVT(), DL, Chain, Addr,
                        MachinePointerInfo::getFixedStack(MF, FI));
    }
    InVals.push_back(fromLocation(DAG, DL, VA, Val));
  }

  if (IsVarArg) {
    // Variadic arguments start right after the fixed stack arguments.
    auto *FuncInfo = MF.getInfo<CircMachineFunctionInfo>();
    FuncInfo->VarArgsFrameIndex =
        MFI.CreateFixedObject(8, CCInfo.getStackSize(), true);
  }
  return Chain;
}

bool CircTargetLowering::CanLowerReturn(
    CallingConv::ID CC, MachineFunction &MF, bool IsVarArg,
    const SmallVectorImpl<ISD::OutputArg> &Outs, LLVMContext &Context,
    const Type *) const {
  SmallVector<CCValAssign, 4> RVLocs;
  CCState CCInfo(CC, IsVarArg, MF, RVLocs, Context);
  return CCInfo.CheckReturn(Outs, RetCC_Circ);
}

SDValue
CircTargetLowering::LowerReturn(SDValue Chain, CallingConv::ID CC,
                                bool IsVarArg,
                                const SmallVectorImpl<ISD::OutputArg> &Outs,
                                const SmallVectorImpl<SDValue> &OutVals,
                                const SDLoc &DL, SelectionDAG &DAG) const {
  MachineFunction &MF = DAG.getMachineFunction();
  SmallVector<CCValAssign, 4> RVLocs;
  CCState CCInfo(CC, IsVarArg, MF, RVLocs, *DAG.getContext());
  CCInfo.AnalyzeReturn(Outs, RetCC_Circ);

  SDValue Glue;
  SmallVector<SDValue, 4> RetOps(1, Chain);
  for (unsigned I = 0; I != RVLocs.size(); ++I) {
    const CCValAssign &VA = RVLocs[I];
    Chain = DAG.getCopyToReg(Chain, DL, VA.getLocReg(),
                             toLocation(DAG, DL, VA, OutVals[I]), Glue);
    Glue = Chain.getValue(1);
    RetOps.push_back(DAG.getRegister(VA.getLocReg(), VA.getLocVT()));
  }
  RetOps[0] = Chain;
  if (Glue.getNode())
    RetOps.push_back(Glue);
  return DAG.getNode(CircISD::RET, DL, MVT::Other, RetOps);
}

// Calls to the write-once stack builtins, which -convert-circ-to-llvm emits
// for circ.push and circ.pop, become single instructions, not calls: the
// frames the dialect chose reach the assembly unchanged. Returns the new
// chain, or nothing if CLI calls something else.
static SDValue lowerStackBuiltin(TargetLowering::CallLoweringInfo &CLI,
                                 SmallVectorImpl<SDValue> &InVals) {
  StringRef Name;
  if (auto *G = dyn_cast<GlobalAddressSDNode>(CLI.Callee))
    Name = G->getGlobal()->getName();
  else if (auto *E = dyn_cast<ExternalSymbolSDNode>(CLI.Callee))
    Name = E->getSymbol();
  if (!Name.starts_with("__circ_"))
    return SDValue();
  SelectionDAG &DAG = CLI.DAG;
  const SDLoc &DL = CLI.DL;
  unsigned Args = CLI.OutVals.size();
  if (Name == "__circ_frame" && Args == 0)
    return DAG.getNode(CircISD::FRAME, DL, MVT::Other, CLI.Chain);
  if (Name == "__circ_popf" && Args == 0)
    return DAG.getNode(CircISD::POPF, DL, MVT::Other, CLI.Chain);
  if (Name == "__circ_push" && Args == 1)
    return DAG.getNode(CircISD::PUSH, DL, MVT::Other, CLI.Chain,
                       CLI.OutVals[0]);
  if (Name == "__circ_ldf" && Args == 1 && CLI.Ins.size() == 1) {
    auto *Off = dyn_cast<ConstantSDNode>(CLI.OutVals[0]);
    if (!Off)
      report_fatal_error("circ: __circ_ldf needs a constant frame offset");
    SDValue V = DAG.getNode(
        CircISD::LDF, DL, DAG.getVTList(MVT::i64, MVT::Other), CLI.Chain,
        DAG.getTargetConstant(Off->getSExtValue(), DL, MVT::i64));
    InVals.push_back(V);
    return V.getValue(1);
  }
  return SDValue();
}

SDValue CircTargetLowering::LowerCall(CallLoweringInfo &CLI,
                                      SmallVectorImpl<SDValue> &InVals) const {
  if (SDValue Chain = lowerStackBuiltin(CLI, InVals))
    return Chain;
  SelectionDAG &DAG = CLI.DAG;
  SDLoc &DL = CLI.DL;
  SmallVectorImpl<ISD::OutputArg> &Outs = CLI.Outs;
  SmallVectorImpl<SDValue> &OutVals = CLI.OutVals;
  SDValue Chain = CLI.Chain;
  SDValue Callee = CLI.Callee;
  MachineFunction &MF = DAG.getMachineFunction();
  CLI.IsTailCall = false;

  SmallVector<CCValAssign, 16> ArgLocs;
  CCState CCInfo(CLI.CallConv, CLI.IsVarArg, MF, ArgLocs, *DAG.getContext());
  CCInfo.AnalyzeCallOperands(Outs, CC_Circ);
  unsigned NumBytes = alignTo(CCInfo.getStackSize(), 16);

  for (const ISD::OutputArg &Out : Outs)
    if (Out.Flags.isByVal())
      report_fatal_error("circ: byval arguments are not supported");

  Chain = DAG.getCALLSEQ_START(Chain, NumBytes, 0, DL);

  SmallVector<std::pair<Register, SDValue>, 8> RegsToPass;
  SmallVector<SDValue, 8> MemOpChains;
  SDValue StackPtr;
  for (unsigned I = 0; I != ArgLocs.size(); ++I) {
    const CCValAssign &VA = ArgLocs[I];
    SDValue Arg = toLocation(DAG, DL, VA, OutVals[I]);
    if (VA.isRegLoc()) {
      RegsToPass.push_back({VA.getLocReg(), Arg});
      continue;
    }
    if (!StackPtr.getNode())
      StackPtr = DAG.getCopyFromReg(Chain, DL, Circ::AP, MVT::i64);
    SDValue Addr = DAG.getNode(ISD::ADD, DL, MVT::i64, StackPtr,
                               DAG.getIntPtrConstant(VA.getLocMemOffset(), DL));
    MemOpChains.push_back(
        DAG.getStore(Chain, DL, Arg, Addr, MachinePointerInfo()));
  }
  if (!MemOpChains.empty())
    Chain = DAG.getNode(ISD::TokenFactor, DL, MVT::Other, MemOpChains);

  SDValue Glue;
  for (auto &[Reg, Val] : RegsToPass) {
    Chain = DAG.getCopyToReg(Chain, DL, Reg, Val, Glue);
    Glue = Chain.getValue(1);
  }

  if (auto *G = dyn_cast<GlobalAddressSDNode>(Callee))
    Callee = DAG.getTargetGlobalAddress(G->getGlobal(), DL, MVT::i64,
                                        G->getOffset());
  else if (auto *E = dyn_cast<ExternalSymbolSDNode>(Callee))
    Callee = DAG.getTargetExternalSymbol(E->getSymbol(), MVT::i64);

  SmallVector<SDValue, 8> Ops;
  Ops.push_back(Chain);
  Ops.push_back(Callee);
  for (auto &[Reg, Val] : RegsToPass)
    Ops.push_back(DAG.getRegister(Reg, Val.getValueType()));
  const uint32_t *Mask =
      STI.getRegisterInfo()->getCallPreservedMask(MF, CLI.CallConv);
  Ops.push_back(DAG.getRegisterMask(Mask));
  if (Glue.getNode())
    Ops.push_back(Glue);

  SDVTList NodeTys = DAG.getVTList(MVT::Other, MVT::Glue);
  Chain = DAG.getNode(CircISD::CALL, DL, NodeTys, Ops);
  Glue = Chain.getValue(1);

  Chain = DAG.getCALLSEQ_END(Chain, NumBytes, 0, Glue, DL);
  Glue = Chain.getValue(1);

  return lowerCallResult(Chain, Glue, CLI.Ins, DL, DAG, InVals, CLI.IsVarArg,
                         CLI.CallConv);
}

SDValue CircTargetLowering::lowerCallResult(
    SDValue Chain, SDValue Glue, const SmallVectorImpl<ISD::InputArg> &Ins,
    const SDLoc &DL, SelectionDAG &DAG, SmallVectorImpl<SDValue> &InVals,
    bool IsVarArg, CallingConv::ID CC) const {
  SmallVector<CCValAssign, 4> RVLocs;
  CCState CCInfo(CC, IsVarArg, DAG.getMachineFunction(), RVLocs,
                 *DAG.getContext());
  CCInfo.AnalyzeCallResult(Ins, RetCC_Circ);
  for (const CCValAssign &VA : RVLocs) {
    SDValue Val =
        DAG.getCopyFromReg(Chain, DL, VA.getLocReg(), VA.getLocVT(), Glue);
    Chain = Val.getValue(1);
    Glue = Val.getValue(2);
    InVals.push_back(fromLocation(DAG, DL, VA, Val));
  }
  return Chain;
}
