/**
 * The message namespaces the root layout hands to every page's client
 * components: only what the error boundary (`app/error.tsx`) needs, since it
 * replaces a page whose own `<ClientMessages>` is then gone. Every other
 * client component gets its namespaces from a `<ClientMessages>` in its server
 * parent, so a page carries only its own strings.
 */
export const alwaysPresentNamespaces = ['errors'] as const;
