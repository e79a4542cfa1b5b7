import { notFound } from "next/navigation";

// Unknown paths below a locale get the localised 404 page, inside the site's layout.
export default function CatchAll() {
  notFound();
}
