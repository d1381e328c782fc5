"""
Creates AES-256 keys in a loop until told to stop (a line "stop" on stdin, or stdin closed), fetching each key right
after its Create, through PyKMIP's ProxyKmipClient. When a connection fails it moves on to the next endpoint (as vCenter
does with its two key server addresses) and keeps trying.

One JSON line per event, as it happens, so the test can follow the run and kill services in the middle:
  {"event": "ack", "attempt": n, "id": uid, "endpoint": e}            the Create was answered Success
  {"event": "fetched", "id": uid, "sha256": hex, "length": 32}        the Get right after it
  {"event": "fetch-failed", "id": uid, "error": text}                 that Get failed (the key is fetched later)
  {"event": "create-failed", "attempt": n, "reason": name, "message"} the Create was answered with a failure
  {"event": "create-lost", "attempt": n, "error": text}               no answer (connection lost, timeout)
  {"event": "connect-failed", "endpoint": e, "error": text}           (at most once per endpoint and outage)
  {"event": "done", "attempts": n, "acks": n}
Only digests of key material are printed.
"""
import sys
import threading
import time

from kmip.core import enums
from kmip.pie import exceptions
from kmip.pie.client import ProxyKmipClient

import kmip_wire as wire


def main():
    parser = wire.connection_arguments(__doc__, endpoint=False)
    parser.add_argument("--endpoints", required=True, help="comma-separated host:port list, tried in turn")
    parser.add_argument("--version", default="1.1", choices=sorted(wire.VERSIONS))
    parser.add_argument("--max-attempts", type=int, default=100000)
    parser.add_argument("--pause-ms", type=int, default=0, help="pause between Creates (keeps fault runs small)")
    args = parser.parse_args()
    endpoints = [(e.rsplit(":", 1)[0], int(e.rsplit(":", 1)[1])) for e in args.endpoints.split(",")]

    stop = threading.Event()

    def watch_stdin():
        for line in sys.stdin:
            if line.strip() == "stop":
                break
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()

    current = 0
    client = None
    reported_down = set()
    attempts = acks = 0

    def connect():
        nonlocal current
        while not stop.is_set():
            host, port = endpoints[current]
            candidate = ProxyKmipClient(
                hostname=host,
                port=port,
                cert=args.cert,
                key=args.key,
                ca=args.ca,
                ssl_version=args.ssl_version,
                kmip_version=wire.VERSIONS[args.version],
            )
            candidate.proxy.timeout = int(args.timeout)
            try:
                candidate.open()
                reported_down.discard(current)
                return candidate
            except Exception as error:  # noqa: BLE001 - any failure means: try the next endpoint
                if current not in reported_down:
                    reported_down.add(current)
                    wire.emit({"event": "connect-failed", "endpoint": "%s:%d" % (host, port), "error": str(error)})
                current = (current + 1) % len(endpoints)
                time.sleep(0.2)
        return None

    def drop():
        nonlocal client, current
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - the connection is already broken
                pass
        client = None
        current = (current + 1) % len(endpoints)

    while not stop.is_set() and attempts < args.max_attempts:
        if client is None:
            client = connect()
            if client is None:
                break
        attempts += 1
        endpoint = "%s:%d" % endpoints[current]
        try:
            uid = client.create(
                enums.CryptographicAlgorithm.AES,
                256,
                cryptographic_usage_mask=[enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT],
            )
        except exceptions.KmipOperationFailure as failure:
            wire.emit(
                {
                    "event": "create-failed",
                    "attempt": attempts,
                    "reason": failure.reason.name if isinstance(failure.reason, enums.ResultReason) else failure.reason,
                    "message": failure.message,
                }
            )
            time.sleep(0.1)
            continue
        except Exception as error:  # noqa: BLE001 - no answer: the outcome is unknown
            wire.emit({"event": "create-lost", "attempt": attempts, "error": wire.describe_error(error)})
            drop()
            continue
        acks += 1
        wire.emit({"event": "ack", "attempt": attempts, "id": uid, "endpoint": endpoint})
        try:
            material = bytes(client.get(uid).value)
            wire.emit({"event": "fetched", "id": uid, "sha256": wire.digest(material), "length": len(material)})
        except exceptions.KmipOperationFailure as failure:
            wire.emit({"event": "fetch-failed", "id": uid, "error": "%s: %s" % (failure.reason, failure.message)})
        except Exception as error:  # noqa: BLE001
            wire.emit({"event": "fetch-failed", "id": uid, "error": wire.describe_error(error)})
            drop()
        if args.pause_ms > 0:
            stop.wait(args.pause_ms / 1000.0)

    if client is not None:
        try:
            client.close()
        except Exception:  # noqa: BLE001
            pass
    wire.emit({"event": "done", "attempts": attempts, "acks": acks})


if __name__ == "__main__":
    main()
