import { requestLocale, tooLargeResponse } from "@/lib/http/plain-pages";

// nginx answers a body over client_max_body_size itself, before the app sees it; its error_page sends
// the visitor here (as a GET, with the page they posted to) for the same page the app would give.
export function GET(request: Request) {
  const from = new URL(request.url).searchParams.get("from") ?? "";
  return tooLargeResponse(requestLocale(from, request.headers.get("accept-language")));
}
