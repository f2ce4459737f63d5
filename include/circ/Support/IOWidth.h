//===- IOWidth.h - how a module states its io width -------------*- C++ -*-===//
//
// The io width is a property of the module: the LLVM module flag
// !{i32 1, !"circ.io-width", i32 W} says it (0 = unbounded), the dialect's
// lowering writes it from the module attribute circ.io_width, and circ-llc's
// -circ-io-width overrides it. Shared by the dialect library and the target.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_SUPPORT_IOWIDTH_H
#define CIRC_SUPPORT_IOWIDTH_H

namespace circ {

/// The module flag that gives a module's io width.
inline constexpr const char *IOWidthFlagName = "circ.io-width";
/// The narrowest io width the calling convention allows (its first argument
/// and result registers, and one callee-saved pair).
inline constexpr unsigned MinIOWidth = 4;
/// The widest: every general register.
inline constexpr unsigned MaxIOWidth = 64;
/// -circ-io-width=auto: the driver chooses the width that minimises the
/// predicted prover cost (docs/regalloc.md, "Choosing the io width").
inline constexpr unsigned AutoIOWidth = ~0u;

} // namespace circ

#endif // CIRC_SUPPORT_IOWIDTH_H
