import { z } from 'zod';
import { locales } from '@/lib/i18n/config';

/** The fields a user edits on their own profile. Messages are keys under `profile.errors`. */
export const profileSchema = z.object({
  name: z.string().trim().min(1, 'name-required').max(120, 'name-too-long'),
  country: z.string().trim().max(120, 'field-too-long'),
  ministry: z.string().trim().max(120, 'field-too-long'),
  jobTitle: z.string().trim().max(120, 'field-too-long'),
  preferredLanguage: z.enum(locales, { error: 'language-invalid' }),
});
export type ProfileInput = z.infer<typeof profileSchema>;
