// CPython's AST optimizer (optimize_format in ast_opt.c, 3.8+) compiles `"..." % (a, b)` whose
// format has only %s, %r and %a units into an f-string: no tuple is built, and each operand is
// formatted (and, if a temporary, freed) before the next one is evaluated (rule 3).
import { type Expr, type FPart } from "../parse/ast";

const FLAGS = "-+ #0";
const MAX_DIGITS = 2; // a width or precision of three digits or more is left to the % operator

/** The f-string parts `fmt % (items)` becomes, or null when CPython leaves it a % operation. */
export function percentAsFString(fmt: string, items: Expr[]): FPart[] | null {
  if (items.some((x) => x.k === "starred")) return null;
  const parts: FPart[] = [];
  let pos = 0;
  let used = 0;
  for (;;) {
    let lit = "";
    while (pos < fmt.length && (fmt[pos] !== "%" || fmt[pos + 1] === "%")) {
      lit += fmt[pos];
      pos += fmt[pos] === "%" ? 2 : 1;
    }
    if (lit) parts.push({ s: lit });
    if (pos >= fmt.length) break;
    if (used >= items.length) return null; // more units than items
    const unit = parseUnit(fmt, pos + 1);
    if (!unit) return null;
    pos = unit.end;
    parts.push({ e: items[used++]!, conv: unit.conv, spec: unit.spec ? [{ s: unit.spec }] : null });
  }
  return used === items.length ? parts : null;
}

/** One conversion unit after '%': flags, width, precision, then s/r/a (simple_format_arg_parse). */
function parseUnit(fmt: string, pos: number): { conv: string; spec: string; end: number } | null {
  let ljust = false;
  while (pos < fmt.length && FLAGS.includes(fmt[pos]!)) ljust ||= fmt[pos++] === "-";
  const width = digits(fmt, pos);
  if (!width) return null;
  pos = width.end;
  let prec = "";
  if (fmt[pos] === ".") {
    const p = digits(fmt, pos + 1);
    if (!p) return null;
    prec = "." + (p.text === "" ? "0" : String(Number(p.text)));
    pos = p.end;
  }
  const conv = fmt[pos];
  if (conv !== "s" && conv !== "r" && conv !== "a") return null;
  const w = width.text === "" ? "" : String(Number(width.text));
  const spec = (w !== "" && Number(w) > 0 && !ljust ? ">" : "") + w + prec;
  return { conv, spec, end: pos + 1 };
}

function digits(fmt: string, pos: number): { text: string; end: number } | null {
  let text = "";
  while (pos < fmt.length && fmt[pos]! >= "0" && fmt[pos]! <= "9") text += fmt[pos++];
  return text.length > MAX_DIGITS ? null : { text, end: pos };
}
