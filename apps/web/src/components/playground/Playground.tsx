"use client";
import type { RunResult } from "@heapwise/simulator";
import { useEffect, useRef, useState } from "react";
import { CodeView, type LineMessage } from "@/components/code";
import { MemoryView, StepControls, useArrowKeys, useStepper } from "@/components/memory";
import { decodeProgram, encodeProgram } from "@/lib/share";

const EXAMPLE = `class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def make_pair():
    a = Node(1)
    b = Node(2)
    a.next = b
    return a

head = make_pair()
items = [head, head.next]
del head
items.pop()
print(len(items))
`;

/** Editable program, simulated in the browser as you type, with the visualizer beside it. */
export function Playground() {
  const [source, setSource] = useState(EXAMPLE);
  const [result, setResult] = useState<RunResult | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const loadedHash = useRef(false);

  // A share link's program replaces the example once, on first load.
  useEffect(() => {
    if (loadedHash.current) return;
    loadedHash.current = true;
    const m = /code=([^&]+)/.exec(window.location.hash);
    if (m?.[1]) void decodeProgram(m[1]).then((s) => s != null && setSource(s));
  }, []);

  // Debounced: simulate after the user pauses typing. The simulator chunk loads on first use.
  useEffect(() => {
    let cancelled = false;
    const t = setTimeout(async () => {
      const { simulate } = await import("@heapwise/simulator");
      const r = simulate(source);
      if (!cancelled) setResult(r);
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [source]);

  const trace = result?.trace ?? null;
  const stepper = useStepper(trace, 0);
  useArrowKeys(stepper);
  const info = trace && trace.stepCount > 0 ? trace.step(stepper.step) : null;
  const errorText = result?.error ? describeError(result) : "";
  const messages: LineMessage[] = result?.error ? [{ line: result.error.line, message: errorText }] : [];

  async function share() {
    const url = `${window.location.origin}/playground#code=${await encodeProgram(source)}`;
    window.history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Link copied to the clipboard.");
    } catch {
      setCopied("Link is in the address bar.");
    }
  }

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="btn" onClick={() => void share()}>
          Copy share link
        </button>
        <span role="status" className="muted">{copied}</span>
      </div>
      <div className="replay-grid">
        <div className="stack">
          <CodeView source={source} editable onChange={setSource} line={info && info.kind !== "end" ? info.line : null} messages={messages} label="Program editor" />
          {result?.error && (
            <p className="error" role="alert" data-testid="sim-error">
              Line {result.error.line}: {errorText}
            </p>
          )}
          <div>
            <h2 className="small-heading">Output</h2>
            <pre className="output" data-testid="playground-output">{info && result ? result.stdout.slice(0, info.outputLength) || " " : result?.stdout || " "}</pre>
          </div>
        </div>
        <div className="stack">
          {trace && trace.stepCount > 0 ? (
            <>
              <StepControls trace={trace} stepper={stepper} />
              <MemoryView trace={trace} step={stepper.step} />
            </>
          ) : (
            <p className="muted">{result ? "Nothing ran." : "Simulating…"}</p>
          )}
        </div>
      </div>
    </div>
  );
}

/** "Type: message", without doubling a type the simulator already put in front of its message. */
function describeError(r: RunResult): string {
  const title = errorTitle(r);
  const message = r.error?.message ?? "";
  return message.startsWith(`${r.error?.type}:`) || message.startsWith(`${title}:`) ? message : `${title}: ${message}`;
}

function errorTitle(r: RunResult): string {
  const e = r.error;
  if (!e) return "";
  if (e.type === "PythonError") return e.pythonType;
  if (e.type === "NotSupported") return "Not supported";
  if (e.type === "LimitExceeded") return "Limit exceeded";
  return "Syntax error";
}
