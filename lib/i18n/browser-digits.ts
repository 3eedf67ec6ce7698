/**
 * Browsers without Pashto locale data (Chromium's own ICU build, Chrome on
 * Android and others) format `ps` with their default locale, so numbers drawn
 * in the browser (question numbers, the quiz timer, ratings) came out in Latin
 * digits while the server, which has the data, wrote Eastern Arabic ones.
 *
 * This script is inlined at the top of Pashto pages, before any other script:
 * when the browser cannot resolve `ps`, it makes `Intl.NumberFormat` and
 * `Intl.DateTimeFormat` asked for `ps` use the Eastern Arabic digits
 * (`numberingSystem: 'arabext'`) unless the caller chose a numbering system.
 * Where the browser has Pashto data it does nothing. It is a plain string so
 * no build step rewrites it; `browser-digits.test.ts` runs it in a sandbox.
 */
export const PASHTO_DIGITS_SCRIPT = `(function () {
  var I = Intl;
  if (I.NumberFormat.supportedLocalesOf(['ps']).length) return;
  function pashto(locales) {
    var first = Array.isArray(locales) ? locales[0] : locales;
    return typeof first === 'string' && /^ps(-|$)/i.test(first);
  }
  function wrap(Format) {
    function Wrapped(locales, options) {
      if (pashto(locales) && !(options && options.numberingSystem)) options = Object.assign({}, options, { numberingSystem: 'arabext' });
      return new Format(locales, options);
    }
    Wrapped.prototype = Format.prototype;
    Wrapped.supportedLocalesOf = Format.supportedLocalesOf.bind(Format);
    return Wrapped;
  }
  I.NumberFormat = wrap(I.NumberFormat);
  I.DateTimeFormat = wrap(I.DateTimeFormat);
})();`;
