import { z } from 'zod';

/** Every error answer of the API has this shape. */
export const apiErrorSchema = z.object({
  statusCode: z.number(),
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ApiErrorDto = z.infer<typeof apiErrorSchema>;

/**
 * Sent by Fluxo's own editor on every API call. A cross-site page can make a browser send a
 * body-less POST with the user's cookie, but not a custom header (that needs a CORS
 * preflight, which Fluxo never grants); the API refuses state-changing calls that carry
 * neither this header nor a JSON body.
 */
export const CLIENT_HEADER = 'X-Fluxo-Client';
