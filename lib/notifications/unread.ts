import 'server-only';
import { cache } from 'react';
import { countUnreadNotifications } from '@/db/queries/notifications';

/**
 * The signed-in user's unread count for the header bell, read once per
 * request (like currentUser in lib/auth/dal), so the header component needs
 * no data layer of its own.
 */
export const unreadNotificationCount = cache((userId: number): number => countUnreadNotifications(userId));
