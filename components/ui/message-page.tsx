import Link from 'next/link';

/** A full-page message (403, 404, errors) with a way back. */
export function MessagePage({ title, text, linkLabel }: { title: string; text: string; linkLabel: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{text}</p>
      <Link href="/home" className="text-brand-700 underline">
        {linkLabel}
      </Link>
    </div>
  );
}
