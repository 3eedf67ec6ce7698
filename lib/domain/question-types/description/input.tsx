import type { TypeInput } from '../input-props';

/** A description is text to read: the prompt is all there is to show, and nothing is answered. */
export const descriptionInput: TypeInput = { Field: null };
