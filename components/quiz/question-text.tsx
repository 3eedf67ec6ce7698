import { splitQuestionImages } from '@/lib/domain/question-images';

/**
 * Question text as typed, with the images a Moodle XML import stored shown
 * as images (a server or client component: no hooks). Images scale down to
 * the width available, so a 360 px screen never scrolls sideways.
 */
export function QuestionText({ text }: { text: string }) {
  const parts = splitQuestionImages(text);
  if (parts.every((part) => 'text' in part)) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        'text' in part ? (
          <span key={index}>{part.text}</span>
        ) : (
          // Stored question images are small, content-addressed files: next/image's resizing buys nothing here.
          // eslint-disable-next-line @next/next/no-img-element
          <img key={index} src={part.image.src} alt={part.image.alt} className="my-1 inline-block h-auto max-w-full align-middle" />
        ),
      )}
    </>
  );
}
