import { RadioField } from '../choice-input';
import type { TypeInput } from '../input-props';

/** True or false in an open attempt: the two options as radio buttons. */
export const truefalseInput: TypeInput = { Field: RadioField };
