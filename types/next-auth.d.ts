import type { Role } from '@/lib/domain/permissions';

declare module 'next-auth' {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: { id: number; role: Role; sessionVersion: number; name?: string | null; email?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    /** The user's session version when the token was issued; see `requireUser`. */
    sv: number;
  }
}
