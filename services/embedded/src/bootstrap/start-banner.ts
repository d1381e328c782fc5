export interface StartBannerFacts {
  readonly dataDir: string;
  /** The address clients use (the listening host, or this machine's name when listening on every interface). */
  readonly host: string;
  readonly port: number;
  readonly tenant: string;
  readonly auditUrl?: string;
  readonly caCertificatePath: string;
  readonly clientCertificatePath: string;
  readonly clientKeyPath: string;
  readonly serverCertificatePath: string;
  /** True when this start created the certificates (the first start). */
  readonly certificatesCreated: boolean;
}

/** Single-quotes a word for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A PyKMIP command that creates, activates and gets an AES-256 key with the first client's files: JSON strings are
 * valid Python string literals, and the program is single-quoted for the shell.
 */
export function pykmipExample(facts: StartBannerFacts): string {
  const program = [
    'from kmip.pie.client import ProxyKmipClient',
    'from kmip.core import enums',
    `c = ProxyKmipClient(hostname=${JSON.stringify(facts.host)}, port=${facts.port}, ` +
      `cert=${JSON.stringify(facts.clientCertificatePath)}, key=${JSON.stringify(facts.clientKeyPath)}, ` +
      `ca=${JSON.stringify(facts.caCertificatePath)}, config=None, kmip_version=enums.KMIPVersion.KMIP_1_2)`,
    'c.open()',
    'uid = c.create(enums.CryptographicAlgorithm.AES, 256)',
    'c.activate(uid)',
    'print(uid, c.get(uid).value.hex())',
    'c.close()',
  ].join('; ');
  return `/usr/bin/python3 -c ${shellQuote(program)}`;
}

/** What `npm start` prints once the server is ready: where it listens, the files, and what to do in vCenter. */
export function startBanner(facts: StartBannerFacts): string {
  const certificates = facts.certificatesCreated ? 'created on this first start' : 'reused';
  return [
    '',
    `KMIP server ready (embedded mode; data in ${facts.dataDir})`,
    '',
    `  KMIP endpoint:       ${facts.host}:${facts.port}  (tenant "${facts.tenant}")`,
    ...(facts.auditUrl === undefined ? [] : [`  Audit/inventory API: ${facts.auditUrl}`]),
    `  Certificates (${certificates}):`,
    `    CA certificate:      ${facts.caCertificatePath}`,
    `    client certificate:  ${facts.clientCertificatePath}`,
    `    client private key:  ${facts.clientKeyPath}`,
    `    server certificate:  ${facts.serverCertificatePath}`,
    '',
    'In vCenter: Configure > Security > Key Providers > Add Standard Key Provider',
    `  1. Server address ${facts.host}, port ${facts.port}; then select the provider > Make KMS trust vCenter.`,
    `  2. Make KMS trust vCenter > "Upload certificate and private key":`,
    `       certificate ${facts.clientCertificatePath}`,
    `       private key ${facts.clientKeyPath}`,
    `  3. Make vCenter trust KMS: upload the CA certificate ${facts.caCertificatePath}`,
    '',
    'Try it with PyKMIP (creates, activates and gets a key):',
    `  ${pykmipExample(facts)}`,
    '',
    'More clients and tenants: npm run kmipctl -- --help. Ctrl-C stops the server.',
    '',
  ].join('\n');
}
