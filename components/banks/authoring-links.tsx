import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Links from the authoring home to the question banks and module packages. */
export async function AuthoringLinks() {
  const t = await getTranslations();
  return (
    <nav aria-label={t('banks.authoringLinks')}>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href="/author/banks" className="text-brand-700 underline">
            {t('banks.title')}
          </Link>
        </li>
        <li>
          <Link href="/author/packages" className="text-brand-700 underline">
            {t('modulePackages.title')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
