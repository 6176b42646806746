"use client";
// Quiz settings: title, window (shown in the browser's time zone), attempts, feedback release, mode.
import { styles } from "../common";
import { browserTimeZone } from "./time";

export interface SettingsDraft {
  title: string;
  opensAt: string; // datetime-local value
  closesAt: string;
  attemptsAllowed: number;
  feedbackRelease: "IMMEDIATE" | "AFTER_CLOSE";
  mode: "PRACTICE" | "GRADED";
}

export function QuizSettings({ value, onChange }: { value: SettingsDraft; onChange: (v: SettingsDraft) => void }) {
  const set = (p: Partial<SettingsDraft>) => onChange({ ...value, ...p });
  const tz = browserTimeZone();
  return (
    <fieldset className={styles.section}>
      <legend>Settings</legend>
      <div className={styles.field}>
        <label htmlFor="quiz-title">Title</label>
        <input id="quiz-title" value={value.title} onChange={(e) => set({ title: e.target.value })} required />
      </div>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="quiz-opens">Opens ({tz})</label>
          <input id="quiz-opens" type="datetime-local" value={value.opensAt} onChange={(e) => set({ opensAt: e.target.value })} />
        </div>
        <div className={styles.field}>
          <label htmlFor="quiz-closes">Closes ({tz})</label>
          <input id="quiz-closes" type="datetime-local" value={value.closesAt} onChange={(e) => set({ closesAt: e.target.value })} />
        </div>
        <div className={styles.field}>
          <label htmlFor="quiz-attempts">Attempts allowed</label>
          <input id="quiz-attempts" type="number" min={1} max={100} value={value.attemptsAllowed} onChange={(e) => set({ attemptsAllowed: Math.max(1, Number(e.target.value)) })} style={{ width: "6rem" }} />
        </div>
      </div>
      <p className={styles.muted} style={{ margin: 0 }}>Times are in your time zone, {tz}; students see them in theirs. Leave empty for no limit.</p>
      <div className={styles.row}>
        <fieldset>
          <legend>Feedback and key</legend>
          <label>
            <input type="radio" name="feedback" checked={value.feedbackRelease === "IMMEDIATE"} onChange={() => set({ feedbackRelease: "IMMEDIATE" })} /> Immediately after submitting
          </label>{" "}
          <label>
            <input type="radio" name="feedback" checked={value.feedbackRelease === "AFTER_CLOSE"} onChange={() => set({ feedbackRelease: "AFTER_CLOSE" })} /> After the quiz closes
          </label>
        </fieldset>
        <fieldset>
          <legend>Mode</legend>
          <label>
            <input type="radio" name="mode" checked={value.mode === "GRADED"} onChange={() => set({ mode: "GRADED" })} /> Graded
          </label>{" "}
          <label>
            <input type="radio" name="mode" checked={value.mode === "PRACTICE"} onChange={() => set({ mode: "PRACTICE" })} /> Practice
          </label>
        </fieldset>
      </div>
    </fieldset>
  );
}
