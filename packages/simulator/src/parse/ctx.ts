// Shared helpers over the lezer syntax tree: source text, line lookup and child lists.
import { type SyntaxNode } from "@lezer/common";

export class Ctx {
  private lineStarts: number[] = [0];
  constructor(public src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  line(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }
}

const PUNCT = new Set(["(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "Comment"]);

/** All children of a node, including keywords and punctuation. */
export function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Children that carry meaning (no brackets, commas or comments). */
export function parts(n: SyntaxNode): SyntaxNode[] {
  return kids(n).filter((c) => !PUNCT.has(c.name));
}
