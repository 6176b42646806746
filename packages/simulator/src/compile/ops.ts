// Opcodes of the simulator's bytecode. Close to CPython 3.10/3.11 so that temporaries live on
// the value stack exactly as long as they do in CPython (rule 3).
export const enum Op {
  NOP, POP_TOP, DUP_TOP, DUP_TOP_TWO, ROT_TWO, ROT_THREE, ROT_FOUR, POP_UNDER,
  LOAD_CONST, LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE,
  LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
  LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, CALL_METHOD,
  BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BUILD_SLICE,
  BINARY_OP, INPLACE_OP, UNARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP,
  JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
  GET_ITER, FOR_ITER,
  BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, LIST_TO_TUPLE,
  BUILD_STRING, FORMAT_VALUE, UNPACK_SEQUENCE, UNPACK_EX,
  CALL, CALL_KW, CALL_EX, MAKE_FUNCTION, BUILD_CLASS, RETURN_VALUE, YIELD_VALUE, GEN_START,
  SETUP_EXCEPT, SETUP_FINALLY, POP_BLOCK, POP_EXCEPT, RERAISE, RAISE, JUMP_IF_NOT_EXC_MATCH,
  IMPORT, LOAD_ASSERTION_ERROR, LOAD_SUPER, DICT_MERGE, BUILD_KWARGS,
  // PEP 709 (3.12+ inlined comprehensions): SWAP n as CPython's; SAVE_LOCAL is CPython's
  // LOAD_FAST_AND_CLEAR (with MAKE_CELL for a cell slot), RESTORE_LOCAL its STORE_FAST_MAYBE_NULL.
  SWAP, SAVE_LOCAL, RESTORE_LOCAL,
}

/** MAKE_FUNCTION flags (arg >> 16); the low 16 bits index the nested code object. */
export const MF_DEFAULTS = 1;
export const MF_KWDEFAULTS = 2;
export const MF_CLOSURE = 8;
/**
 * BUILD_SET flag: a display of more than two constants, which CPython compiles to a frozenset
 * constant that SET_UPDATE then copies, so items go in in the frozenset's table order.
 */
export const SET_OF_CONSTANTS = 1 << 20;
/** SAVE_LOCAL/RESTORE_LOCAL flag: the slot is a cell (the low bits index the cells), not a fast local. */
export const CELL_SLOT = 1 << 20;

export const BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];
export const CMPOPS = ["<", "<=", "==", "!=", ">", ">="];
export const UNARYOPS = ["-", "+", "not", "~"];
