import { z } from 'zod';
import { PlanDocument, PlanId } from '../../../shared/api/contract';
import type { Text } from '../../../shared/i18n';
import { ProbeStatus, Reason } from '../../../shared/probes/model';

// Every row read back is parsed: a damaged row is reported, never passed on as if it were fine.

const json = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not JSON' });
    return z.NEVER;
  }
});
const documentColumn = json.pipe(PlanDocument);
const revisionNumber = z.number().int().positive();

const planColumns = {
  id: PlanId,
  name: z.string(),
  customer: z.string(),
  updated_at: z.string(),
  revision: revisionNumber,
};
const planSummary = (r: z.output<z.ZodObject<typeof planColumns>>) => ({
  id: r.id,
  name: r.name,
  customer: r.customer,
  updatedAt: r.updated_at,
  revision: r.revision,
});

export const PlanRow = z.object(planColumns).transform(planSummary);

export const PlanWithDocumentRow = z
  .object({ ...planColumns, document: documentColumn })
  .transform((r) => ({ ...planSummary(r), document: r.document }));

const revisionColumns = { revision: revisionNumber, saved_at: z.string() };
const revisionSummary = (r: z.output<z.ZodObject<typeof revisionColumns>>) => ({
  revision: r.revision,
  savedAt: r.saved_at,
});

export const RevisionRow = z.object(revisionColumns).transform(revisionSummary);

export const LatestRevisionRow = z.object({
  revision: revisionNumber,
  opened_at: z.string(),
  origin: z.string(),
  document: z.string(),
});

export const RevisionDocumentRow = z
  .object({ ...revisionColumns, document: documentColumn })
  .transform((r) => ({ ...revisionSummary(r), document: r.document }));

/** A stored reason; one this version cannot read is left out, and the English detail stays. */
function reasonOf(column: string | null): { reason?: Text } {
  if (column === null) return {};
  try {
    const parsed = Reason.safeParse(JSON.parse(column));
    return parsed.success ? { reason: parsed.data } : {};
  } catch {
    return {};
  }
}

export const ProbeResultRow = z
  .object({
    rule_id: z.string().min(1),
    status: ProbeStatus,
    detail: z.string(),
    reason: z.string().nullable(),
    probed_at: z.string(),
    probe_host: z.string(),
    source_address: z.string(),
    seen_source_address: z.string().nullable(),
    nat: z.union([z.literal(0), z.literal(1)]),
    duration_ms: z.number().nullable(),
    remote_address: z.string().nullable(),
  })
  .transform((r) => ({
    ruleId: r.rule_id,
    status: r.status,
    detail: r.detail,
    ...reasonOf(r.reason),
    probedAt: r.probed_at,
    probeHost: r.probe_host,
    sourceAddress: r.source_address,
    ...(r.seen_source_address === null ? {} : { seenSourceAddress: r.seen_source_address }),
    nat: r.nat === 1,
    ...(r.duration_ms === null ? {} : { durationMs: r.duration_ms }),
    ...(r.remote_address === null ? {} : { remoteAddress: r.remote_address }),
  }));

/** Parse one row, naming the table and row when it is damaged. */
export function parseRow<S extends z.ZodType>(schema: S, row: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `the plans library has a damaged row (${where}): ${issue?.path.join('.') || 'row'} ${issue?.message ?? 'is invalid'}`,
  );
}
