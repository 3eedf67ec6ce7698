/**
 * Moodle's GIFT export tests (giftformat_test.php, test_export_*), ported:
 * what Moodle writes for a question must read back, through our parser, as
 * the same question our own writer's text reads back as. Our text differs in
 * layout (no `// question:` comment, no format markers: our text is plain).
 */
import { describe, expect, it } from 'vitest';
import { parseGift } from '../parse';
import { toGift } from '../serialise';
import type { ParsedQuestion } from '../types';

function readOne(gift: string): ParsedQuestion {
  const result = parseGift(gift);
  expect(result.errors).toEqual([]);
  const [question] = result.questions;
  if (!question || result.questions.length !== 1) throw new Error('expected one question');
  return question;
}

/** Moodle's text and ours read back the same; ours read back and written again is unchanged. */
function sameAsMoodle(moodleGift: string) {
  const moodle = readOne(moodleGift);
  const ours = toGift([moodle]);
  const { line: _line, ...back } = readOne(ours);
  const { line: _moodleLine, ...expected } = moodle;
  expect(back).toEqual(expected);
  expect(toGift([readOne(ours)])).toBe(ours);
}

describe("Moodle's giftformat_test: exports", () => {
  it.each([
    [
      'test_export_match',
      '// question: 666  name: Moodle activities\n::Moodle activities::[html]Match the <b>activity</b> to the description.{\n\t=<div class\\="frog">An activity supporting asynchronous discussions.</div> -> Forum\n\t=[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice\n\t=[plain]A bank of record entries which participants can add to. -> Database\n\t=[markdown]A collection of web pages that anyone can add to or edit. -> Wiki\n\t= -> Chat\n}\n',
    ],
    [
      'test_export_multichoice',
      "// question: 666  name: Q8\n::Q8::What's between orange and green in the spectrum?{\n\t=yellow#right; good!\n\t~red#[html]wrong, it's yellow\n\t~[plain]blue#wrong, it's yellow\n}\n",
    ],
    [
      'test_export_multichoice_multi_tricky',
      "// question: 666  name: Q8\n::Q8::What's between orange and green in the spectrum?{\n\t~%100%yellow#right; good!\n\t~%-50%red#wrong, it's yellow\n\t~%-50%blue#wrong, it's yellow\n}\n",
    ],
    ['test_export_numerical', '// question: 666  name: Q5\n::Q5::What is a number from 1 to 5?{#\n\t=%100%3:2#\n\t~#Completely wrong\n}\n'],
    [
      'test_export_shortanswer',
      '// question: 666  name: Shortanswer\n::Shortanswer::Which is the best animal?{\n\t=%100%Frog#Good!\n\t=%50%Cat#What is it with Moodlers and cats?\n\t=%0%*#Completely wrong\n}\n',
    ],
    [
      'test_export_shortanswer_with_general_feedback',
      '// question: 666  name: Shortanswer\n::Shortanswer::Which is the best animal?{\n\t=%100%Frog#Good!\n\t=%50%Cat#What is it with Moodlers and cats?\n\t=%0%*#Completely wrong\n\t####[html]Here is some general feedback!\n}\n',
    ],
    [
      'test_export_truefalse',
      '// question: 666  name: Q1\n::Q1::42 is the Absolute Answer to everything.{TRUE#[html]42 is the Ultimate Answer.#You gave the right answer.}\n',
    ],
  ])('%s', (_name, gift) => sameAsMoodle(gift));

  it.each([
    ['test_export_essay', '// question: 0  name: Q8\n::Q8::How are you?{}'],
    ['test_export_backslash', '// question: 0  name: double backslash\n::double backslash::A \\\\ B \\\\\\\\ C{}'],
  ])('%s: an essay is an empty answer block', (_name, gift) => sameAsMoodle(gift));
});
