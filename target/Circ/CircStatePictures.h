//===- CircStatePictures.h - Graphviz pictures of allocations ---*- C++ -*-===//
//
// -circ-dot-states: the pipeline draws each function's transition states
// after register allocation (CircDotStates) and keeps the Graphviz text
// here; the driver writes the files of the compile it keeps (with
// -circ-io-width=auto, the chosen width's).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_CIRCSTATEPICTURES_H
#define CIRC_CIRCSTATEPICTURES_H

#include <string>
#include <vector>

namespace circ {

struct StatePicture {
  std::string Function; ///< the function's name
  std::string Dot;      ///< a Graphviz digraph
};
using StatePictures = std::vector<StatePicture>;

} // namespace circ

#endif
