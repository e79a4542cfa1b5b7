import { reconfirmFromForm } from "@/lib/endorsements/link-answers.server";
import { redirectAfterForm } from "@/lib/http/form-redirect.server";

// The yearly question's button (/<locale>/endorse/reconfirm?token=…) posts here.
export const POST = (request: Request) => redirectAfterForm(request, reconfirmFromForm);
