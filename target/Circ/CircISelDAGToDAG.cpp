//===- CircISelDAGToDAG.cpp - circ instruction selection ------------------===//
//
// TableGen's patterns select nearly everything; this file adds addressing
// (base + constant offset, frame indices) and frame-index values.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircSubtarget.h"
#include "CircTargetMachine.h"
#include "llvm/CodeGen/SelectionDAGISel.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

#define DEBUG_TYPE "circ-isel"
#define PASS_NAME "circ DAG to DAG instruction selection"

namespace {

class CircDAGToDAGISel : public SelectionDAGISel {
public:
  explicit CircDAGToDAGISel(CircTargetMachine &TM) : SelectionDAGISel(TM) {}

  void Select(SDNode *N) override;

  /// Splits an address into a base (register or frame index) and an offset.
  bool selectAddr(SDValue Addr, SDValue &Base, SDValue &Offset);

#include "CircGenDAGISel.inc"
};

class CircDAGToDAGISelLegacy : public SelectionDAGISelLegacy {
public:
  static char ID;
  explicit CircDAGToDAGISelLegacy(CircTargetMachine &TM)
      : SelectionDAGISelLegacy(ID, std::make_unique<CircDAGToDAGISel>(TM)) {}
};

} // namespace

char CircDAGToDAGISelLegacy::ID = 0;
// Registered by name: from -O1 code generation starts here, on IR that its
// IR passes prepared for the whole module (tools/circ-llc/CodeGenPipelines).
INITIALIZE_PASS(CircDAGToDAGISelLegacy, DEBUG_TYPE, PASS_NAME, false, false)

static SDValue frameIndexOrSelf(SelectionDAG &DAG, SDValue V) {
  if (auto *FI = dyn_cast<FrameIndexSDNode>(V))
    return DAG.getTargetFrameIndex(FI->getIndex(), MVT::i64);
  return V;
}

bool CircDAGToDAGISel::selectAddr(SDValue Addr, SDValue &Base,
                                  SDValue &Offset) {
  SDLoc DL(Addr);
  if (CurDAG->isBaseWithConstantOffset(Addr)) {
    auto *C = cast<ConstantSDNode>(Addr.getOperand(1));
    Base = frameIndexOrSelf(*CurDAG, Addr.getOperand(0));
    Offset = CurDAG->getTargetConstant(C->getSExtValue(), DL, MVT::i64);
    return true;
  }
  Base = frameIndexOrSelf(*CurDAG, Addr);
  Offset = CurDAG->getTargetConstant(0, DL, MVT::i64);
  return true;
}

void CircDAGToDAGISel::Select(SDNode *N) {
  if (N->isMachineOpcode()) {
    N->setNodeId(-1);
    return;
  }
  if (N->getOpcode() == ISD::FrameIndex) {
    // The address of a stack object: base + 0, rewritten by frame lowering.
    SDLoc DL(N);
    int FI = cast<FrameIndexSDNode>(N)->getIndex();
    SDValue TFI = CurDAG->getTargetFrameIndex(FI, MVT::i64);
    ReplaceNode(
        N, CurDAG->getMachineNode(Circ::ADDri, DL, MVT::i64, TFI,
                                  CurDAG->getTargetConstant(0, DL, MVT::i64)));
    return;
  }
  SelectCode(N);
}

FunctionPass *llvm::createCircISelDag(CircTargetMachine &TM) {
  return new CircDAGToDAGISelLegacy(TM);
}
