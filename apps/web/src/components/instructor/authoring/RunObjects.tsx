"use client";
// Every object the program creates, with when it is freed: how an instructor points at an object
// that is not in the diagram at the step shown (a when-freed target is usually gone by the end,
// an alive question lists objects that are already dead). Picking works like a diagram click.
import type { Trace } from "@heapwise/simulator";
import { styles } from "../common";
import { freedText, listedObjects, objectLabel } from "./objectList";

interface Props {
  trace: Trace | null;
  /** "Pick" sets a single target; "Add" lists one more item. */
  action: "Pick" | "Add";
  onPick: (objectId: number) => void;
}

export function RunObjects({ trace, action, onPick }: Props) {
  if (!trace) return null;
  const rows = listedObjects(trace);
  return (
    <details>
      <summary>Every object the program creates ({rows.length})</summary>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="run-objects">
          <caption className={styles.visuallyHidden}>Objects created by the program, with when each is freed</caption>
          <thead>
            <tr>
              <th scope="col">Object</th>
              <th scope="col">Freed</th>
              <th scope="col"><span className={styles.visuallyHidden}>Action</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => {
              const label = objectLabel(trace, o);
              return (
                <tr key={o.id}>
                  <td>{label}</td>
                  <td>{freedText(o)}</td>
                  <td>
                    <button type="button" className={styles.secondary} onClick={() => onPick(o.id)} aria-label={`${action} ${label}`}>
                      {action}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
