import { execFileSync } from 'node:child_process';
import { pykmipExample, startBanner, type StartBannerFacts } from './start-banner';

const facts: StartBannerFacts = {
  dataDir: "/srv/it's data",
  host: '127.0.0.1',
  port: 5696,
  tenant: 'default',
  auditUrl: 'http://127.0.0.1:8081',
  caCertificatePath: "/srv/it's data/certs/ca.pem",
  clientCertificatePath: "/srv/it's data/certs/client.pem",
  clientKeyPath: "/srv/it's data/certs/client-key.pem",
  serverCertificatePath: "/srv/it's data/certs/server.pem",
  certificatesCreated: true,
};

test('names the endpoint, the files and the three vCenter steps', () => {
  const text = startBanner(facts);
  expect(text).toContain('KMIP endpoint:       127.0.0.1:5696  (tenant "default")');
  expect(text).toContain('Add Standard Key Provider');
  expect(text).toContain('"Upload certificate and private key"');
  expect(text).toContain(`certificate ${facts.clientCertificatePath}`);
  expect(text).toContain(`private key ${facts.clientKeyPath}`);
  expect(text).toContain(`Make vCenter trust KMS: upload the CA certificate ${facts.caCertificatePath}`);
  expect(text).toContain('created on this first start');
  expect(startBanner({ ...facts, certificatesCreated: false })).toContain('Certificates (reused)');
});

test('the PyKMIP command survives the shell with paths holding quotes and spaces', () => {
  const command = pykmipExample(facts);
  expect(command.startsWith('/usr/bin/python3 -c ')).toBe(true);
  // What the shell hands to python as the program.
  const program = execFileSync('bash', ['-c', command.replace('/usr/bin/python3 -c', 'printf %s')], {
    encoding: 'utf8',
  });
  expect(program).toContain(`cert=${JSON.stringify(facts.clientCertificatePath)}`);
  expect(program).toContain(`key=${JSON.stringify(facts.clientKeyPath)}`);
  expect(program).toContain(`ca=${JSON.stringify(facts.caCertificatePath)}`);
  expect(program).toContain('hostname="127.0.0.1", port=5696');
  expect(program).toMatch(/c\.create\(.*\); c\.activate\(uid\); print\(uid, c\.get\(uid\)\.value\.hex\(\)\)/);
});
