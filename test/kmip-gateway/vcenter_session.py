#!/usr/bin/env python3
"""
Talks to the gateway the way vCenter 7/8 does at KMIP 1.1 (DESIGN section 6), with PyKMIP's low-level client and
hand-built messages: Discover Versions with an empty payload, Query Server Information, Create AES-256 (usage mask
12, no Name), Get Attributes of a custom attribute, one message of three Add Attribute items with 8-byte Unique Batch
Item IDs, Get, Get Attributes (State), Activate, and a Credential on some requests only. Prints what it saw as one
JSON object; the test asserts on it.

Environment: KMIP_HOST, KMIP_PORT, KMIP_CLIENT_CERT, KMIP_CLIENT_KEY, KMIP_CA_CERT, KMIP_USERNAME, KMIP_PASSWORD.
"""
import json
import os
import sys

from kmip.core import attributes, enums, objects, primitives
from kmip.core.enums import Tags
from kmip.core.factories.attributes import AttributeFactory
from kmip.core.factories.credentials import CredentialFactory
from kmip.core.factories.payloads.response import ResponsePayloadFactory
from kmip.core.messages import contents, messages, payloads
from kmip.core.utils import BytearrayStream
from kmip.services.kmip_client import KMIPProxy

V11 = enums.KMIPVersion.KMIP_1_1


class AddAttributeRequestPayload(payloads.base.RequestPayload):
    """Add Attribute (KMIP 1.1 section 4.13), which this PyKMIP version does not model."""

    def __init__(self, unique_identifier, attribute):
        super().__init__()
        self.unique_identifier = primitives.TextString(unique_identifier, Tags.UNIQUE_IDENTIFIER)
        self.attribute = attribute

    def write(self, ostream, kmip_version=V11):
        body = BytearrayStream()
        self.unique_identifier.write(body, kmip_version=kmip_version)
        self.attribute.write(body, kmip_version=kmip_version)
        self.length = body.length()
        super().write(ostream, kmip_version=kmip_version)
        ostream.write(body.buffer)


class AddAttributeResponsePayload(payloads.base.ResponsePayload):
    def read(self, istream, kmip_version=V11):
        super().read(istream, kmip_version=kmip_version)
        body = BytearrayStream(istream.read(self.length))
        self.unique_identifier = primitives.TextString(tag=Tags.UNIQUE_IDENTIFIER)
        self.unique_identifier.read(body, kmip_version=kmip_version)
        self.attribute = objects.Attribute()
        self.attribute.read(body, kmip_version=kmip_version)
        self.is_oversized(body)


ResponsePayloadFactory._create_add_attribute_payload = lambda self: AddAttributeResponsePayload()


def custom_attribute(name, value):
    return objects.Attribute(
        attribute_name=objects.Attribute.AttributeName(name),
        attribute_value=attributes.CustomAttribute(value),
    )


class Session:
    def __init__(self):
        self.proxy = KMIPProxy(
            host=os.environ["KMIP_HOST"],
            port=int(os.environ["KMIP_PORT"]),
            certfile=os.environ["KMIP_CLIENT_CERT"],
            keyfile=os.environ["KMIP_CLIENT_KEY"],
            ca_certs=os.environ["KMIP_CA_CERT"],
            kmip_version=V11,
        )
        self.proxy.open()
        self.response_versions = set()

    def close(self):
        self.proxy.close()

    def send(self, items, password=None):
        authentication = None
        if password is not None:
            credential = CredentialFactory().create_credential(
                enums.CredentialType.USERNAME_AND_PASSWORD,
                {"Username": os.environ["KMIP_USERNAME"], "Password": password},
            )
            authentication = contents.Authentication([credential])
        header = messages.RequestHeader(
            protocol_version=contents.ProtocolVersion(1, 1),
            authentication=authentication,
            batch_count=contents.BatchCount(len(items)),
        )
        response = self.proxy._send_and_receive_message(
            messages.RequestMessage(request_header=header, batch_items=items)
        )
        version = response.response_header.protocol_version
        self.response_versions.add("{}.{}".format(version.major, version.minor))
        return response.batch_items

    def one(self, operation, payload, password=None):
        [item] = self.send([request(operation, payload)], password)
        return item


def request(operation, payload, batch_id=None):
    return messages.RequestBatchItem(
        operation=contents.Operation(operation),
        unique_batch_item_id=None if batch_id is None else contents.UniqueBatchItemID(batch_id),
        request_payload=payload,
    )


def status(item):
    reason = None if item.result_reason is None else item.result_reason.value.name
    return {"status": item.result_status.value.name, "reason": reason}


def require_success(item, what):
    if item.result_status.value != enums.ResultStatus.SUCCESS:
        raise SystemExit("{} failed: {}".format(what, status(item)))
    return item.response_payload


def state_of(session, uid):
    payload = require_success(
        session.one(
            enums.Operation.GET_ATTRIBUTES,
            payloads.GetAttributesRequestPayload(unique_identifier=uid, attribute_names=["State"]),
        ),
        "Get Attributes (State)",
    )
    return [a.attribute_value.value.name for a in payload.attributes]


def main():
    out = {}
    password = os.environ["KMIP_PASSWORD"]
    session = Session()
    try:
        versions = []
        for _ in range(2):  # vCenter's status poll sends it twice
            payload = require_success(
                session.one(enums.Operation.DISCOVER_VERSIONS, payloads.DiscoverVersionsRequestPayload()),
                "Discover Versions",
            )
            versions = ["{}.{}".format(v.major, v.minor) for v in payload.protocol_versions]
        out["discoveredVersions"] = versions

        query = require_success(
            session.one(
                enums.Operation.QUERY,
                payloads.QueryRequestPayload(query_functions=[enums.QueryFunction.QUERY_SERVER_INFORMATION]),
                password=password,
            ),
            "Query",
        )
        out["vendorIdentification"] = query.vendor_identification

        factory = AttributeFactory()
        template = objects.TemplateAttribute(
            attributes=[
                factory.create_attribute(
                    enums.AttributeType.CRYPTOGRAPHIC_ALGORITHM, enums.CryptographicAlgorithm.AES
                ),
                factory.create_attribute(enums.AttributeType.CRYPTOGRAPHIC_LENGTH, 256),
                factory.create_attribute(
                    enums.AttributeType.CRYPTOGRAPHIC_USAGE_MASK,
                    [enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT],
                ),
            ]
        )
        created = require_success(
            session.one(
                enums.Operation.CREATE,
                payloads.CreateRequestPayload(object_type=enums.ObjectType.SYMMETRIC_KEY, template_attribute=template),
            ),
            "Create",
        )
        uid = created.unique_identifier
        out["uid"] = uid

        custom = require_success(
            session.one(
                enums.Operation.GET_ATTRIBUTES,
                payloads.GetAttributesRequestPayload(unique_identifier=uid, attribute_names=["x-Vendor"]),
            ),
            "Get Attributes (x-Vendor)",
        )
        out["customAttributeAnswer"] = {"uid": custom.unique_identifier, "attributes": len(custom.attributes)}

        ids = [bytes.fromhex("a1b2c3d4e5f60718"), bytes.fromhex("0000000000000002"), bytes.fromhex("ffffffff00000003")]
        tags = [("x-Vendor", "VMware, Inc."), ("x-Product", "VMware vSphere"), ("x-Product_Version", "8.0.1")]
        answers = session.send(
            [
                request(enums.Operation.ADD_ATTRIBUTE, AddAttributeRequestPayload(uid, custom_attribute(n, v)), i)
                for (n, v), i in zip(tags, ids)
            ]
        )
        out["addAttribute"] = [
            {
                **status(item),
                "batchItemId": item.unique_batch_item_id.value.hex(),
                "echoed": None
                if item.response_payload is None
                else [item.response_payload.attribute.attribute_name.value, item.response_payload.attribute.attribute_value.value],
            }
            for item in answers
        ]
        out["sentBatchItemIds"] = [i.hex() for i in ids]

        got = require_success(
            session.one(enums.Operation.GET, payloads.GetRequestPayload(unique_identifier=uid), password=password),
            "Get",
        )
        block = got.secret.key_block
        out["get"] = {
            "objectType": got.object_type.name,
            "keyFormatType": block.key_format_type.value.name,
            "algorithm": block.cryptographic_algorithm.value.name,
            "length": block.cryptographic_length.value,
            "key": block.key_value.key_material.value.hex(),
        }

        out["stateBefore"] = state_of(session, uid)
        activated = session.one(
            enums.Operation.ACTIVATE,
            payloads.ActivateRequestPayload(unique_identifier=attributes.UniqueIdentifier(uid)),
            password=password,
        )
        out["activate"] = status(activated)
        out["stateAfter"] = state_of(session, uid)

        wrong = session.one(
            enums.Operation.GET, payloads.GetRequestPayload(unique_identifier=uid), password=password + "-wrong"
        )
        out["wrongPassword"] = status(wrong)
        out["responseVersions"] = sorted(session.response_versions)
    finally:
        session.close()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
