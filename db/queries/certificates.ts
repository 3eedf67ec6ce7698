import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { formatCertificateCode } from '@/lib/domain/certificate-code';
import { getDb } from '../index';
import { certificates, programmeModules, programmes, users } from '../schema';

export interface CertificateRow {
  code: string;
  userId: number;
  programmeId: number;
  holderName: string;
  programmeTitle: string;
  issuedAt: Date;
}

const columns = {
  code: certificates.code,
  userId: certificates.userId,
  programmeId: certificates.programmeId,
  holderName: certificates.holderName,
  programmeTitle: certificates.programmeTitle,
  issuedAt: certificates.issuedAt,
};

export function listUserCertificates(userId: number): CertificateRow[] {
  return getDb().select(columns).from(certificates).where(eq(certificates.userId, userId)).orderBy(asc(certificates.issuedAt)).all();
}

export function findCertificate(code: string): CertificateRow | null {
  return getDb().select(columns).from(certificates).where(eq(certificates.code, code)).get() ?? null;
}

/** Programme ids that contain a module. */
export function programmesContaining(moduleId: number): { id: number; slug: string }[] {
  return getDb()
    .select({ id: programmes.id, slug: programmes.slug })
    .from(programmeModules)
    .innerJoin(programmes, eq(programmes.id, programmeModules.programmeId))
    .where(eq(programmeModules.moduleId, moduleId))
    .all();
}

/** Issues the certificate once: a second call for the same trainee and programme changes nothing. */
export function issueCertificate(userId: number, programmeId: number, now: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    const existing = tx.select({ code: certificates.code }).from(certificates)
      .where(and(eq(certificates.userId, userId), eq(certificates.programmeId, programmeId))).get();
    if (existing) return;
    const holder = tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
    const programme = tx.select({ title: programmes.title }).from(programmes).where(eq(programmes.id, programmeId)).get();
    if (!holder || !programme) return;
    tx.insert(certificates)
      .values({ userId, programmeId, code: formatCertificateCode(randomBytes(12)), holderName: holder.name, programmeTitle: programme.title, issuedAt: now })
      .run();
  });
}
