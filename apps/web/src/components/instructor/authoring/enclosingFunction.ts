// Which function a clicked line belongs to, from indentation alone, so a "when a function returns"
// point can be picked by clicking its `def`, a `return` or any line of its body.

const indentOf = (line: string) => line.length - line.trimStart().length;
const DEF = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/;

/** The innermost function whose body holds `line` (1-based), or the function a `def` line opens. */
export function enclosingFunction(program: string, line: number): string | null {
  const lines = program.split("\n");
  const clicked = lines[line - 1];
  if (clicked === undefined) return null;
  const own = DEF.exec(clicked);
  if (own) return own[1] as string;
  // Walk up through ever less indented lines (the enclosing blocks) until one is a `def`.
  let limit = clicked.trim() ? indentOf(clicked) : Infinity;
  for (let i = line - 2; i >= 0 && limit > 0; i--) {
    const text = lines[i] as string;
    if (!text.trim() || text.trimStart().startsWith("#") || indentOf(text) >= limit) continue;
    const def = DEF.exec(text);
    if (def) return def[1] as string;
    limit = indentOf(text);
  }
  return null;
}
