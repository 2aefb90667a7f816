import { z } from 'zod';

export const evidenceFileSchema = z
  .object({
    id: z.number(),
    taskId: z.number(),
    name: z.string(),
    size: z.number(),
    contentType: z.string(),
    uploadedAt: z.string(),
    url: z.string(),
  })
  .meta({ id: 'EvidenceFile' });
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
