//===- CircToLLVM.cpp - -convert-circ-to-llvm -----------------------------===//
//
// Lowers block-form circ, with func, arith and cf, to the LLVM dialect. The
// write-once stack ops become calls to four builtins the circ target selects
// to single instructions (see CircISelLowering.cpp), so the frames that
// -circ-spill chose reach the assembly as frame/push/ldf/popf.
//
//===----------------------------------------------------------------------===//

#include "circ/Dialect/Circ/CircDialect.h"
#include "circ/Transforms/Passes.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Transforms/DialectConversion.h"

namespace circ {
#define GEN_PASS_DEF_CONVERTCIRCTOLLVM
#include "circ/Transforms/Passes.h.inc"
} // namespace circ

using namespace mlir;
using namespace circ;

namespace {

// Declares (once) an external function of the runtime or a builtin.
LLVM::LLVMFuncOp declareFunc(OpBuilder &B, Operation *From, StringRef Name,
                             Type Result, ArrayRef<Type> Params) {
  auto M = From->getParentOfType<ModuleOp>();
  if (auto F = M.lookupSymbol<LLVM::LLVMFuncOp>(Name))
    return F;
  OpBuilder::InsertionGuard G(B);
  B.setInsertionPointToStart(M.getBody());
  return LLVM::LLVMFuncOp::create(B, M.getLoc(), Name,
                                  LLVM::LLVMFunctionType::get(Result, Params));
}

Value call(ConversionPatternRewriter &R, Operation *At, StringRef Name,
           Type Result, ValueRange Args) {
  SmallVector<Type> Params(Args.getTypes());
  LLVM::LLVMFuncOp F = declareFunc(R, At, Name, Result, Params);
  auto C = LLVM::CallOp::create(R, At->getLoc(), F, Args);
  return C.getNumResults() ? C.getResult() : Value();
}

Value toI64(ConversionPatternRewriter &R, Location Loc, Value V) {
  auto T = cast<IntegerType>(V.getType());
  Type I64 = R.getI64Type();
  if (T.getWidth() == 64)
    return V;
  if (T.getWidth() > 64)
    return LLVM::TruncOp::create(R, Loc, I64, V);
  if (T.getWidth() == 1)
    return LLVM::ZExtOp::create(R, Loc, I64, V);
  return LLVM::SExtOp::create(R, Loc, I64, V);
}

Type arrayType(MLIRContext *Ctx, int64_t N) {
  return LLVM::LLVMArrayType::get(IntegerType::get(Ctx, 64), N);
}

struct RomLowering : ConvertOpToLLVMPattern<RomOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(RomOp Op, OpAdaptor,
                                ConversionPatternRewriter &R) const override {
    int64_t N = Op.getValues().size();
    auto Data = DenseElementsAttr::get(
        RankedTensorType::get({N}, R.getI64Type()), Op.getValues());
    R.replaceOpWithNewOp<LLVM::GlobalOp>(
        Op, arrayType(getContext(), N),
        /*isConstant=*/true, LLVM::Linkage::Internal, Op.getSymName(), Data);
    return success();
  }
};

struct RamLowering : ConvertOpToLLVMPattern<RamOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(RamOp Op, OpAdaptor,
                                ConversionPatternRewriter &R) const override {
    Type T = arrayType(getContext(), Op.getSize());
    auto G = R.replaceOpWithNewOp<LLVM::GlobalOp>(Op, T, /*isConstant=*/false,
                                                  LLVM::Linkage::Internal,
                                                  Op.getSymName(), Attribute());
    Block *Init = R.createBlock(&G.getInitializerRegion());
    R.setInsertionPointToStart(Init);
    Value Zero = LLVM::ZeroOp::create(R, G.getLoc(), T);
    LLVM::ReturnOp::create(R, G.getLoc(), Zero);
    return success();
  }
};

// The address of element Index of the array named Sym.
Value elementAddress(ConversionPatternRewriter &R, Operation *Op,
                     FlatSymbolRefAttr Sym, Value Index) {
  auto M = Op->getParentOfType<ModuleOp>();
  Operation *Decl = M.lookupSymbol(Sym);
  int64_t N = 0;
  if (auto Rom = dyn_cast_or_null<RomOp>(Decl))
    N = Rom.getValues().size();
  else if (auto Ram = dyn_cast_or_null<RamOp>(Decl))
    N = Ram.getSize();
  else if (auto G = dyn_cast_or_null<LLVM::GlobalOp>(Decl))
    N = cast<LLVM::LLVMArrayType>(G.getType()).getNumElements();
  auto Ptr = LLVM::LLVMPointerType::get(R.getContext());
  Value Base = LLVM::AddressOfOp::create(R, Op->getLoc(), Ptr, Sym.getValue());
  return LLVM::GEPOp::create(R, Op->getLoc(), Ptr, arrayType(R.getContext(), N),
                             Base, ArrayRef<LLVM::GEPArg>{0, Index});
}

struct LoadLowering : ConvertOpToLLVMPattern<LoadOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(LoadOp Op, OpAdaptor A,
                                ConversionPatternRewriter &R) const override {
    Value Addr = elementAddress(R, Op, Op.getArrayAttr(), A.getIndex());
    R.replaceOpWithNewOp<LLVM::LoadOp>(Op, R.getI64Type(), Addr);
    return success();
  }
};

struct StoreLowering : ConvertOpToLLVMPattern<StoreOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(StoreOp Op, OpAdaptor A,
                                ConversionPatternRewriter &R) const override {
    Value Addr = elementAddress(R, Op, Op.getArrayAttr(), A.getIndex());
    R.replaceOpWithNewOp<LLVM::StoreOp>(Op, A.getValue(), Addr);
    return success();
  }
};

struct WitnessLowering : ConvertOpToLLVMPattern<WitnessOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(WitnessOp Op, OpAdaptor A,
                                ConversionPatternRewriter &R) const override {
    // At run time a witness is its hint; only the proof leaves it free.
    R.replaceOp(Op, A.getHint());
    return success();
  }
};

struct PrintLowering : ConvertOpToLLVMPattern<PrintOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(PrintOp Op, OpAdaptor A,
                                ConversionPatternRewriter &R) const override {
    Value V = toI64(R, Op.getLoc(), A.getValue());
    call(R, Op, "__circ_print_i64", LLVM::LLVMVoidType::get(getContext()), V);
    R.eraseOp(Op);
    return success();
  }
};

struct AssertLowering : ConvertOpToLLVMPattern<AssertOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(AssertOp Op, OpAdaptor A,
                                ConversionPatternRewriter &R) const override {
    auto M = Op->getParentOfType<ModuleOp>();
    // One constant string per distinct message.
    std::string Text = Op.getMessage().str();
    std::string Name = "__circ_assert_msg_" +
                       std::to_string(llvm::hash_value(Text) & 0xffffff);
    auto StrTy = LLVM::LLVMArrayType::get(R.getI8Type(), Text.size() + 1);
    if (!M.lookupSymbol(Name)) {
      OpBuilder::InsertionGuard G(R);
      R.setInsertionPointToStart(M.getBody());
      LLVM::GlobalOp::create(R, Op.getLoc(), StrTy, /*isConstant=*/true,
                             LLVM::Linkage::Internal, Name,
                             R.getStringAttr(Text + '\0'));
    }
    auto Ptr = LLVM::LLVMPointerType::get(getContext());
    Value Msg = LLVM::AddressOfOp::create(R, Op.getLoc(), Ptr, Name);
    Value Cond = toI64(R, Op.getLoc(), A.getCondition());
    call(R, Op, "__circ_assert", LLVM::LLVMVoidType::get(getContext()),
         ValueRange{Cond, Msg});
    R.eraseOp(Op);
    return success();
  }
};

struct PushLowering : ConvertOpToLLVMPattern<PushOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(PushOp Op, OpAdaptor A,
                                ConversionPatternRewriter &R) const override {
    Type Void = LLVM::LLVMVoidType::get(getContext());
    call(R, Op, "__circ_frame", Void, {});
    for (Value V : A.getValues())
      call(R, Op, "__circ_push", Void, toI64(R, Op.getLoc(), V));
    R.eraseOp(Op);
    return success();
  }
};

struct PopLowering : ConvertOpToLLVMPattern<PopOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(PopOp Op, OpAdaptor,
                                ConversionPatternRewriter &R) const override {
    SmallVector<Value> Results;
    for (auto [Slot, Res] : llvm::zip(Op.getSlots(), Op.getResults())) {
      Value Off = LLVM::ConstantOp::create(R, Op.getLoc(), R.getI64Type(),
                                           R.getI64IntegerAttr(Slot));
      Value V = call(R, Op, "__circ_ldf", R.getI64Type(), Off);
      unsigned W = cast<IntegerType>(Res.getType()).getWidth();
      if (W < 64)
        V = LLVM::TruncOp::create(R, Op.getLoc(), Res.getType(), V);
      Results.push_back(V);
    }
    call(R, Op, "__circ_popf", LLVM::LLVMVoidType::get(getContext()), {});
    R.replaceOp(Op, Results);
    return success();
  }
};

struct BlockLabelLowering : ConvertOpToLLVMPattern<BlockOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(BlockOp Op, OpAdaptor,
                                ConversionPatternRewriter &R) const override {
    R.eraseOp(Op);
    return success();
  }
};

struct ConvertCircToLLVMPass
    : public circ::impl::ConvertCircToLLVMBase<ConvertCircToLLVMPass> {
  void runOnOperation() override {
    ModuleOp M = getOperation();
    WalkResult Structured = M.walk([](Operation *Op) {
      if (isa<VarOp, GetOp, SetOp, ScopeOp>(Op) ||
          Op->getDialect()->getNamespace() == "scf") {
        Op->emitOpError("is structured circ; run -circ-blockify before "
                        "-convert-circ-to-llvm");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (Structured.wasInterrupted())
      return signalPassFailure();
    // Source names of parameters served blockify; LLVM has no use for them.
    M.walk([](func::FuncOp F) {
      for (unsigned I = 0; I < F.getNumArguments(); ++I)
        F.removeArgAttr(I, "circ.name");
    });

    LLVMTypeConverter Types(&getContext());
    RewritePatternSet Patterns(&getContext());
    populateFuncToLLVMConversionPatterns(Types, Patterns);
    arith::populateArithToLLVMConversionPatterns(Types, Patterns);
    cf::populateControlFlowToLLVMConversionPatterns(Types, Patterns);
    Patterns.add<RomLowering, RamLowering, LoadLowering, StoreLowering,
                 WitnessLowering, PrintLowering, AssertLowering, PushLowering,
                 PopLowering, BlockLabelLowering>(Types);
    LLVMConversionTarget Target(getContext());
    Target.addLegalOp<ModuleOp>();
    if (failed(applyFullConversion(M, Target, std::move(Patterns))))
      signalPassFailure();
  }
};
} // namespace
