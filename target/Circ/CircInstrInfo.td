//===- CircInstrInfo.td - circ instructions ----------------*- tablegen -*-===//
//
// Every instruction of docs/machine.md. Immediates are full 64-bit values (the
// machine has no encoding limits), so each binary operation has a register and
// an immediate form and no constant ever needs splitting.
//
//===----------------------------------------------------------------------===//

//===- Target nodes -------------------------------------------------------===//

def SDT_CircCall : SDTypeProfile<0, -1, [SDTCisVT<0, i64>]>;
def SDT_CircAddr : SDTypeProfile<1, 1, [SDTCisSameAs<0, 1>, SDTCisVT<0, i64>]>;
def SDT_CircCallSeqStart : SDCallSeqStart<[SDTCisVT<0, i64>, SDTCisVT<1, i64>]>;
def SDT_CircCallSeqEnd : SDCallSeqEnd<[SDTCisVT<0, i64>, SDTCisVT<1, i64>]>;

def circ_call : SDNode<"CircISD::CALL", SDT_CircCall,
                       [SDNPHasChain, SDNPOutGlue, SDNPOptInGlue,
                        SDNPVariadic]>;
def circ_ret : SDNode<"CircISD::RET", SDTNone,
                      [SDNPHasChain, SDNPOptInGlue, SDNPVariadic]>;
// A symbol's address as a value.
def circ_addr : SDNode<"CircISD::ADDR", SDT_CircAddr>;
def callseq_start : SDNode<"ISD::CALLSEQ_START", SDT_CircCallSeqStart,
                           [SDNPHasChain, SDNPOutGlue]>;
def callseq_end : SDNode<"ISD::CALLSEQ_END", SDT_CircCallSeqEnd,
                         [SDNPHasChain, SDNPOptInGlue, SDNPOutGlue]>;

// The write-once stack builtins that lowered circ.push / circ.pop call.
def circ_frame : SDNode<"CircISD::FRAME", SDTNone,
                        [SDNPHasChain, SDNPSideEffect, SDNPMayStore]>;
def circ_push : SDNode<"CircISD::PUSH", SDTypeProfile<0, 1, [SDTCisVT<0, i64>]>,
                       [SDNPHasChain, SDNPSideEffect, SDNPMayStore]>;
def circ_ldf : SDNode<"CircISD::LDF",
                      SDTypeProfile<1, 1, [SDTCisVT<0, i64>, SDTCisVT<1, i64>]>,
                      [SDNPHasChain, SDNPSideEffect, SDNPMayLoad]>;
def circ_popf : SDNode<"CircISD::POPF", SDTNone,
                       [SDNPHasChain, SDNPSideEffect, SDNPMayLoad]>;

//===- Operands -----------------------------------------------------------===//

def brtarget : Operand<OtherVT>;
def calltarget : Operand<i64>;

// OFF(%rA): a base register (or frame index before frame lowering) and a
// signed byte offset.
def memsrc : Operand<i64> {
  let MIOperandInfo = (ops GPR, i64imm);
  let PrintMethod = "printMemOperand";
}
def ADDRri : ComplexPattern<i64, 2, "selectAddr", [frameindex], []>;

//===- Formats ------------------------------------------------------------===//

class CircInst<dag outs, dag ins, string asmstr, list<dag> pattern = []>
    : Instruction {
  let Namespace = "Circ";
  let OutOperandList = outs;
  let InOperandList = ins;
  let AsmString = asmstr;
  let Pattern = pattern;
  let Size = 8;
}

class CircPseudo<dag outs, dag ins, list<dag> pattern>
    : CircInst<outs, ins, "", pattern> {
  let isPseudo = 1;
  let isCodeGenOnly = 1;
}

//===- Arithmetic ---------------------------------------------------------===//

// Traps: a register divisor of 0 is a fault on the machine, so the
// instruction may not be executed where the program would not execute it:
// marked as having side effects, no machine pass hoists it (out of a loop
// past a call that exits, say; torture pr38819). A constant divisor is known.
multiclass BinOp<string Mn, SDPatternOperator Op, bit Commutable = 0,
                 bit Traps = 0> {
  let isCommutable = Commutable, hasSideEffects = Traps in
  def rr : CircInst<(outs GPR:$rd), (ins GPR:$ra, GPR:$rb),
                    Mn # " $rd, $ra, $rb",
                    [(set GPR:$rd, (Op GPR:$ra, GPR:$rb))]>;
  def ri : CircInst<(outs GPR:$rd), (ins GPR:$ra, i64imm:$imm),
                    Mn # "i $rd, $ra, $imm",
                    [(set GPR:$rd, (Op GPR:$ra, (i64 imm:$imm)))]>;
}

defm ADD   : BinOp<"add", add, 1>;
defm SUB   : BinOp<"sub", sub>;
defm MUL   : BinOp<"mul", mul, 1>;
defm MULHS : BinOp<"mulhs", mulhs, 1>;
defm MULHU : BinOp<"mulhu", mulhu, 1>;
defm DIVS  : BinOp<"divs", sdiv, 0, 1>;
defm DIVU  : BinOp<"divu", udiv, 0, 1>;
defm REMS  : BinOp<"rems", srem, 0, 1>;
defm REMU  : BinOp<"remu", urem, 0, 1>;
defm AND   : BinOp<"and", and, 1>;
defm OR    : BinOp<"or", or, 1>;
defm XOR   : BinOp<"xor", xor, 1>;
defm SHL   : BinOp<"shl", shl>;
defm SHR   : BinOp<"shr", srl>;
defm SRA   : BinOp<"sra", sra>;

// Comparisons produce 0 or 1.
multiclass SetCC<string Mn, CondCode CC, bit Commutable = 0> {
  let isCommutable = Commutable in
  def rr : CircInst<(outs GPR:$rd), (ins GPR:$ra, GPR:$rb),
                    Mn # " $rd, $ra, $rb",
                    [(set GPR:$rd, (setcc GPR:$ra, GPR:$rb, CC))]>;
  def ri : CircInst<(outs GPR:$rd), (ins GPR:$ra, i64imm:$imm),
                    Mn # "i $rd, $ra, $imm",
                    [(set GPR:$rd, (setcc GPR:$ra, (i64 imm:$imm), CC))]>;
}

defm SEQ  : SetCC<"seq", SETEQ, 1>;
defm SNE  : SetCC<"sne", SETNE, 1>;
defm SLT  : SetCC<"slt", SETLT>;
defm SLE  : SetCC<"sle", SETLE>;
defm SGT  : SetCC<"sgt", SETGT>;
defm SGE  : SetCC<"sge", SETGE>;
defm SLTU : SetCC<"sltu", SETULT>;
defm SLEU : SetCC<"sleu", SETULE>;
defm SGTU : SetCC<"sgtu", SETUGT>;
defm SGEU : SetCC<"sgeu", SETUGE>;

def SEL : CircInst<(outs GPR:$rd), (ins GPR:$rc, GPR:$ra, GPR:$rb),
                   "sel $rd, $rc, $ra, $rb",
                   [(set GPR:$rd, (select GPR:$rc, GPR:$ra, GPR:$rb))]>;

let hasSideEffects = 0, isMoveReg = 1 in
def MOV : CircInst<(outs GPR:$rd), (ins GPR:$rs), "mov $rd, $rs">;

let hasSideEffects = 0, isReMaterializable = 1, isAsCheapAsAMove = 1,
    isMoveImm = 1 in
def LI : CircInst<(outs GPR:$rd), (ins i64imm:$imm), "li $rd, $imm",
                  [(set GPR:$rd, (i64 imm:$imm))]>;

def : Pat<(circ_addr tglobaladdr:$s), (LI tglobaladdr:$s)>;
def : Pat<(circ_addr texternalsym:$s), (LI texternalsym:$s)>;
def : Pat<(circ_addr tblockaddress:$s), (LI tblockaddress:$s)>;
def : Pat<(circ_addr tconstpool:$s), (LI tconstpool:$s)>;

//===- RAM ----------------------------------------------------------------===//

class Load<string Mn, PatFrag Op>
    : CircInst<(outs GPR:$rd), (ins memsrc:$addr), Mn # " $rd, $addr",
               [(set GPR:$rd, (Op ADDRri:$addr))]> {
  let mayLoad = 1;
  let hasSideEffects = 0;
}
def LD8U  : Load<"ld8u", zextloadi8>;
def LD8S  : Load<"ld8s", sextloadi8>;
def LD16U : Load<"ld16u", zextloadi16>;
def LD16S : Load<"ld16s", sextloadi16>;
def LD32U : Load<"ld32u", zextloadi32>;
def LD32S : Load<"ld32s", sextloadi32>;
def LD64  : Load<"ld64", load>;

def : Pat<(i64 (extloadi8 ADDRri:$a)), (LD8U ADDRri:$a)>;
def : Pat<(i64 (extloadi16 ADDRri:$a)), (LD16U ADDRri:$a)>;
def : Pat<(i64 (extloadi32 ADDRri:$a)), (LD32U ADDRri:$a)>;

class Store<string Mn, PatFrag Op>
    : CircInst<(outs), (ins GPR:$rs, memsrc:$addr), Mn # " $rs, $addr",
               [(Op GPR:$rs, ADDRri:$addr)]> {
  let mayStore = 1;
  let hasSideEffects = 0;
}
def ST8  : Store<"st8", truncstorei8>;
def ST16 : Store<"st16", truncstorei16>;
def ST32 : Store<"st32", truncstorei32>;
def ST64 : Store<"st64", store>;

//===- Write-once stack ---------------------------------------------------===//

let hasSideEffects = 1, mayStore = 1 in {
  let Uses = [SP], Defs = [SP] in
  def PUSH : CircInst<(outs), (ins GPR:$rs), "push $rs">;
  let Uses = [SP, BP], Defs = [SP, BP] in
  def FRAME : CircInst<(outs), (ins), "frame">;
}
let hasSideEffects = 1, mayLoad = 1 in {
  let Uses = [BP] in
  def LDF : CircInst<(outs GPR:$rd), (ins i64imm:$off), "ldf $rd, $off">;
  let Uses = [BP], Defs = [BP] in
  def POPF : CircInst<(outs), (ins), "popf">;
}

def : Pat<(circ_frame), (FRAME)>;
def : Pat<(circ_push GPR:$rs), (PUSH GPR:$rs)>;
def : Pat<(i64 (circ_ldf timm:$off)), (LDF timm:$off)>;
def : Pat<(circ_popf), (POPF)>;

//===- Control flow -------------------------------------------------------===//

let isTerminator = 1, isBranch = 1, isBarrier = 1 in
def JMP : CircInst<(outs), (ins brtarget:$dst), "jmp $dst", [(br bb:$dst)]>;

let isTerminator = 1, isBranch = 1 in {
  def BNZ : CircInst<(outs), (ins GPR:$rc, brtarget:$dst), "bnz $rc, $dst",
                     [(brcond GPR:$rc, bb:$dst)]>;
  def BZ : CircInst<(outs), (ins GPR:$rc, brtarget:$dst), "bz $rc, $dst">;
}
def : Pat<(brcond (i64 (seteq GPR:$rc, 0)), bb:$dst), (BZ GPR:$rc, bb:$dst)>;
def : Pat<(brcond (i64 (setne GPR:$rc, 0)), bb:$dst), (BNZ GPR:$rc, bb:$dst)>;

let isCall = 1, Defs = [RP] in {
  def CALL : CircInst<(outs), (ins calltarget:$dst, variable_ops), "call $dst">;
  def CALLR : CircInst<(outs), (ins GPR:$ra, variable_ops), "callr $ra">;
}
def : Pat<(circ_call tglobaladdr:$dst), (CALL tglobaladdr:$dst)>;
def : Pat<(circ_call texternalsym:$dst), (CALL texternalsym:$dst)>;
def : Pat<(circ_call GPR:$ra), (CALLR GPR:$ra)>;

// Computed goto: to the start of a block whose address is in a register.
let isTerminator = 1, isBranch = 1, isIndirectBranch = 1, isBarrier = 1 in
def JR : CircInst<(outs), (ins GPR:$ra), "jr $ra", [(brind GPR:$ra)]>;

let isReturn = 1, isTerminator = 1, isBarrier = 1, Uses = [RP] in
def RET : CircInst<(outs), (ins variable_ops), "ret", [(circ_ret)]>;

let isTerminator = 1, isBarrier = 1, hasSideEffects = 1 in
def TRAP : CircInst<(outs), (ins), "trap", [(trap)]>;

//===- Pseudos ------------------------------------------------------------===//

let Defs = [AP], Uses = [AP] in {
  def ADJCALLSTACKDOWN : CircPseudo<(outs), (ins i64imm:$amt1, i64imm:$amt2),
                                    [(callseq_start timm:$amt1, timm:$amt2)]>;
  def ADJCALLSTACKUP : CircPseudo<(outs), (ins i64imm:$amt1, i64imm:$amt2),
                                  [(callseq_end timm:$amt1, timm:$amt2)]>;
}

defm : RemapAllTargetPseudoPointerOperands<GPR>;
