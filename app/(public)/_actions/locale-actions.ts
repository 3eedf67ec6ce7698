'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { locales } from '@/lib/i18n/config';
import { rememberLocale } from '@/lib/i18n/locale-cookie';

const switchLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * The language switcher of the home and sign-in pages. Public on purpose: it
 * only sets the visitor's own locale cookie, which a signed-in user's profile
 * language outranks. An unknown value is ignored rather than reported: the
 * buttons only ever send offered locales.
 */
export async function switchLocaleAction(form: FormData): Promise<void> {
  // Called with anything but a form (a forged request), it is not found, as formAction answers.
  if (!(form instanceof FormData)) notFound();
  const input = switchLocaleSchema.safeParse({ locale: form.get('locale') });
  if (!input.success) return;
  await rememberLocale(input.data.locale);
  revalidatePath('/', 'layout');
}
