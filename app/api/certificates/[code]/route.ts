import { getTranslations } from 'next-intl/server';
import { findCertificate } from '@/db/queries/certificates';
import { requirePermissionApi } from '@/lib/auth/guards';
import { renderCertificatePdf } from '@/lib/certificates/pdf';
import { normaliseCertificateCode } from '@/lib/domain/certificate-code';
import { appUrl } from '@/lib/env';
import { AppError, errorResponse } from '@/lib/errors';
import { canonicalLocale, defaultLocale } from '@/lib/i18n/config';

type Params = { params: Promise<{ code: string }> };

/** The holder's certificate as a PDF download. */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('learning:view');
    const code = normaliseCertificateCode((await params).code);
    if (!code) throw new AppError('invalid:code', 'Malformed certificate code.');
    const certificate = findCertificate(code);
    if (!certificate) throw new AppError('not-found:certificate', 'No certificate has this code.');
    if (certificate.userId !== user.id) throw new AppError('forbidden:certificate', 'This certificate belongs to someone else.');
    // The certificate speaks the holder's language (the holder is the one downloading it).
    const locale = canonicalLocale(user.preferredLanguage) ?? defaultLocale;
    const t = await getTranslations({ locale, namespace: 'certificate' });
    const pdf = await renderCertificatePdf({
      holderName: certificate.holderName,
      programmeTitle: certificate.programmeTitle,
      issuedOn: certificate.issuedAt,
      code: certificate.code,
      verifyUrl: appUrl(`/verify/${certificate.code}`).toString(),
      locale,
      labels: { title: t('title'), certifies: t('certifies'), completed: t('completed'), issuedOn: t('issuedOn'), verify: t('verify'), code: t('code') },
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="cio-academy-certificate-${certificate.code}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
