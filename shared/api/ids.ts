import { z } from 'zod';

export const PlanId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a plan id');
