/** Joins the class names that are set, so optional and conditional classes need no string templates. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
