import { z } from 'zod';

/** An idempotency key the client makes for each write (a UUID, or any short opaque token). */
export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The fields every replayable write may carry besides its own input. */
export const replayableWriteFields = {
  idempotencyKey: idempotencyKeySchema.optional(),
  /** When the write was made on the device (ISO time); only queued offline writes send it. */
  deviceSavedAt: z.iso.datetime().optional(),
};
