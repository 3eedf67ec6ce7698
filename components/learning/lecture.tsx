import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { parseVtt } from '@/lib/content/vtt';
import { languageKey } from '@/lib/domain/content-fallback';
import { translatedCaptionsPath } from '@/lib/domain/content-locales';
import { formatClock } from '@/lib/i18n/format';

interface Props {
  lecture: { title: string; video: string; captions: string };
  captionsVtt: string | null;
  /** The language of `captionsVtt` when it is a translation (the track then points at the translated file). */
  captionsLocale?: 'fa-AF' | 'ps';
  mediaBase: string;
  videoAvailable: boolean;
}

/** A pre-taped lecture: the video with captions when the file exists, and always the transcript. */
export async function Lecture({ lecture, captionsVtt, captionsLocale, mediaBase, videoAvailable }: Props) {
  const t = await getTranslations('lesson');
  const tLanguage = await getTranslations('contentLanguage');
  const locale = await getLocale();
  const parsed = captionsVtt ? parseVtt(captionsVtt) : null;
  const cues = parsed && 'cues' in parsed ? parsed.cues : [];
  return (
    <Section id="lecture-title" title={t('lecture', { title: lecture.title })} card>
      {videoAvailable ? (
        <video controls preload="none" className="w-full rounded bg-black" aria-label={lecture.title}>
          <source src={`${mediaBase}/${lecture.video}`} />
          {captionsLocale && (
            <track kind="captions" src={`${mediaBase}/${translatedCaptionsPath(lecture.captions, captionsLocale)}`} srcLang={captionsLocale} label={tLanguage('captionsTranslated', { language: languageKey(captionsLocale) })} default />
          )}
          <track kind="captions" src={`${mediaBase}/${lecture.captions}`} srcLang="en" label={t('captionsLabel')} default={!captionsLocale} />
        </video>
      ) : (
        <p className="rounded bg-slate-100 p-3 text-slate-800">{t('videoUnavailable')}</p>
      )}
      {cues.length > 0 && (
        <details open={!videoAvailable}>
          <summary className="cursor-pointer font-medium text-brand-700">{t('transcript')}</summary>
          <ol className="mt-2 space-y-1">
            {cues.map((cue) => (
              <li key={cue.start} className="flex gap-3">
                <span className="shrink-0 font-mono text-sm text-slate-600">{formatClock(locale, cue.start)}</span>
                <span dir="auto">{cue.text}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </Section>
  );
}
