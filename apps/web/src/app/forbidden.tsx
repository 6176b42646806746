import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="page narrow">
      <h1>403 — not allowed</h1>
      <p data-testid="forbidden">
        You do not have access to this page. If it belongs to a course, ask your instructor for the join code and join it
        from your home page.
      </p>
      <Link className="btn" href="/">
        Back home
      </Link>
    </main>
  );
}
