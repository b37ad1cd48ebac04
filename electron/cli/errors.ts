/** Exit codes: 0 done, 1 the program failed, 2 the input was wrong (the user can fix it). */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** A mistake in what the user gave us: shown as a message, never as a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
  }
}
