import { RadioField } from '../choice-input';
import type { TypeInput } from '../input-props';

/** Single choice in an open attempt: one radio button per option. */
export const singleInput: TypeInput = { Field: RadioField };
