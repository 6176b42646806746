import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="page narrow">
      <h1>Not found</h1>
      <p>There is nothing at this address.</p>
      <Link className="btn" href="/">
        Back home
      </Link>
    </main>
  );
}
