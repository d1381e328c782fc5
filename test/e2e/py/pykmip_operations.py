"""
PyKMIP's own operations through its high-level client (kmip.pie.client.ProxyKmipClient) at one KMIP version:
create, register, get, get_attributes, get_attribute_list, locate, activate, revoke, destroy.

Every step is recorded as {"ok": true, ...} or {"ok": false, "status", "reason", "message"} (a KMIP failure) or
{"ok": false, "error"} (anything else), so that the test asserts on what the server answered. One JSON document.
"""
import os
import uuid

from kmip.core import enums
from kmip.pie import exceptions
from kmip.pie import objects as pobjects
from kmip.pie.client import ProxyKmipClient

import kmip_wire as wire


def main():
    parser = wire.connection_arguments(__doc__)
    parser.add_argument("--version", required=True, choices=sorted(wire.VERSIONS))
    args = parser.parse_args()

    client = ProxyKmipClient(
        hostname=args.host,
        port=args.port,
        cert=args.cert,
        key=args.key,
        ca=args.ca,
        ssl_version=args.ssl_version,
        kmip_version=wire.VERSIONS[args.version],
    )
    client.open()
    result = {}

    def step(name, action):
        try:
            outcome = {"ok": True}
            outcome.update(action() or {})
        except exceptions.KmipOperationFailure as failure:
            outcome = {
                "ok": False,
                "status": wire.enum_name(enums.ResultStatus, failure.status),
                "reason": failure.reason.name if isinstance(failure.reason, enums.ResultReason) else failure.reason,
                "message": failure.message,
            }
        except Exception as error:  # noqa: BLE001 - the test asserts on the text
            outcome = {"ok": False, "error": wire.describe_error(error)}
        result[name] = outcome
        return outcome

    def attributes_of(uid, names):
        found_uid, attributes = client.get_attributes(uid, names)
        values = {}
        for attribute in attributes:
            name = attribute.attribute_name.value
            raw = attribute.attribute_value
            if name == "State":
                values[name] = raw.value.name
            elif name == "Cryptographic Algorithm":
                values[name] = raw.value.name
            elif name == "Name":
                values.setdefault(name, []).append(raw.name_value.value)
            elif hasattr(raw, "value"):
                values[name] = raw.value if not isinstance(raw.value, bytes) else raw.value.hex()
            else:
                values[name] = str(raw)
        return {"uniqueIdentifier": found_uid, "attributes": values}

    def key_summary(managed_object):
        material = bytes(managed_object.value)
        return {
            "objectType": managed_object.object_type.name,
            "algorithm": managed_object.cryptographic_algorithm.name,
            "length": managed_object.cryptographic_length,
            "keyFormatType": managed_object.key_format_type.name,
            "materialLength": len(material),
            "materialSha256": wire.digest(material),
        }

    run = uuid.uuid4().hex[:12]
    created_name = "e2e-created-%s-%s" % (args.version, run)
    registered_name = "e2e-registered-%s-%s" % (args.version, run)
    state = {}

    def create():
        state["created"] = client.create(
            enums.CryptographicAlgorithm.AES,
            256,
            name=created_name,
            cryptographic_usage_mask=[enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT],
        )
        return {"uniqueIdentifier": state["created"]}

    def register():
        material = os.urandom(32)
        state["registeredDigest"] = wire.digest(material)
        key = pobjects.SymmetricKey(
            enums.CryptographicAlgorithm.AES,
            256,
            material,
            masks=[enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT],
            name=registered_name,
        )
        state["registered"] = client.register(key)
        return {"uniqueIdentifier": state["registered"], "materialSha256": state["registeredDigest"]}

    if not step("create", create)["ok"]:
        return finish(client, result)
    step("getCreated", lambda: key_summary(client.get(state["created"])))
    step("getCreatedAgain", lambda: key_summary(client.get(state["created"])))
    if step("register", register)["ok"]:
        step("getRegistered", lambda: key_summary(client.get(state["registered"])))
    step(
        "getAttributes",
        lambda: attributes_of(
            state["created"], ["State", "Cryptographic Algorithm", "Cryptographic Length", "Name"]
        ),
    )
    step("getAttributeList", lambda: {"names": client.get_attribute_list(state["created"])})

    def locate(name):
        attribute = client.attribute_factory.create_attribute(enums.AttributeType.NAME, name)
        return {"uniqueIdentifiers": list(client.locate(attributes=[attribute]))}

    step("locateCreated", lambda: locate(created_name))
    step("locateRegistered", lambda: locate(registered_name))
    step("locateUnknown", lambda: locate("e2e-nobody-%s" % run))

    step("activate", lambda: client.activate(state["created"]))
    step("stateAfterActivate", lambda: attributes_of(state["created"], ["State"]))
    step("destroyActive", lambda: client.destroy(state["created"]))
    step(
        "revoke",
        lambda: client.revoke(enums.RevocationReasonCode.CESSATION_OF_OPERATION, state["created"], "e2e test"),
    )
    step("stateAfterRevoke", lambda: attributes_of(state["created"], ["State"]))
    step("destroyDeactivated", lambda: client.destroy(state["created"]))
    step("stateAfterDestroy", lambda: attributes_of(state["created"], ["State"]))
    step("getDestroyed", lambda: key_summary(client.get(state["created"])))
    if "registered" in state:
        step("destroyPreActive", lambda: client.destroy(state["registered"]))
    step("getUnknown", lambda: key_summary(client.get("e2e-no-such-object-%s" % run)))
    finish(client, result)


def finish(client, result):
    client.close()
    wire.emit(result)


if __name__ == "__main__":
    main()
