/** Who caused an event (DESIGN §3): a KMIP client by its certificate, an operator, or a server component. */
export type Actor =
  | { readonly kind: 'client'; readonly fingerprint: string; readonly address: string }
  | { readonly kind: 'operator'; readonly name: string }
  | { readonly kind: 'system'; readonly component: string };
