export const USAGE = `kmipctl: the operator's tool for tenants and clients of the KMIP server

  kmipctl tenant create NAME [--display-name TEXT] [--root-key-id ID --root-key-version N]
  kmipctl client allow --tenant T --cert FILE [--operations Op,Op,...] [--username U --password-file F] [--pinned]
  kmipctl client remove --tenant T --fingerprint SHA256
  kmipctl client issue --tenant T --out DIR [--name CN] [--operations ...] [--username U --password-file F]
  kmipctl client sign-csr --tenant T --csr FILE --out FILE [--operations ...] [--username U --password-file F]

Which deployment (the first that applies):
  --data-dir DIR          the embedded server's data directory (running or stopped)
  --run-dir DIR           a distributed deployment started by npm run start:distributed (its deployment.json)
  --brokers, --database-url, --schema, --events-topic, --ca-cert, --ca-key
                          a distributed deployment by hand (or to override the run directory's settings)
  KMIP_RUN_DIR            environment: a distributed run directory
  KMIP_DATA_DIR or ./data the embedded data directory (default)

Clients are identified by the SHA-256 fingerprint of their certificate. A certificate the deployment's CA issued is
trusted by its chain; any other (vCenter's self-signed one) is pinned by its fingerprint (--pinned forces pinning).
Without --operations a client may use every operation. A password is stored as a scrypt hash only.
Tenant changes go through the event log and wait for the projector's verdict.`;
