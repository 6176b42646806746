// CSV downloads are plain links to route handlers, so the browser streams and saves them itself.
import { styles } from "../common";

export function ExportButtons({ courseId }: { courseId: string }) {
  const base = `/instructor/courses/${courseId}/export`;
  return (
    <div className={styles.row} aria-label="Exports" role="group">
      <a className={styles.secondary} href={`${base}/gradebook.csv`} download>
        Download gradebook (CSV)
      </a>
      <a className={styles.secondary} href={`${base}/attempts.csv`} download>
        Download attempts (CSV)
      </a>
    </div>
  );
}
