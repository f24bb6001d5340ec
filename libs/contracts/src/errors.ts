import { z } from 'zod';

/** Every error answer of the API has this shape. */
export const apiErrorSchema = z.object({
  statusCode: z.number(),
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ApiErrorDto = z.infer<typeof apiErrorSchema>;
