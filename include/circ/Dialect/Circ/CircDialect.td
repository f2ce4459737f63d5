//===- CircDialect.td - the circ dialect and its types -----*- tablegen -*-===//
//
// The circ dialect models circ_blocks programs. See CircOps.td for the ops and
// docs/dialect.md for the reference generated from these files.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_DIALECT_TD
#define CIRC_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def Circ_Dialect : Dialect {
  let name = "circ";
  let cppNamespace = "::circ";
  let summary = "circ_blocks programs: scoped variables, blocks, write-once stack";
  let description = [{
    The `circ` dialect describes programs for block-based proof systems in the
    style of circ_blocks (CoBBl). It comes in two forms.

    *Structured form* is what a front end or a person writes: `func.func`
    functions whose state lives in scoped, named, mutable variables
    (`circ.var`, `circ.get`, `circ.set`), nested scopes (`circ.scope`, and the
    regions of `scf.for`, `scf.while` and `scf.if`), calls (`func.call`,
    recursion allowed), read-only and read-write arrays (`circ.rom`,
    `circ.ram`), witnesses, assertions, output, and explicit write-once stack
    frames (`circ.push`, `circ.pop`). A declaration that reuses a name in an
    inner scope shadows the outer variable until the scope ends.

    *Block form* is what `-circ-blockify` produces: every function is a CFG
    (`cf.br`, `cf.cond_br`, `func.return`) whose blocks start with a
    `circ.block` label. A block's arguments are exactly its transition inputs
    (the values live on entry, each named by its source identity
    `function:name@depth.version`), and its terminator's operands are its
    outputs. A call ends its block; the continuation is a block of its own.
  }];
  let useDefaultTypePrinterParser = 1;
}

class Circ_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Circ_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def Circ_VarType : Circ_Type<"Var", "var"> {
  let summary = "a handle to a scoped, mutable, named variable";
  let description = [{
    `!circ.var<T>` is the value of a `circ.var` declaration. It is read with
    `circ.get` and written with `circ.set`; it disappears in block form, where
    each variable becomes the block arguments and SSA values that carry it.
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let builders = [
    TypeBuilderWithInferredContext<(ins "::mlir::Type":$elementType), [{
      return $_get(elementType.getContext(), elementType);
    }]>
  ];
  let assemblyFormat = "`<` $elementType `>`";
}

#endif // CIRC_DIALECT_TD
