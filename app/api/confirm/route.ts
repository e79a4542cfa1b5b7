import { confirmFromForm } from "@/lib/endorsements/link-answers.server";
import { redirectAfterForm } from "@/lib/http/form-redirect.server";

// The confirmation page's buttons (/<locale>/endorse/confirm?token=…) post here.
export const POST = (request: Request) => redirectAfterForm(request, confirmFromForm);
