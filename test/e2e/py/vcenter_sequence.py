"""
vCenter's conversation with a key provider (DESIGN §6), as decoded from vCenter 7.0.3/8.0.1 traffic, at KMIP 1.1:

  status poll:   new connection, Discover Versions (empty payload) twice
  registration:  Discover Versions, Query (Query Server Information) -> Vendor Identification
  new key:       Create (SymmetricKey, AES, 256, usage mask 12, no Name) -> Pre-Active;
                 Get Attributes of one custom attribute (absent -> only the Unique Identifier);
                 one message with three Add Attribute batch items (x-Vendor, x-Product, x-Product_Version),
                 each with an 8-byte Unique Batch Item ID;
                 Get Attributes (State) -> Pre-Active; Activate; Get with only the Unique Identifier.

With --username/--password, a Username/Password Credential goes into the header of some requests only (Query, Create,
the Add Attribute message and Get), as vCenter does; --wrong-password adds one request with a wrong password.
Prints one JSON document with what each step answered.
"""
import os

from kmip.core import enums
from kmip.core import objects as cobjects
from kmip.core.attributes import UniqueIdentifier
from kmip.core.factories.attributes import AttributeFactory
from kmip.core.messages import payloads

import kmip_wire as wire

VERSION = "1.1"
CUSTOM_ATTRIBUTES = [
    ("x-Vendor", "VMware, Inc."),
    ("x-Product", "VMware vSphere"),
    ("x-Product_Version", "8.0.1"),
]


def main():
    parser = wire.connection_arguments(__doc__)
    parser.add_argument("--username")
    parser.add_argument("--password")
    parser.add_argument("--wrong-password", action="store_true")
    args = parser.parse_args()
    credentials = None
    if args.username is not None:
        credentials = wire.credential(args.username, args.password or "")

    result = {"responseVersions": []}

    def send(proxy, items, with_credentials=False, override=None):
        response = wire.exchange(
            proxy,
            wire.request_bytes(VERSION, items, override if override is not None else (credentials if with_credentials else None)),
        )
        result["responseVersions"].append(wire.response_version(response))
        return wire.response_items(response)

    def discover(proxy):
        [item] = send(proxy, [wire.batch_item(enums.Operation.DISCOVER_VERSIONS, payloads.DiscoverVersionsRequestPayload())])
        versions = [
            "%d.%d" % (wire.value(v, "PROTOCOL_VERSION_MAJOR"), wire.value(v, "PROTOCOL_VERSION_MINOR"))
            for v in wire.children(item["payload"], "PROTOCOL_VERSION")
        ] if item["payload"] is not None else []
        return {"status": item["status"], "reason": item["reason"], "versions": versions}

    # Status poll: a new connection, Discover Versions twice.
    poll = wire.open_proxy(args, VERSION)
    result["statusPoll"] = [discover(poll), discover(poll)]
    poll.close()

    # Registration: Discover Versions, then Query Server Information.
    registration = wire.open_proxy(args, VERSION)
    discover(registration)
    [query] = send(
        registration,
        [
            wire.batch_item(
                enums.Operation.QUERY,
                payloads.QueryRequestPayload(query_functions=[enums.QueryFunction.QUERY_SERVER_INFORMATION]),
            )
        ],
        with_credentials=True,
    )
    result["query"] = {
        "status": query["status"],
        "reason": query["reason"],
        "vendorIdentification": wire.value(query["payload"], "VENDOR_IDENTIFICATION") if query["payload"] else None,
    }
    if args.wrong_password and args.username is not None:
        [refused] = send(
            registration,
            [
                wire.batch_item(
                    enums.Operation.QUERY,
                    payloads.QueryRequestPayload(query_functions=[enums.QueryFunction.QUERY_SERVER_INFORMATION]),
                )
            ],
            override=wire.credential(args.username, (args.password or "") + "-wrong"),
        )
        result["wrongPassword"] = {"status": refused["status"], "reason": refused["reason"]}
    registration.close()

    # A new key, on a new connection.
    proxy = wire.open_proxy(args, VERSION)
    result["discover"] = discover(proxy)
    factory = AttributeFactory()
    template = cobjects.TemplateAttribute(
        attributes=[
            factory.create_attribute(enums.AttributeType.CRYPTOGRAPHIC_ALGORITHM, enums.CryptographicAlgorithm.AES),
            factory.create_attribute(enums.AttributeType.CRYPTOGRAPHIC_LENGTH, 256),
            factory.create_attribute(
                enums.AttributeType.CRYPTOGRAPHIC_USAGE_MASK,
                [enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT],
            ),
        ]
    )
    [create] = send(
        proxy,
        [
            wire.batch_item(
                enums.Operation.CREATE,
                payloads.CreateRequestPayload(object_type=enums.ObjectType.SYMMETRIC_KEY, template_attribute=template),
            )
        ],
        with_credentials=True,
    )
    uid = wire.value(create["payload"], "UNIQUE_IDENTIFIER") if create["payload"] else None
    object_type = wire.value(create["payload"], "OBJECT_TYPE") if create["payload"] else None
    result["create"] = {
        "status": create["status"],
        "reason": create["reason"],
        "uniqueIdentifier": uid,
        "objectType": None if object_type is None else wire.enum_name(enums.ObjectType, object_type),
    }
    if uid is None:
        wire.emit(result)
        return

    def get_attributes(names, with_credentials=False):
        [item] = send(
            proxy,
            [
                wire.batch_item(
                    enums.Operation.GET_ATTRIBUTES,
                    payloads.GetAttributesRequestPayload(unique_identifier=uid, attribute_names=names),
                )
            ],
            with_credentials=with_credentials,
        )
        payload = item["payload"]
        attributes = []
        for attribute in wire.children(payload, "ATTRIBUTE") if payload else []:
            raw = wire.value(attribute, "ATTRIBUTE_VALUE")
            name = wire.value(attribute, "ATTRIBUTE_NAME")
            if name == "State":
                raw = wire.enum_name(enums.State, raw)
            attributes.append({"name": name, "value": raw if not isinstance(raw, bytes) else raw.hex()})
        return {
            "status": item["status"],
            "reason": item["reason"],
            "payloadTags": [c["tag"] for c in payload["value"]] if payload else [],
            "uniqueIdentifier": wire.value(payload, "UNIQUE_IDENTIFIER") if payload else None,
            "attributes": attributes,
        }

    result["stateAfterCreate"] = get_attributes(["State"])
    result["getCustomAbsent"] = get_attributes(["x-Vendor"])

    # One message, three Add Attribute items, each with an 8-byte Unique Batch Item ID.
    batch_ids = [os.urandom(8) for _ in CUSTOM_ATTRIBUTES]
    add_items = [
        wire.batch_item(
            enums.Operation.ADD_ATTRIBUTE,
            wire.Node(
                enums.Tags.REQUEST_PAYLOAD,
                [
                    wire.text(enums.Tags.UNIQUE_IDENTIFIER, uid),
                    wire.Node(
                        enums.Tags.ATTRIBUTE,
                        [wire.text(enums.Tags.ATTRIBUTE_NAME, name), wire.text(enums.Tags.ATTRIBUTE_VALUE, text)],
                    ),
                ],
            ),
            batch_id,
        )
        for (name, text), batch_id in zip(CUSTOM_ATTRIBUTES, batch_ids)
    ]
    added = send(proxy, add_items, with_credentials=True)
    result["addAttributes"] = {
        "sentBatchIds": [b.hex() for b in batch_ids],
        "items": [
            {
                "operation": item["operation"],
                "batchId": item["batchId"],
                "status": item["status"],
                "reason": item["reason"],
                "uniqueIdentifier": wire.value(item["payload"], "UNIQUE_IDENTIFIER") if item["payload"] else None,
                "attributeName": wire.value(wire.path(item["payload"], "ATTRIBUTE"), "ATTRIBUTE_NAME")
                if item["payload"]
                else None,
                "attributeValue": wire.value(wire.path(item["payload"], "ATTRIBUTE"), "ATTRIBUTE_VALUE")
                if item["payload"]
                else None,
            }
            for item in added
        ],
    }
    result["getCustomPresent"] = get_attributes([name for name, _ in CUSTOM_ATTRIBUTES])

    result["stateBeforeActivate"] = get_attributes(["State"])
    [activate] = send(
        proxy,
        [
            wire.batch_item(
                enums.Operation.ACTIVATE, payloads.ActivateRequestPayload(unique_identifier=UniqueIdentifier(uid))
            )
        ],
    )
    result["activate"] = {
        "status": activate["status"],
        "reason": activate["reason"],
        "uniqueIdentifier": wire.value(activate["payload"], "UNIQUE_IDENTIFIER") if activate["payload"] else None,
    }
    result["stateAfterActivate"] = get_attributes(["State"], with_credentials=True)

    # Get with only the Unique Identifier: the key comes back unwrapped, Raw.
    [get] = send(
        proxy,
        [wire.batch_item(enums.Operation.GET, payloads.GetRequestPayload(unique_identifier=uid))],
        with_credentials=True,
    )
    result["get"] = summarize_get(get)
    proxy.close()
    wire.emit(result)


def summarize_get(item):
    payload = item["payload"]
    summary = {"status": item["status"], "reason": item["reason"]}
    if payload is None:
        return summary
    key_block = wire.path(payload, "SYMMETRIC_KEY", "KEY_BLOCK")
    material = wire.value(wire.child(key_block, "KEY_VALUE"), "KEY_MATERIAL") if key_block else None
    summary.update(
        {
            "objectType": wire.enum_name(enums.ObjectType, wire.value(payload, "OBJECT_TYPE")),
            "uniqueIdentifier": wire.value(payload, "UNIQUE_IDENTIFIER"),
            "keyFormatType": wire.enum_name(enums.KeyFormatType, wire.value(key_block, "KEY_FORMAT_TYPE"))
            if key_block
            else None,
            "algorithm": wire.enum_name(enums.CryptographicAlgorithm, wire.value(key_block, "CRYPTOGRAPHIC_ALGORITHM"))
            if key_block
            else None,
            "length": wire.value(key_block, "CRYPTOGRAPHIC_LENGTH") if key_block else None,
            "wrapped": wire.child(key_block, "KEY_WRAPPING_DATA") is not None if key_block else None,
            "materialLength": len(material) if isinstance(material, bytes) else None,
            "materialSha256": wire.digest(material) if isinstance(material, bytes) else None,
        }
    )
    return summary


if __name__ == "__main__":
    main()
