/**
 * Moodle GIFT (https://docs.moodle.org/en/GIFT_format): reading question
 * banks written for Moodle into our question types, and writing ours back.
 */
export { BLANK, parseGift } from './parse';
export { toGift } from './serialise';
export type { GiftError, GiftOption, GiftParseResult, GiftQuestion, ParsedQuestion } from './types';
