export function hasVersion(ifNoneMatch: string | null | undefined, etags: readonly string[]): boolean;
