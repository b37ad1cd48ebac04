import type { z } from 'zod';

/** A channel: its argument schema, and (as a type only) its result. */
export interface Channel<A extends z.ZodType = z.ZodType, R = unknown> {
  args: A;
  /** Only the desktop app can serve it (native dialogs); browser mode answers "unsupported". */
  desktopOnly?: boolean;
  /** Phantom: carries the result type. */
  readonly result?: R;
}

/** channel<Result>()(argsSchema): the result type is given, the argument type inferred from the schema. */
export const channel =
  <R>() =>
  <A extends z.ZodType>(args: A, options: { desktopOnly?: boolean } = {}): Channel<A, R> => ({
    args,
    ...options,
  });
