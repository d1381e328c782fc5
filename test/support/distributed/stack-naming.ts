/** The names one deployment uses on the shared broker and database, so that deployments never see each other. */
export interface StackNames {
  readonly deployment: string;
  readonly schemas: { readonly inventory: string; readonly keyWrapping: string };
  readonly topics: { readonly events: string; readonly access: string };
  readonly groups: { readonly inventory: string; readonly keyWrapping: string };
}

/** The deployment of `npm run start:distributed`: the topic and group names the services default to. */
export const DEFAULT_DEPLOYMENT = 'kmip';

export function stackNames(deployment: string): StackNames {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(deployment)) {
    throw new RangeError('a deployment name is a lower-case letter, then up to 40 lower-case letters, digits or "_"');
  }
  const suffix = deployment === DEFAULT_DEPLOYMENT ? '' : `.${deployment.replace(/_/g, '-')}`;
  return {
    deployment,
    schemas: { inventory: `${deployment}_inventory`, keyWrapping: `${deployment}_key_wrapping` },
    topics: { events: `kmip.events${suffix}`, access: `kmip.access${suffix}` },
    groups: { inventory: `inventory${suffix}`, keyWrapping: `key-wrapping${suffix}` },
  };
}
