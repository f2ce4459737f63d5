//===- CircRegisterInfo.td - circ registers ----------------*- tablegen -*-===//
//
// 64 general registers and four reserved ones. Which general registers may
// carry values across a transition depends on the io width (docs/machine.md);
// that is a property of the code, not of the register file.
//
//===----------------------------------------------------------------------===//

class CircReg<int Enc, string Name> : Register<Name> {
  let HWEncoding{6-0} = Enc;
  let Namespace = "Circ";
}

foreach I = 0-63 in
  def R#I : CircReg<I, "r"#I>, DwarfRegNum<[I]>;

def SP : CircReg<64, "sp">, DwarfRegNum<[64]>; // write-once stack pointer
def BP : CircReg<65, "bp">, DwarfRegNum<[65]>; // write-once frame base
def RP : CircReg<66, "rp">, DwarfRegNum<[66]>; // return pointer
def AP : CircReg<67, "ap">, DwarfRegNum<[67]>; // RAM stack pointer

// Low registers first: every allocator then tends toward a small io width.
def GPR : RegisterClass<"Circ", [i64], 64,
                        (add (sequence "R%u", 0, 63), SP, BP, RP, AP)>;
