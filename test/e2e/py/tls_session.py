"""
Whether a client certificate gets a KMIP session, through PyKMIP's KMIPProxy at KMIP 1.1.

  --mode probe   connect and send Discover Versions; print {"connected", "refusedAt", "discover"|"error"}
                 (refusedAt: "handshake" when the TLS handshake fails, "request" when the connection is cut before
                 an answer, e.g. a TLS 1.3 alert that arrives after the client's side of the handshake)
  --mode held    connect, Discover Versions, print {"event": "ready", ...}; on a line "check" on stdin, wait up to
                 --wait seconds for the server to close the connection and print {"event": "checked",
                 "closedByServer", "reuse", "reconnect"}: whether the old connection still answers, and a new probe.
"""
import select
import sys

from kmip.core import enums
from kmip.core.messages import payloads

import kmip_wire as wire


def discover(proxy):
    response = wire.exchange(
        proxy,
        wire.request_bytes(
            "1.1", [wire.batch_item(enums.Operation.DISCOVER_VERSIONS, payloads.DiscoverVersionsRequestPayload())]
        ),
    )
    [item] = wire.response_items(response)
    return {"status": item["status"], "reason": item["reason"]}


def probe(args):
    try:
        proxy = wire.open_proxy(args)
    except Exception as error:  # noqa: BLE001 - a refused handshake is the expected outcome for some tests
        return {"connected": False, "refusedAt": "handshake", "error": wire.describe_error(error)}
    try:
        return {"connected": True, "refusedAt": None, "discover": discover(proxy)}
    except Exception as error:  # noqa: BLE001
        return {"connected": False, "refusedAt": "request", "error": wire.describe_error(error)}
    finally:
        proxy.close()


def wait_closed(sock, seconds):
    """True once the server closes the connection (EOF, reset or TLS alert) within `seconds`."""
    ready, _, _ = select.select([sock], [], [], seconds)
    if not ready:
        return False
    try:
        return sock.recv(1) == b""
    except Exception:  # noqa: BLE001 - reset / alert: closed
        return True


def held(args):
    proxy = wire.open_proxy(args)
    wire.emit({"event": "ready", "discover": discover(proxy)})
    for line in sys.stdin:
        if line.strip() == "check":
            break
    closed = wait_closed(proxy.socket, args.wait)
    try:
        reuse = {"answered": True, "discover": discover(proxy)}
    except Exception as error:  # noqa: BLE001
        reuse = {"answered": False, "error": wire.describe_error(error)}
    proxy.close()
    wire.emit({"event": "checked", "closedByServer": closed, "reuse": reuse, "reconnect": probe(args)})


def main():
    parser = wire.connection_arguments(__doc__)
    parser.add_argument("--mode", choices=["probe", "held"], required=True)
    parser.add_argument("--wait", type=float, default=15.0)
    args = parser.parse_args()
    if args.mode == "probe":
        wire.emit(probe(args))
    else:
        held(args)


if __name__ == "__main__":
    main()
