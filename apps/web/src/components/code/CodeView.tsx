"use client";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorState, StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from "@codemirror/view";
import { useEffect, useRef } from "react";

export interface LineMessage {
  line: number;
  message: string;
  severity?: "error" | "warning" | "info";
}

export interface CodeViewProps {
  source: string;
  /** The line about to run (1-based); marked and scrolled into view. */
  line?: number | null;
  /** Lines the user picked (e.g. the "freed here" answer). */
  picked?: number[];
  editable?: boolean;
  onChange?: (source: string) => void;
  onLineClick?: (line: number) => void;
  messages?: LineMessage[];
  label?: string;
}

const setMarks = StateEffect.define<{ current: number | null; picked: number[] }>();
const currentLine = Decoration.line({ class: "cm-current-step", attributes: { "aria-current": "step" } });
const pickedLine = Decoration.line({ class: "cm-picked-line" });

// Line marks live in a state field so they map through edits and redraw without a new editor.
const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const doc = tr.state.doc;
      const ranges = [];
      const lines = new Set(e.value.picked);
      if (e.value.current) lines.add(e.value.current);
      for (const n of [...lines].sort((a, b) => a - b)) {
        if (n < 1 || n > doc.lines) continue;
        const from = doc.line(n).from;
        if (n === e.value.current) ranges.push(currentLine.range(from));
        if (e.value.picked.includes(n)) ranges.push(pickedLine.range(from));
      }
      next = Decoration.set(ranges, true);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function toDiagnostics(state: EditorState, messages: LineMessage[]): Diagnostic[] {
  return messages
    .filter((m) => m.line >= 1 && m.line <= state.doc.lines)
    .map((m) => {
      const l = state.doc.line(m.line);
      return { from: l.from, to: l.to, severity: m.severity ?? "error", message: m.message };
    });
}

/** CodeMirror 6 with Python highlighting: read-only by default, editable for the playground. */
export default function CodeView({ source, line = null, picked = [], editable = false, onChange, onLineClick, messages = [], label = "Program" }: CodeViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onLineClick });
  callbacks.current = { onChange, onLineClick };

  useEffect(() => {
    if (!host.current) return;
    const extensions: Extension[] = [
      lineNumbers({
        domEventHandlers: {
          click: (v, block) => {
            callbacks.current.onLineClick?.(v.state.doc.lineAt(block.from).number);
            return !!callbacks.current.onLineClick;
          },
        },
      }),
      python(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      marksField,
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorState.readOnly.of(!editable),
      EditorView.editable.of(editable),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) callbacks.current.onChange?.(u.state.doc.toString());
      }),
      EditorView.domEventHandlers({
        click: (e, v) => {
          if (editable || !callbacks.current.onLineClick) return false;
          const pos = v.posAtCoords({ x: e.clientX, y: e.clientY });
          if (pos != null) callbacks.current.onLineClick(v.state.doc.lineAt(pos).number);
          return true;
        },
      }),
    ];
    // Tab indents in the editor; Escape then Tab leaves it (CodeMirror's documented escape hatch).
    if (editable) extensions.push(history(), keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]));
    view.current = new EditorView({ parent: host.current, state: EditorState.create({ doc: source, extensions }) });
    return () => {
      view.current?.destroy();
      view.current = null;
    };
    // The editor is created once; later prop changes are applied by the effects below.
  }, [editable]);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== source) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: source } });
  }, [source]);

  const pickedKey = picked.join(",");
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const effects: StateEffect<unknown>[] = [setMarks.of({ current: line, picked: pickedKey ? pickedKey.split(",").map(Number) : [] })];
    if (line && line <= v.state.doc.lines) effects.push(EditorView.scrollIntoView(v.state.doc.line(line).from, { y: "nearest" }));
    v.dispatch({ effects });
  }, [line, pickedKey, source]);

  const messagesKey = JSON.stringify(messages);
  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(setDiagnostics(v.state, toDiagnostics(v.state, JSON.parse(messagesKey) as LineMessage[])));
  }, [messagesKey, source]);

  return <div ref={host} className={`code-view${onLineClick ? " clickable" : ""}`} data-testid="code-view" />;
}
