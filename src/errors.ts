/**
 * Errors the user can act on. The CLI prints their message as one line and
 * exits with their code instead of dumping a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Exit codes: 0 all went in, 1 some inputs failed, 2 bad usage or unusable input. */
export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

/** A one-line message for any thrown value. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0];
}
