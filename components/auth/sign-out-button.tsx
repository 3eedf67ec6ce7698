'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button
      type="button"
      onClick={() => signOut({ callbackUrl: '/' })}
      variant="secondary"
      size="sm"
    >
      {label}
    </Button>
  );
}
