/**
 * Text from the grader's catalogue and feedback marks code with backticks (`del x`); this draws
 * those spans as <code> instead of showing the backticks.
 */
export function CodeText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/);
  return (
    <>
      {parts.map((part, i) =>
        part.length > 2 && part.startsWith("`") && part.endsWith("`") ? <code key={i}>{part.slice(1, -1)}</code> : part,
      )}
    </>
  );
}
