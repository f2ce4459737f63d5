//===- CircSetjmp.h - the setjmp and longjmp routines ----------*- C++ -*-===//
//
// __circ_setjmp and __circ_longjmp (runtime/include/setjmp.h) touch %bp, %ap
// and %rp, which no C function may, so the asm printer writes them itself, in
// the module's io width, into every module that calls them.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_CIRCSETJMP_H
#define CIRC_CIRCSETJMP_H

#include "llvm/ADT/StringRef.h"

namespace llvm {
class MCContext;
class MCStreamer;
class MCSubtargetInfo;
class Module;
} // namespace llvm

namespace circ {
/// Whether \p Name is one of the routines emitSetjmpRoutines writes.
bool isSetjmpRoutine(llvm::StringRef Name);

/// Writes those of __circ_setjmp and __circ_longjmp that \p M calls, for io
/// width \p Width, into the current (text) section.
void emitSetjmpRoutines(const llvm::Module &M, unsigned Width,
                        llvm::MCStreamer &S, const llvm::MCSubtargetInfo &STI,
                        llvm::MCContext &Ctx);
} // namespace circ

#endif
