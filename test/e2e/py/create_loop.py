"""
Creates AES-256 keys in a loop until told to stop (a line "stop" on stdin, or stdin closed) or --max-attempts,
fetching each key right after its Create, through PyKMIP's ProxyKmipClient. When a connection fails it moves on to the
next endpoint (as vCenter does with its two key server addresses) and keeps trying.

One JSON line per event, as it happens, so the test can follow the run and kill services in the middle:
  {"event": "ack", "attempt": n, "id": uid, "endpoint": e}            the Create was answered Success
  {"event": "fetched", "id": uid, "sha256": hex, "length": 32}        the Get right after it
  {"event": "fetch-failed", "id": uid, "error": text}                 that Get failed (the key is fetched later)
  {"event": "create-failed", "attempt": n, "reason": name, "message"} the Create was answered with a failure
  {"event": "create-lost", "attempt": n, "error": text}               no answer (connection lost, timeout)
  {"event": "connect-failed", "endpoint": e, "error": text}           (once per endpoint and outage)
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

MASK = [enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT]


def parse_endpoint(text):
    host, port = text.rsplit(":", 1)
    return host, int(port)


def main():
    parser = wire.connection_arguments(__doc__, endpoint=False)
    parser.add_argument("--endpoints", required=True, help="comma-separated host:port list, tried in turn")
    parser.add_argument("--version", default="1.1", choices=sorted(wire.VERSIONS))
    parser.add_argument("--max-attempts", type=int, default=100000)
    parser.add_argument("--pause-ms", type=int, default=0, help="pause between Creates (keeps fault runs small)")
    parser.add_argument(
        "--fetch-endpoint",
        help="host:port to Get each key from, on a connection of its own (default: the connection that created it)",
    )
    args = parser.parse_args()
    endpoints = [parse_endpoint(e) for e in args.endpoints.split(",")]

    stop = threading.Event()

    def watch_stdin():
        for line in sys.stdin:
            if line.strip() == "stop":
                break
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()

    def new_client(host, port):
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
        return candidate

    def close_quietly(client):
        try:
            client.close()
        except Exception:  # noqa: BLE001 - the connection may already be broken
            pass

    fetcher = None
    if args.fetch_endpoint:
        fetcher = new_client(*parse_endpoint(args.fetch_endpoint))
        fetcher.open()

    state = {"current": 0, "client": None}
    reported_down = set()

    def connect():
        while not stop.is_set():
            host, port = endpoints[state["current"]]
            candidate = new_client(host, port)
            try:
                candidate.open()
                reported_down.discard(state["current"])
                return candidate
            except Exception as error:  # noqa: BLE001 - any failure means: try the next endpoint
                if state["current"] not in reported_down:
                    reported_down.add(state["current"])
                    wire.emit({"event": "connect-failed", "endpoint": "%s:%d" % (host, port), "error": str(error)})
                state["current"] = (state["current"] + 1) % len(endpoints)
                time.sleep(0.2)
        return None

    def drop():
        if state["client"] is not None:
            close_quietly(state["client"])
        state["client"] = None
        state["current"] = (state["current"] + 1) % len(endpoints)

    attempts = acks = 0
    while not stop.is_set() and attempts < args.max_attempts:
        if state["client"] is None:
            state["client"] = connect()
            if state["client"] is None:
                break
        client = state["client"]
        attempts += 1
        endpoint = "%s:%d" % endpoints[state["current"]]
        try:
            uid = client.create(enums.CryptographicAlgorithm.AES, 256, cryptographic_usage_mask=MASK)
        except exceptions.KmipOperationFailure as failure:
            reason = failure.reason.name if isinstance(failure.reason, enums.ResultReason) else failure.reason
            wire.emit({"event": "create-failed", "attempt": attempts, "reason": reason, "message": failure.message})
            time.sleep(0.1)
            continue
        except Exception as error:  # noqa: BLE001 - no answer: the outcome is unknown
            wire.emit({"event": "create-lost", "attempt": attempts, "error": wire.describe_error(error)})
            drop()
            continue
        acks += 1
        wire.emit({"event": "ack", "attempt": attempts, "id": uid, "endpoint": endpoint})
        try:
            material = bytes((fetcher or client).get(uid).value)
            wire.emit({"event": "fetched", "id": uid, "sha256": wire.digest(material), "length": len(material)})
        except exceptions.KmipOperationFailure as failure:
            wire.emit({"event": "fetch-failed", "id": uid, "error": "%s: %s" % (failure.reason, failure.message)})
        except Exception as error:  # noqa: BLE001
            wire.emit({"event": "fetch-failed", "id": uid, "error": wire.describe_error(error)})
            if fetcher is None:
                drop()
        if args.pause_ms > 0:
            stop.wait(args.pause_ms / 1000.0)

    if state["client"] is not None:
        close_quietly(state["client"])
    if fetcher is not None:
        close_quietly(fetcher)
    wire.emit({"event": "done", "attempts": attempts, "acks": acks})


if __name__ == "__main__":
    main()
