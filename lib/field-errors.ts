// No zod import: the endorsement schema uses zod/mini in the browser, the staff forms use zod.
type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

/**
 * The first error per field, keyed by the field's name (issues not tied to a field go under "form").
 * `message` turns an issue's message into the text to show (by default the message itself).
 */
export function fieldErrors(
  error: { readonly issues: readonly Issue[] },
  message: (text: string) => string = (text) => text,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= message(issue.message);
  return errors;
}
