/** `["a", "b"]`: the exec (JSON) form's strings, or null for the shell form. */
export function jsonArgs(rest: string): string[] | null {
  if (!rest.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(rest);
    return Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? (value as string[])
      : null;
  } catch {
    return null;
  }
}
