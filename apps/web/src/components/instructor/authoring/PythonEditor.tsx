"use client";
// Editable CodeMirror 6 editor for question programs. CodeMirror is loaded with dynamic import()
// so it stays out of every other page's bundle. Error lines and the target line are drawn as line
// decorations; in "pick" mode a click on a line reports that line instead of moving the cursor.
import { useEffect, useRef, useState } from "react";
import type { Decoration, EditorView } from "@codemirror/view";
import type { StateEffectType, Text } from "@codemirror/state";

export interface EditorMarks {
  errorLines: number[];
  targetLine?: number;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  marks: EditorMarks;
  picking: boolean;
  onPickLine: (line: number) => void;
  onCursorLine: (line: number) => void;
  label: string;
}

export default function PythonEditor(props: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const setMarks = useRef<StateEffectType<EditorMarks> | null>(null);
  // Callbacks and flags live in a ref so the editor, created once, always sees the current ones.
  const latest = useRef(props);
  latest.current = props;
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let destroyed = false;
    void (async () => {
      const [{ EditorView: View, basicSetup }, { python }, state, viewMod] = await Promise.all([
        import("codemirror"),
        import("@codemirror/lang-python"),
        import("@codemirror/state"),
        import("@codemirror/view"),
      ]);
      if (destroyed || !host.current) return;
      const effect = state.StateEffect.define<EditorMarks>();
      const marksField = state.StateField.define({
        create: () => viewMod.Decoration.none,
        update(deco, tr) {
          let next = deco.map(tr.changes);
          for (const e of tr.effects) if (e.is(effect)) next = buildMarks(e.value, tr.state.doc, viewMod.Decoration);
          return next;
        },
        provide: (f) => View.decorations.from(f),
      });
      setMarks.current = effect;
      view.current = new View({
        parent: host.current,
        state: state.EditorState.create({
          doc: latest.current.value,
          extensions: [
            basicSetup,
            python(),
            marksField,
            View.contentAttributes.of({ "aria-label": latest.current.label }),
            View.theme({
              "&": { border: "1px solid #777", borderRadius: "4px", fontSize: "14px" },
              ".cm-scroller": { minHeight: "220px", maxHeight: "420px" },
              ".hw-error-line": { backgroundColor: "#fde2e2" },
              ".hw-target-line": { backgroundColor: "#fef3c7", outline: "1px solid #b45309" },
            }),
            View.updateListener.of((u) => {
              if (u.docChanged) latest.current.onChange(u.state.doc.toString());
              if (u.docChanged || u.selectionSet) latest.current.onCursorLine(u.state.doc.lineAt(u.state.selection.main.head).number);
            }),
            View.domEventHandlers({
              mousedown(event, v) {
                if (!latest.current.picking) return false;
                const pos = v.posAtCoords({ x: event.clientX, y: event.clientY });
                if (pos === null) return false;
                latest.current.onPickLine(v.state.doc.lineAt(pos).number);
                event.preventDefault();
                return true;
              },
            }),
          ],
        }),
      });
      setReady(true);
    })();
    return () => {
      destroyed = true;
      view.current?.destroy();
      view.current = null;
    };
  }, []);

  // Keep the document in step with outside edits (JSON import, loading a saved version).
  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === props.value) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: props.value } });
  }, [props.value, ready]);

  useEffect(() => {
    const v = view.current;
    if (v && setMarks.current) v.dispatch({ effects: setMarks.current.of(props.marks) });
  }, [props.marks, ready]);

  return (
    <div>
      <div ref={host} data-testid="program-editor" style={props.picking ? { cursor: "crosshair" } : undefined} />
      {!ready ? <p>Loading editor…</p> : null}
    </div>
  );
}

function buildMarks(marks: EditorMarks, doc: Text, Deco: typeof Decoration) {
  const byLine = new Map<number, string>();
  for (const l of marks.errorLines) byLine.set(l, "hw-error-line");
  if (marks.targetLine !== undefined) byLine.set(marks.targetLine, "hw-target-line");
  const ranges = [...byLine.entries()]
    .filter(([l]) => l >= 1 && l <= doc.lines)
    .sort((a, b) => a[0] - b[0])
    .map(([l, cls]) => Deco.line({ class: cls }).range(doc.line(l).from));
  return Deco.set(ranges);
}
