import { TextError, type Text } from '../i18n/text';
import type { PlanIssue } from '../plan/issues';

export const ERROR_CODES = [
  'bad-request',
  'invalid-plan',
  'not-found',
  'unsupported',
  /** The plans library cannot be used now (read-only, full, damaged, in use): the text says the fix. */
  'library-unavailable',
  /** Something on this machine holds what is needed (a port another program listens on). */
  'in-use',
  /** The name is another plan's: plan names are unique in the library (the text says the choice). */
  'name-taken',
  'internal',
] as const;
export type RefusalCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: RefusalCode;
  /** In English, for logs and the command line; faces show `text` in their language when given. */
  message: string;
  text?: Text;
  /** The argument or option the refusal is about (`host`), when there is one. */
  field?: string;
  /** The file or folder as the user named it, when the refusal is about one. */
  path?: string;
  /** For invalid-plan: what is wrong with the plan, field by field. */
  issues?: PlanIssue[];
}

export interface RefusalDetails {
  field?: string;
  path?: string;
  issues?: PlanIssue[];
  /**
   * The plan document the issues are about, so a face can name each field as the wizard does. It
   * stays on this side: the envelope never carries it (the renderer has the document already).
   */
  document?: unknown;
}

/**
 * Everything a user can cause, in every face: a code (what the API answers, and through one table
 * the command line's exit code), a text in the reader's language, and the field or path it is about.
 * Services throw it; the IPC/HTTP dispatch and the command line's runCli each say it in one place.
 */
export class Refusal extends TextError {
  readonly field?: string;
  readonly path?: string;
  readonly issues?: PlanIssue[];
  readonly document?: unknown;

  constructor(
    readonly code: RefusalCode,
    text: Text,
    details: RefusalDetails = {},
  ) {
    super(text);
    if (details.field !== undefined) this.field = details.field;
    if (details.path !== undefined) this.path = details.path;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.document !== undefined) this.document = details.document;
  }

  /** The same refusal about another field: a face that names an argument its own way (`--as`). */
  about(field: string): Refusal {
    return new Refusal(this.code, this.text, { ...this.details(), document: this.document, field });
  }

  /** The refusal as it crosses the API boundary. */
  toError(): ApiError {
    return { code: this.code, message: this.message, text: this.text, ...this.details() };
  }

  private details(): RefusalDetails {
    return {
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.path !== undefined ? { path: this.path } : {}),
      ...(this.issues !== undefined ? { issues: this.issues } : {}),
    };
  }
}

/**
 * An envelope's error as the renderer's client throws it: a Refusal that crossed the boundary, or a
 * failure the Node side or the transport said only in English (then without `text`).
 */
export class ApiFailure extends Error {
  readonly text?: Text;
  readonly code: RefusalCode;
  readonly issues?: PlanIssue[];

  constructor(readonly error: ApiError) {
    super(error.message);
    this.code = error.code;
    if (error.text) this.text = error.text;
    if (error.issues) this.issues = error.issues;
  }

  static from(error: ApiError): ApiFailure {
    return new ApiFailure(error);
  }

  toError(): ApiError {
    return this.error;
  }
}
