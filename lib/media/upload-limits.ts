/** The largest logo (or cover) file accepted; checked before anything is decoded. */
export const maxUploadBytes = 2 * 1024 * 1024;

/**
 * The largest form body a server action reads (decision 017). Without JavaScript the logo travels
 * inside the form, and Next answers a bare 500 (losing everything typed) to a body over its limit,
 * before the form can speak. So the limit is well above the logo limit: a phone photo or a print
 * logo of up to ~10 MB still reaches the form reader, which refuses the file by its size (without
 * decoding it) and returns the form with every field kept. nginx's client_max_body_size must agree.
 */
export const formBodyLimitBytes = 10 * 1024 * 1024;
