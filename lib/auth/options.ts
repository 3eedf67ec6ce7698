import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret, env } from '@/lib/env';
import { checkSignIn } from './sign-in';

/** The client address used to throttle sign-ins; behind a trusted proxy, the first X-Forwarded-For hop. */
function clientKey(headers: Record<string, unknown> | undefined): string {
  if (env().TRUST_PROXY !== '1') return 'direct';
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return first ? `ip:${first.slice(0, 64)}` : 'direct';
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const result = await checkSignIn(
          { email: credentials?.email, password: credentials?.password },
          clientKey(req?.headers as Record<string, unknown> | undefined),
        );
        // next-auth hands the thrown message to the sign-in form as its error code.
        if (!result.ok) throw new Error(result.refusal);
        return { id: String(result.user.id), name: result.user.name, email: result.user.email, role: result.user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, role: token.role };
      return session;
    },
  },
};
