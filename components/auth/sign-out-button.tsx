'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/' })}
      className="rounded border border-slate-300 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
