import Link from "next/link";

export default function AdminNotFound() {
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>This record does not exist (any more).</p>
      <p>
        <Link href="/admin" className="admin-link">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
