import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/guards';
import { homePathFor } from '@/lib/domain/permissions';

/** Sends a signed-in user to the home of their role. */
export default async function RoleHome() {
  const user = await requireUser('/home');
  redirect(homePathFor(user.role));
}
