//===- CircOps.td - circ dialect operations ----------------*- tablegen -*-===//
//
// Ops of the structured form (variables, scopes, arrays, witnesses, output,
// explicit stack frames) and of the block form (`circ.block` labels).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_OPS_TD
#define CIRC_OPS_TD

include "CircDialect.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

class Circ_Op<string mnemonic, list<Trait> traits = []>
    : Op<Circ_Dialect, mnemonic, traits>;


//===- Arrays -------------------------------------------------------------===//

def Circ_RomOp : Circ_Op<"rom", [Symbol, HasParent<"::mlir::ModuleOp">]> {
  let summary = "a read-only array of i64";
  let description = [{
    Declares a read-only array at module level, circ_blocks' input and
    constant arrays. Its elements are read with `circ.load`.

    ```mlir
    circ.rom @primes = [2, 3, 5, 7, 11]
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, DenseI64ArrayAttr:$values);
  let assemblyFormat = "$sym_name `=` $values attr-dict";
  let hasVerifier = 1;
}

def Circ_RamOp : Circ_Op<"ram", [Symbol, HasParent<"::mlir::ModuleOp">]> {
  let summary = "a read-write RAM array of i64, zero-initialised";
  let description = [{
    Declares a read-write array in RAM at module level. `circ.load` reads
    it and `circ.store` writes it.

    ```mlir
    circ.ram @buffer[64]
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, I64Attr:$size);
  let assemblyFormat = "$sym_name `[` $size `]` attr-dict";
  let hasVerifier = 1;
}

def Circ_LoadOp : Circ_Op<"load",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "read an element of a rom or ram array";
  let description = [{
    ```mlir
    %x = circ.load @primes[%i]
    ```
    A constant index must be in bounds; a dynamic index is the program's
    responsibility (the generated code does not check it).
  }];
  let arguments = (ins FlatSymbolRefAttr:$array, I64:$index);
  let results = (outs I64:$result);
  let assemblyFormat = "$array `[` $index `]` attr-dict";
}

def Circ_StoreOp : Circ_Op<"store",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "write an element of a ram array";
  let description = [{
    ```mlir
    circ.store @buffer[%i] = %x
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$array, I64:$index, I64:$value);
  let assemblyFormat = "$array `[` $index `]` `=` $value attr-dict";
}

//===- Variables and scopes -----------------------------------------------===//

def Circ_VarOp : Circ_Op<"var", [
    TypesMatchWith<"the handle's type is a var of the initial value's type",
                   "init", "result", "::circ::VarType::get($_self)">]> {
  let summary = "declare a scoped, named, mutable variable";
  let description = [{
    Declares variable `name` in the enclosing scope with an initial value. A
    declaration that reuses a name visible from an enclosing scope shadows it:
    until the scope ends, the outer variable may not be read or written.

    The variable's source identity is (function, name, scope depth, version):
    the depth counts the scopes around the declaration and the version is the
    how-many-th declaration of this name at this depth in the function it is
    (a spill "location"). `-circ-blockify` computes both.

    ```mlir
    %a = circ.var "a" = %zero : i64
    ```
  }];
  let arguments = (ins StrAttr:$name, AnySignlessInteger:$init);
  let results = (outs Circ_VarType:$result);
  let assemblyFormat = "$name `=` $init attr-dict `:` type($init)";
}

def Circ_GetOp : Circ_Op<"get", [
    TypesMatchWith<"the handle's type is a var of the result type",
                   "result", "var", "::circ::VarType::get($_self)">]> {
  let summary = "read a variable";
  let arguments = (ins Circ_VarType:$var);
  let results = (outs AnySignlessInteger:$result);
  let assemblyFormat = "$var attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def Circ_SetOp : Circ_Op<"set", [
    TypesMatchWith<"the handle's type is a var of the value's type",
                   "value", "var", "::circ::VarType::get($_self)">]> {
  let summary = "write a variable";
  let arguments = (ins Circ_VarType:$var, AnySignlessInteger:$value);
  let assemblyFormat = "$var `=` $value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

def Circ_ScopeOp : Circ_Op<"scope", [NoTerminator, SingleBlock,
                                     RecursiveMemoryEffects]> {
  let summary = "a nested scope `{ ... }`";
  let description = [{
    Variables declared inside end with the scope. Entering and leaving a scope
    are block boundaries in block form, as in circ_blocks.
  }];
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$body attr-dict";
}

//===- Witnesses, assertions, output --------------------------------------===//

def Circ_WitnessOp : Circ_Op<"witness", [AllTypesMatch<["hint", "result"]>]> {
  let summary = "a value supplied by the prover";
  let description = [{
    A witness is not computed by the constraints; the prover supplies it. The
    operand is the prover's hint, the value the witness takes when the program
    runs. Constrain a witness with `circ.assert`.

    ```mlir
    %q = circ.witness %quotient_hint : i64
    ```
  }];
  let arguments = (ins AnySignlessInteger:$hint);
  let results = (outs AnySignlessInteger:$result);
  let assemblyFormat = "$hint attr-dict `:` type($result)";
}

def Circ_AssertOp : Circ_Op<"assert"> {
  let summary = "assert a condition; the program fails if it does not hold";
  let description = [{
    At run time a false condition prints `assertion failed: <message>` and
    ends the program with exit code 134.
  }];
  let arguments = (ins I1:$condition, StrAttr:$message);
  let assemblyFormat = "$condition `,` $message attr-dict";
}

def Circ_PrintOp : Circ_Op<"print"> {
  let summary = "print an integer in decimal on its own line";
  let arguments = (ins AnySignlessInteger:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

//===- Write-once stack frames --------------------------------------------===//

def Circ_PushOp : Circ_Op<"push"> {
  let summary = "open a write-once stack frame holding the given values";
  let description = [{
    Opens a frame on the write-once stack: offset 0 holds the old `%bp`, and
    the operands go to offsets 1, 2, ... in order. `circ.pop` reads the frame
    back and closes it. Frames must nest on every path (`-circ-verify-stack`).
    On the machine this is `frame` followed by one `push` per value.

    ```mlir
    circ.push %a, %b : i64, i64
    ```
  }];
  let arguments = (ins Variadic<AnySignlessInteger>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
}

def Circ_PopOp : Circ_Op<"pop"> {
  let summary = "read values back from the innermost frame and close it";
  let description = [{
    Each result is read from the frame offset at the same position of
    `slots` (offset 1 is the first pushed value); then the frame is closed
    and `%bp` restored. Slots nobody needs are simply not listed. On the
    machine this is one `ldf` per slot followed by `popf`.

    ```mlir
    %a, %b = circ.pop [1, 2] : i64, i64
    ```
  }];
  let arguments = (ins DenseI64ArrayAttr:$slots);
  let results = (outs Variadic<AnySignlessInteger>:$results);
  let assemblyFormat = "$slots attr-dict (`:` type($results)^)?";
  let hasVerifier = 1;
}

//===- Block form ---------------------------------------------------------===//

def Circ_BlockOp : Circ_Op<"block"> {
  let summary = "the label of a block in block form";
  let description = [{
    The first op of every block of a blockified function. It records the
    block's name, its function, the scope it runs in (the path of scope ids
    from the function's outermost scope, so its depth is the path length
    minus one), its execution bound per call of the function where it is
    known, and the source identity of each block argument, in order.

    ```mlir
    ^bb2(%i: i64, %min: i64):
      circ.block "for.body" in @find_min scope [0, 1] bound 8
                 vars ["find_min:i@1.0", "find_min:min@0.0"]
    ```
  }];
  let arguments = (ins StrAttr:$name, FlatSymbolRefAttr:$func,
                   DenseI64ArrayAttr:$scope, OptionalAttr<I64Attr>:$bound,
                   StrArrayAttr:$vars);
  let assemblyFormat = [{
    $name `in` $func `scope` $scope (`bound` $bound^)? `vars` $vars attr-dict
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Depth of the block's scope: 0 for the function's outermost scope.
    int64_t getDepth() { return static_cast<int64_t>(getScope().size()) - 1; }
  }];
}

#endif // CIRC_OPS_TD
