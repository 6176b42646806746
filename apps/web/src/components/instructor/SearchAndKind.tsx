// The text search + question kind filter pair used by the question bank and the analysis table.
import type { ReactNode } from "react";
import styles from "./instructor.module.css";

interface Props {
  idPrefix: string;
  searchLabel: string;
  search: string;
  onSearch: (value: string) => void;
  kind: string;
  onKind: (value: string) => void;
  kinds: { value: string; label: string }[];
  children?: ReactNode;
}

export function SearchAndKind({ idPrefix, searchLabel, search, onSearch, kind, onKind, kinds, children }: Props) {
  return (
    <div role="search" className={styles.row} aria-label={searchLabel}>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-search`}>{searchLabel}</label>
        <input id={`${idPrefix}-search`} type="search" value={search} onChange={(e) => onSearch(e.target.value)} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-kind`}>Kind</label>
        <select id={`${idPrefix}-kind`} value={kind} onChange={(e) => onKind(e.target.value)}>
          <option value="">All kinds</option>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>{k.label}</option>
          ))}
        </select>
      </div>
      {children}
    </div>
  );
}
