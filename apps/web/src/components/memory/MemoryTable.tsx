import type { MemoryState, ObjectId } from "@heapwise/simulator";

/** The text alternative to the diagram: every frame's names and every heap object, as tables. */
export function MemoryTable({ state }: { state: MemoryState }) {
  const describe = new Map<ObjectId, string>(state.objects.map((o) => [o.id, `#${o.id} ${o.type} ${o.repr}`]));
  const target = (id: ObjectId | null) => (id == null ? "unbound" : (describe.get(id) ?? `#${id}`));
  return (
    <div className="stack">
      <table>
        <caption>Frames and names</caption>
        <thead>
          <tr>
            <th scope="col">Frame</th>
            <th scope="col">Name</th>
            <th scope="col">Refers to</th>
          </tr>
        </thead>
        <tbody>
          {[...state.frames, ...state.detachedFrames].flatMap((f) =>
            f.bindings.map((b) => (
              <tr key={`${f.id}:${b.name}`}>
                <td>{f.functionName === "<module>" ? "global" : f.functionName}</td>
                <td className="mono">{b.name}</td>
                <td className="mono">{target(b.target)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <table>
        <caption>Heap objects</caption>
        <thead>
          <tr>
            <th scope="col">Object</th>
            <th scope="col">Type</th>
            <th scope="col">Value</th>
            <th scope="col">Refcount</th>
            <th scope="col">References</th>
          </tr>
        </thead>
        <tbody>
          {state.objects.map((o) => (
            <tr key={o.id}>
              <td>#{o.id}</td>
              <td>{o.type}</td>
              <td className="mono">{o.repr}</td>
              <td>{o.immortal ? `${o.refcount} (immortal)` : o.refcount}</td>
              <td className="mono">{o.refs.map((r) => `${r.label} → #${r.target}`).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.output && (
        <p>
          Output so far: <code>{state.output}</code>
        </p>
      )}
    </div>
  );
}
