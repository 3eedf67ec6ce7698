import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { bumpSessionVersion } from '@/db/queries/users';
import { authSecret } from '@/lib/env';
import { canonicalLocale, defaultLocale } from '@/lib/i18n/config';
import { rememberLocale } from '@/lib/i18n/locale-cookie';
import { trustedClientAddress } from './client-address';
import { checkSignIn } from './sign-in';

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const headers = req?.headers as Record<string, unknown> | undefined;
        const result = await checkSignIn(
          { email: credentials?.email, password: credentials?.password },
          trustedClientAddress(headers?.['x-forwarded-for']),
        );
        // next-auth hands the thrown message to the sign-in form as its error code.
        if (!result.ok) throw new Error(result.refusal);
        const { id, name, email, role, sessionVersion, preferredLanguage } = result.user;
        // The profile's language follows the user to this device, and stays after sign-out.
        await rememberLocale(canonicalLocale(preferredLanguage) ?? defaultLocale);
        return { id: String(id), name, email, role, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, role: token.role, sessionVersion: token.sv };
      return session;
    },
  },
  events: {
    // Signing out revokes the token everywhere: a copy replayed later no longer matches the user's session version.
    signOut({ token }) {
      if (typeof token?.uid === 'number') bumpSessionVersion(token.uid, token.sv);
    },
  },
};
