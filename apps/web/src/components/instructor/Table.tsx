// One table markup for every instructor list: a horizontally scrolling wrapper (usable at 390px),
// column headers with scope, an optional caption for screen readers.
import type { ReactNode } from "react";
import styles from "./instructor.module.css";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface Props<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption?: string;
  testId?: string;
}

export function Table<T>({ rows, columns, rowKey, caption, testId }: Props<T>) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid={testId}>
        {caption ? <caption className={styles.visuallyHidden}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
