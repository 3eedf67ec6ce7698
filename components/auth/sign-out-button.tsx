'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

/**
 * Signs out after deleting what this app keeps on the device (saved modules,
 * visited pages, queued answers), so the next person at a shared computer
 * sees none of it. The offline code loads only when the button is used.
 */
export function SignOutButton({ label }: { label: string }) {
  const signOutAndForget = async () => {
    try {
      const { signOutCleanup } = await import('@/lib/offline/boot');
      await signOutCleanup();
    } catch (error) {
      console.warn('Offline data not fully deleted', error);
    }
    await signOut({ callbackUrl: '/' });
  };
  return (
    <Button type="button" onClick={() => void signOutAndForget()} variant="secondary" size="sm">
      {label}
    </Button>
  );
}
