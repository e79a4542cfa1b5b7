import { keptScriptAttribute } from "@/lib/http/scriptless-pages.mjs";

/** The endorsement form's enhancements, a plain script kept on a page sent without React's (decision 037). */
export function EndorseFormScript() {
  return <script src="/scripts/endorse-form.js" defer {...{ [keptScriptAttribute]: "" }} />;
}
