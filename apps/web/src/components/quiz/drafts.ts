// Drafts are written to localStorage on every change (a reload or a dropped connection loses
// nothing) and to the server shortly after. The submit idempotency key lives with the draft, so a
// retried submit after a reload still carries the same key and records one attempt.

export interface LocalDraft {
  key: string;
  answers: Record<string, { answer: unknown; at: number }>;
}

const storageKey = (attemptId: string) => `heapwise:draft:${attemptId}`;

function newKey(): string {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function loadDraft(attemptId: string): LocalDraft {
  try {
    const raw = localStorage.getItem(storageKey(attemptId));
    if (raw) {
      const parsed = JSON.parse(raw) as LocalDraft;
      if (typeof parsed.key === "string" && parsed.answers) return parsed;
    }
  } catch {
    // Corrupt or blocked storage: start a fresh local draft; the server copy still loads.
  }
  const fresh = { key: newKey(), answers: {} };
  saveDraft(attemptId, fresh);
  return fresh;
}

export function saveDraft(attemptId: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(storageKey(attemptId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server autosave still runs.
  }
}

export function clearDraft(attemptId: string): void {
  try {
    localStorage.removeItem(storageKey(attemptId));
  } catch {
    /* nothing to clear */
  }
}
