'use client';

import { signOutAction } from '@/app/(public)/_actions/sign-out';
import { Button } from '@/components/ui/button';

/**
 * Signs out after deleting what this app keeps on the device (saved modules,
 * visited pages, queued answers), so the next person at a shared computer
 * sees none of it. The offline code loads only when the button is used, and
 * the sign-out itself is a server action, so next-auth's client library is
 * not part of every page.
 */
export function SignOutButton({ label }: { label: string }) {
  const signOutAndForget = async (form: FormData) => {
    try {
      const { signOutCleanup } = await import('@/lib/offline/boot');
      await signOutCleanup();
    } catch (error) {
      console.warn('Offline data not fully deleted', error);
    }
    await signOutAction(form);
  };
  return (
    <form action={signOutAndForget}>
      <Button type="submit" variant="secondary" size="sm">
        {label}
      </Button>
    </form>
  );
}
