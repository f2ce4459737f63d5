//===- CopyMachineFunction.h - a machine function, copied -------*- C++ -*-===//
//
// -circ-io-width=auto compiles one program at several io widths, and what
// instruction selection makes of a function is the same at the widths that
// leave it the same argument registers. So that code is kept once and
// copied for each width, with that width's subtarget.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_COPYMACHINEFUNCTION_H
#define CIRC_COPYMACHINEFUNCTION_H

#include <memory>

namespace llvm {
class MCContext;
class MachineFunction;
class TargetSubtargetInfo;

/// A copy of \p Src (of the same IR function, block and virtual register
/// numbers, frame objects and constant pool) whose code is compiled for
/// \p STI, whose symbols live in \p Ctx and whose labels are numbered as
/// function \p FunctionNumber's. The copy refers to the IR that
/// \p Src refers to. Reports a fatal error on what circ's instruction
/// selection never makes (jump tables, call-site records, instruction
/// symbols), rather than copy it wrong.
std::unique_ptr<MachineFunction>
copyMachineFunction(const MachineFunction &Src, const TargetSubtargetInfo &STI,
                    MCContext &Ctx, unsigned FunctionNumber);

} // namespace llvm

#endif // CIRC_COPYMACHINEFUNCTION_H
