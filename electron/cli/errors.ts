import { TextError } from '../../shared/i18n';
import type { RefusalCode } from '../../shared/api/refusal';

/** Exit codes: 0 done, 1 the program failed, 2 the input was wrong (the user can fix it). */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** Exit code after Ctrl+C, as shells report it (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/**
 * The one table from a refusal to the command line's exit code: 2 for what the user fixes in what
 * they gave (arguments, files, the output path), 1 for what is in the way on this machine or failed.
 */
export const EXIT_OF_REFUSAL: Record<RefusalCode, number> = {
  'bad-request': EXIT.badInput,
  'invalid-plan': EXIT.badInput,
  'not-found': EXIT.badInput,
  unsupported: EXIT.badInput,
  'library-unavailable': EXIT.failure,
  'in-use': EXIT.failure,
  'name-taken': EXIT.badInput,
  internal: EXIT.failure,
};

/** A run the user stopped (Ctrl+C): what was done is kept, the text says so, the exit code is 130. */
export class Interrupted extends TextError {}
