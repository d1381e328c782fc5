"""
Sends raw bytes (malformed TTLV) to the gateway over mutual TLS, each case on a fresh connection opened by PyKMIP's
KMIPProxy, and reports what came back: a response (its version and batch items' status and reason) or the connection
closing. Cases are given as --case NAME=HEX. Prints one JSON document {"cases": {name: {...}}}.
"""
import select
import struct

import kmip_wire as wire


def read_response(sock, timeout):
    """Reads one TTLV message (8-byte header + length), or reports the connection closed."""
    data = b""
    expected = None
    while expected is None or len(data) < expected:
        ready, _, _ = select.select([sock], [], [], timeout) if sock.pending() == 0 else ([sock], [], [])
        if not ready:
            return {"outcome": "timeout", "bytes": len(data)}
        try:
            chunk = sock.recv(65536)
        except Exception as error:  # noqa: BLE001 - a reset or TLS alert means closed
            return {"outcome": "closed", "bytes": len(data), "error": wire.describe_error(error)}
        if not chunk:
            return {"outcome": "closed", "bytes": len(data)}
        data += chunk
        if expected is None and len(data) >= 8:
            expected = 8 + struct.unpack(">I", data[4:8])[0]
    try:
        response = wire.decode(data[:expected])
    except ValueError as error:
        return {"outcome": "undecodable", "error": str(error)}
    items = wire.response_items(response)
    return {
        "outcome": "response",
        "tag": response["tag"],
        "version": wire.response_version(response),
        "items": [{k: v for k, v in item.items() if k != "payload"} for item in items],
    }


def main():
    parser = wire.connection_arguments(__doc__)
    parser.add_argument("--case", action="append", required=True, help="NAME=HEX")
    parser.add_argument("--read-timeout", type=float, default=10.0)
    args = parser.parse_args()

    results = {}
    for case in args.case:
        name, payload = case.split("=", 1)
        proxy = wire.open_proxy(args)
        try:
            proxy.socket.sendall(bytes.fromhex(payload))
            outcome = read_response(proxy.socket, args.read_timeout)
            if outcome["outcome"] == "response":
                # After answering, the server either keeps the connection or closes it; both are fine.
                outcome["afterwards"] = read_response(proxy.socket, 0.5)["outcome"]
            results[name] = outcome
        except Exception as error:  # noqa: BLE001 - e.g. the server closed before the send finished
            results[name] = {"outcome": "closed", "error": wire.describe_error(error)}
        finally:
            proxy.close()
    wire.emit({"cases": results})


if __name__ == "__main__":
    main()
