/** What the embedded server's start banner says, read back from its output. */
export interface PrintedEndpoint {
  readonly host: string;
  readonly port: number;
  readonly tenant: string;
  readonly auditUrl?: string;
  readonly caCertificatePath: string;
  readonly clientCertificatePath: string;
  readonly clientKeyPath: string;
  readonly serverCertificatePath: string;
  /** The one-line PyKMIP example. */
  readonly pykmipCommand: string;
}

/** The line the banner ends with: the server is ready. */
export const READY_LINE = /Ctrl-C stops the server\./;

function field(text: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(text);
  if (match === null) throw new Error(`the start output does not name the ${what}:\n${text}`);
  return match;
}

export function readBanner(text: string): PrintedEndpoint {
  const endpoint = field(text, /KMIP endpoint:\s+(\S+):(\d+)\s+\(tenant "([^"]+)"\)/, 'endpoint');
  const audit = /Audit\/inventory API:\s+(\S+)/.exec(text);
  return {
    host: endpoint[1],
    port: Number(endpoint[2]),
    tenant: endpoint[3],
    ...(audit === null ? {} : { auditUrl: audit[1] }),
    caCertificatePath: field(text, /CA certificate:\s+(\S+)/, 'CA certificate')[1],
    clientCertificatePath: field(text, /client certificate:\s+(\S+)/, 'client certificate')[1],
    clientKeyPath: field(text, /client private key:\s+(\S+)/, 'client private key')[1],
    serverCertificatePath: field(text, /server certificate:\s+(\S+)/, 'server certificate')[1],
    pykmipCommand: field(text, /^\s*(\S*python3 -c .*)$/m, 'PyKMIP example')[1],
  };
}
