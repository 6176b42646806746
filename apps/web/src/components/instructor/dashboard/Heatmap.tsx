"use client";
// Misconception x question heatmap as a real table: colour shows intensity, the number is always printed
// so the information never depends on colour alone.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { Loaded, styles } from "../common";
import { CodeText } from "@/components/text/CodeText";

export function Heatmap({ courseId, quizId }: { courseId: string; quizId?: string }) {
  const trpc = useTRPC();
  const heat = useQuery(trpc.dashboard.heatmap.queryOptions({ courseId, quizId }));
  return (
    <section className={styles.section} aria-labelledby="heatmap">
      <h2 id="heatmap">Misconception heatmap</h2>
      <Loaded query={heat} label="heatmap">
        {(data) => {
          if (data.misconceptions.length === 0) return <p>No misconceptions detected yet.</p>;
          const counts = new Map(data.cells.map((c) => [`${c.misconceptionId}|${c.questionId}`, c.count]));
          const max = Math.max(1, ...data.cells.map((c) => c.count));
          return (
            <div className={styles.tableWrap}>
              <table className={styles.table} data-testid="heatmap">
                <caption className={styles.visuallyHidden}>Number of responses showing each misconception, per question</caption>
                <thead>
                  <tr>
                    <th scope="col">Misconception</th>
                    {data.questions.map((q) => (
                      <th key={q.questionId} scope="col">{q.title}</th>
                    ))}
                    <th scope="col">Total</th>
                  </tr>
                </thead>
                <tbody>
                  {data.misconceptions.map((m) => {
                    const row = data.questions.map((q) => counts.get(`${m.id}|${q.questionId}`) ?? 0);
                    return (
                      <tr key={m.id}>
                        <th scope="row" title={m.id}><CodeText text={m.title} /></th>
                        {row.map((n, i) => (
                          <td key={data.questions[i]?.questionId ?? i} className={styles.heatCell} style={cellStyle(n, max)}>
                            {n}
                          </td>
                        ))}
                        <td className={styles.heatCell}>{row.reduce((a, b) => a + b, 0)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        }}
      </Loaded>
    </section>
  );
}

// Light-to-dark red in discrete steps chosen so dark text (light cells) or white text (dark cells)
// keeps a contrast above 4.5:1; the mid-tones where neither works are skipped.
const LEVELS = [95, 86, 77, 68, 40, 32] as const;
function cellStyle(n: number, max: number) {
  if (n === 0) return { background: "#fff", color: "#111" };
  const light = LEVELS[Math.min(LEVELS.length - 1, Math.floor((n / max) * (LEVELS.length - 1)))] ?? 95;
  return { background: `hsl(0 75% ${light}%)`, color: light < 50 ? "#fff" : "#111" };
}
