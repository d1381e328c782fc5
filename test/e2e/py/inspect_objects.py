"""
Gets each of the given objects (Get with only the Unique Identifier, then Get Attributes of State) through PyKMIP's
ProxyKmipClient on one connection. Prints one JSON document: {"objects": {uid: {"get": {...}, "state": {...}}}},
each part {"ok": true, ...} or {"ok": false, "reason", "message"} / {"ok": false, "error"}. Only digests of key
material are printed.
"""
import json

from kmip.core import enums
from kmip.pie import exceptions
from kmip.pie.client import ProxyKmipClient

import kmip_wire as wire


def main():
    parser = wire.connection_arguments(__doc__)
    parser.add_argument("--version", default="1.1", choices=sorted(wire.VERSIONS))
    parser.add_argument("--ids-file", required=True, help="JSON array of Unique Identifiers")
    args = parser.parse_args()
    with open(args.ids_file) as source:
        ids = json.load(source)

    client = ProxyKmipClient(
        hostname=args.host,
        port=args.port,
        cert=args.cert,
        key=args.key,
        ca=args.ca,
        ssl_version=args.ssl_version,
        kmip_version=wire.VERSIONS[args.version],
    )
    client.proxy.timeout = int(args.timeout)
    client.open()

    def attempt(action):
        try:
            outcome = {"ok": True}
            outcome.update(action())
            return outcome
        except exceptions.KmipOperationFailure as failure:
            reason = failure.reason.name if isinstance(failure.reason, enums.ResultReason) else failure.reason
            return {"ok": False, "reason": reason, "message": failure.message}
        except Exception as error:  # noqa: BLE001 - reported, the test decides
            return {"ok": False, "error": wire.describe_error(error)}

    def get(uid):
        key = client.get(uid)
        material = bytes(key.value)
        return {
            "objectType": key.object_type.name,
            "keyFormatType": key.key_format_type.name,
            "length": len(material),
            "sha256": wire.digest(material),
        }

    def state(uid):
        _, attributes = client.get_attributes(uid, ["State"])
        return {"state": attributes[0].attribute_value.value.name if attributes else None}

    objects = {uid: {"get": attempt(lambda: get(uid)), "state": attempt(lambda: state(uid))} for uid in ids}
    client.close()
    wire.emit({"objects": objects})


if __name__ == "__main__":
    main()
