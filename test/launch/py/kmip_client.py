"""PyKMIP client helpers for the launch tests: each command prints one JSON object on stdout."""
import json
import logging
import sys

from kmip.core import enums
from kmip.pie.client import ProxyKmipClient
from kmip.pie.exceptions import KmipOperationFailure

logging.disable(logging.CRITICAL)


def client(host, port, cert, key, ca):
    return ProxyKmipClient(hostname=host, port=int(port), cert=cert, key=key, ca=ca, config=None,
                           kmip_version=enums.KMIPVersion.KMIP_1_2)


def failure(error):
    if isinstance(error, KmipOperationFailure):
        return {"ok": False, "reason": error.reason.name}
    return {"ok": False, "error": type(error).__name__}


def get(c, uid):
    try:
        return {"ok": True, "key": c.get(uid).value.hex()}
    except Exception as error:  # noqa: BLE001 - reported to the test
        return failure(error)


def create_on_a_get_on_b(host, port_a, port_b, cert, key, ca):
    """Create and activate through one gateway, get through both at once."""
    a = client(host, port_a, cert, key, ca)
    b = client(host, port_b, cert, key, ca)
    a.open()
    b.open()
    try:
        uid = a.create(enums.CryptographicAlgorithm.AES, 256)
        a.activate(uid)
        return {"uid": uid, "b": get(b, uid), "a": get(a, uid)}
    finally:
        a.close()
        b.close()


def get_once(host, port, cert, key, ca, uid):
    c = client(host, port, cert, key, ca)
    try:
        c.open()
    except Exception as error:  # noqa: BLE001
        return failure(error)
    try:
        return get(c, uid)
    finally:
        c.close()


def held(host, ports, cert, key, ca, uid):
    """Opens one connection per port, gets the key on each, says so, waits for a line on stdin, then tries again on
    the same connections and on new ones."""
    port_list = ports.split(",")
    clients = [client(host, p, cert, key, ca) for p in port_list]
    for c in clients:
        c.open()
    print(json.dumps({"before": [get(c, uid) for c in clients]}), flush=True)
    sys.stdin.readline()
    after = [get(c, uid) for c in clients]
    fresh = [get_once(host, p, cert, key, ca, uid) for p in port_list]
    for c in clients:
        try:
            c.close()
        except Exception:  # noqa: BLE001
            pass
    return {"after": after, "fresh": fresh}


COMMANDS = {"create-on-a-get-on-b": create_on_a_get_on_b, "get": get_once, "held": held}

if __name__ == "__main__":
    print(json.dumps(COMMANDS[sys.argv[1]](*sys.argv[2:])), flush=True)
