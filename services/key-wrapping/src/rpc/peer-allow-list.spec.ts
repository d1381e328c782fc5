import {
  createCertificateAuthority,
  issueClientCertificate,
  pemToDer,
  PEM_CERTIFICATE,
  type CertificateAuthority,
} from '@kmip/pki';
import { parsePeerEntries } from '../config/peer-entries';
import { PeerAllowList, peerIdentity } from './peer-allow-list';

let ca: CertificateAuthority;
let gateway: Buffer;
let other: Buffer;

beforeAll(async () => {
  ca = await createCertificateAuthority({ keyAlgorithm: 'ecdsa-p256' });
  const der = async (commonName: string): Promise<Buffer> =>
    pemToDer(
      (
        await issueClientCertificate(ca, {
          subject: { commonName, organization: 'kmip-vmware' },
          keyAlgorithm: 'ecdsa-p256',
        })
      ).certificatePem,
      PEM_CERTIFICATE,
    );
  gateway = await der('kmip-gateway');
  other = await der('vcenter');
});

describe('PeerAllowList', () => {
  it('allows a listed fingerprint, written in any of the usual forms', () => {
    const { fingerprint } = peerIdentity(gateway);
    const colons = fingerprint.toUpperCase().match(/../g)!.join(':');
    for (const entry of [`sha256:${fingerprint}`, colons, `SHA256:${colons}`]) {
      const list = new PeerAllowList(parsePeerEntries(entry));
      expect(list.allows(peerIdentity(gateway))).toBe(true);
      expect(list.allows(peerIdentity(other))).toBe(false);
    }
  });

  it('allows an exact subject, in any attribute order, and nothing less or more', () => {
    expect(
      new PeerAllowList(parsePeerEntries('subject:CN=kmip-gateway,O=kmip-vmware')).allows(peerIdentity(gateway)),
    ).toBe(true);
    expect(
      new PeerAllowList(parsePeerEntries('subject: o = kmip-vmware , cn=kmip-gateway')).allows(peerIdentity(gateway)),
    ).toBe(true);
    expect(new PeerAllowList(parsePeerEntries('subject:CN=kmip-gateway')).allows(peerIdentity(gateway))).toBe(false);
    expect(
      new PeerAllowList(parsePeerEntries('subject:CN=kmip-gateway,O=kmip-vmware,OU=x')).allows(peerIdentity(gateway)),
    ).toBe(false);
  });

  it('reads several entries separated by semicolons or new lines', () => {
    const entries = parsePeerEntries(
      `subject:CN=vcenter,O=kmip-vmware;\n sha256:${peerIdentity(gateway).fingerprint}\n`,
    );
    expect(entries).toHaveLength(2);
    const list = new PeerAllowList(entries);
    expect(list.allows(peerIdentity(gateway)) && list.allows(peerIdentity(other))).toBe(true);
  });
});
