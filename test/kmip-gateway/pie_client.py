#!/usr/bin/env python3
"""
Drives the gateway with PyKMIP's high-level client (kmip.pie.client.ProxyKmipClient, KMIP 1.2 by default). Prints one
JSON object.

  pie_client.py lifecycle       create, get, get_attributes, get_attribute_list, locate, activate, register + get,
                                revoke, destroy, get after destroy
  pie_client.py get <uid>       one Get; its result (the status and reason of a refusal)

Environment: KMIP_HOST, KMIP_PORT, KMIP_CLIENT_CERT, KMIP_CLIENT_KEY, KMIP_CA_CERT.
"""
import json
import os
import secrets
import sys

from kmip.core import enums
from kmip.core.factories.attributes import AttributeFactory
from kmip.pie import exceptions, objects
from kmip.pie.client import ProxyKmipClient


def client():
    return ProxyKmipClient(
        hostname=os.environ["KMIP_HOST"],
        port=int(os.environ["KMIP_PORT"]),
        cert=os.environ["KMIP_CLIENT_CERT"],
        key=os.environ["KMIP_CLIENT_KEY"],
        ca=os.environ["KMIP_CA_CERT"],
    )


def failure(error):
    return {"status": error.status.name, "reason": error.reason.name}


def attribute_values(result):
    uid, attributes = result
    values = {}
    for attribute in attributes:
        value = attribute.attribute_value
        if attribute.attribute_name.value == "Name":
            value = value.name_value.value
        else:
            value = value.value
        values[attribute.attribute_name.value] = getattr(value, "name", value)
    return uid, values


def lifecycle():
    out = {}
    name = "pie-key-" + secrets.token_hex(4)
    masks = [enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT]
    with client() as c:
        uid = c.create(enums.CryptographicAlgorithm.AES, 256, name=name, cryptographic_usage_mask=masks)
        out["created"] = uid
        key = c.get(uid)
        out["get"] = {"type": type(key).__name__, "length": key.cryptographic_length, "key": key.value.hex()}
        out["getAgain"] = c.get(uid).value.hex()
        attr_uid, values = attribute_values(
            c.get_attributes(uid, ["State", "Cryptographic Length", "Cryptographic Algorithm", "Name"])
        )
        out["attributes"] = {"uid": attr_uid, **values}
        out["attributeList"] = sorted(c.get_attribute_list(uid))
        factory = AttributeFactory()
        out["locateByName"] = c.locate(attributes=[factory.create_attribute(enums.AttributeType.NAME, name)])
        c.activate(uid)
        out["stateAfterActivate"] = attribute_values(c.get_attributes(uid, ["State"]))[1]["State"]

        material = secrets.token_bytes(16)
        registered = c.register(objects.SymmetricKey(enums.CryptographicAlgorithm.AES, 128, material, masks=masks))
        out["registered"] = registered
        out["registeredRoundTrip"] = c.get(registered).value == material

        c.revoke(enums.RevocationReasonCode.CESSATION_OF_OPERATION, uid)
        out["stateAfterRevoke"] = attribute_values(c.get_attributes(uid, ["State"]))[1]["State"]
        c.destroy(uid)
        try:
            c.get(uid)
            out["getAfterDestroy"] = {"status": "SUCCESS"}
        except exceptions.KmipOperationFailure as error:
            out["getAfterDestroy"] = failure(error)
    return out


def get(uid):
    with client() as c:
        try:
            key = c.get(uid)
            return {"status": "SUCCESS", "length": len(key.value)}
        except exceptions.KmipOperationFailure as error:
            return failure(error)


if __name__ == "__main__":
    command = sys.argv[1]
    result = lifecycle() if command == "lifecycle" else get(sys.argv[2])
    json.dump(result, sys.stdout)
