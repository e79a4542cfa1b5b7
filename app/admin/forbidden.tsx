import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">Not available to your role</h1>
      <p>This part of the admin is for admins. Ask an admin if you need something changed here.</p>
      <p>
        <Link href="/admin" className="admin-link">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
