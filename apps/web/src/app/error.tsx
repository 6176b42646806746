"use client";
import Link from "next/link";

/** Unexpected server or render errors: say so plainly and offer a retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="page narrow">
      <h1>Something went wrong</h1>
      <p role="alert">This page could not be shown. Your saved answers are safe; try again in a moment.</p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <p className="row">
        <button type="button" className="btn btn-primary" onClick={reset}>
          Try again
        </button>
        <Link className="btn" href="/">
          Home
        </Link>
      </p>
    </main>
  );
}
