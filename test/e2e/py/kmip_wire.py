"""
Shared helpers of the end-to-end client scripts: connection arguments, a PyKMIP KMIPProxy connection used as a raw
message pipe, hand-built structures over PyKMIP primitives, and a generic TTLV reader so that every field of a
response can be asserted (PyKMIP 0.10 cannot parse some responses, e.g. Add Attribute's).

Scripts print JSON on stdout; key material never leaves a script: only its length and SHA-256 digest are printed.
"""
import argparse
import hashlib
import json
import logging
import struct
import sys
import warnings

# ssl.wrap_socket (used by PyKMIP 0.10) is deprecated in Python 3.10+; the warning would pollute stderr.
warnings.filterwarnings("ignore", category=DeprecationWarning)

from kmip.core import enums  # noqa: E402
from kmip.core import primitives  # noqa: E402
from kmip.core.messages import contents  # noqa: E402
from kmip.core.messages import messages  # noqa: E402
from kmip.core.utils import BytearrayStream  # noqa: E402
from kmip.services.kmip_client import KMIPProxy  # noqa: E402

# PyKMIP logs connection failures itself; the scripts report them in their JSON instead.
# (The config helper sets its own level unless one is set, hence the explicit entry.)
logging.getLogger("kmip").setLevel(logging.CRITICAL)
logging.getLogger("kmip.core.config_helper").setLevel(logging.CRITICAL)

VERSIONS = {
    "1.0": enums.KMIPVersion.KMIP_1_0,
    "1.1": enums.KMIPVersion.KMIP_1_1,
    "1.2": enums.KMIPVersion.KMIP_1_2,
    "1.3": enums.KMIPVersion.KMIP_1_3,
    "1.4": enums.KMIPVersion.KMIP_1_4,
    "2.0": enums.KMIPVersion.KMIP_2_0,
}

# TTLV item types (KMIP 1.4 §9.1.1.2)
STRUCTURE, INTEGER, LONG_INTEGER, BIG_INTEGER, ENUMERATION, BOOLEAN = 1, 2, 3, 4, 5, 6
TEXT_STRING, BYTE_STRING, DATE_TIME, INTERVAL, DATE_TIME_EXTENDED = 7, 8, 9, 10, 11

_TAG_NAMES = {tag.value: tag.name for tag in enums.Tags}


def connection_arguments(description, endpoint=True):
    """The arguments every script takes: where the gateway is (unless the script takes a list) and the TLS files."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    if endpoint:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cert", required=True, help="client certificate (PEM)")
    parser.add_argument("--key", required=True, help="client private key (PEM)")
    parser.add_argument("--ca", required=True, help="CA of the server certificate (PEM)")
    parser.add_argument("--timeout", type=float, default=30.0, help="socket timeout in seconds")
    parser.add_argument(
        "--ssl-version",
        default="PROTOCOL_SSLv23",
        help="name in Python's ssl module: PROTOCOL_SSLv23 negotiates the highest; PROTOCOL_TLSv1_2 pins TLS 1.2",
    )
    return parser


def emit(value):
    """One JSON document per line on stdout, flushed at once (the test may read while the script runs)."""
    sys.stdout.write(json.dumps(value, sort_keys=True) + "\n")
    sys.stdout.flush()


def digest(material):
    return hashlib.sha256(bytes(material)).hexdigest()


def open_proxy(args, version="1.1", host=None, port=None):
    """A connected PyKMIP KMIPProxy (TLS with the client certificate, server verified against the CA)."""
    proxy = KMIPProxy(
        host=host or args.host,
        port=port or args.port,
        certfile=args.cert,
        keyfile=args.key,
        ca_certs=args.ca,
        cert_reqs="CERT_REQUIRED",
        ssl_version=args.ssl_version,
        timeout=int(args.timeout),
        kmip_version=VERSIONS[version],
    )
    proxy.open()
    return proxy


class Node(primitives.Struct):
    """A structure of arbitrary PyKMIP primitives, written in the given order (for shapes PyKMIP does not model)."""

    def __init__(self, tag, children):
        super(Node, self).__init__(tag=tag)
        self.children = children

    def write(self, ostream, kmip_version=enums.KMIPVersion.KMIP_1_0):
        body = BytearrayStream()
        for child in self.children:
            child.write(body, kmip_version=kmip_version)
        self.length = body.length()
        super(Node, self).write(ostream, kmip_version=kmip_version)
        ostream.write(body.buffer)


def text(tag, value):
    return primitives.TextString(value=value, tag=tag)


def enumeration(enum, value, tag):
    return primitives.Enumeration(enum, value=value, tag=tag)


def batch_item(operation, payload, batch_id=None):
    return messages.RequestBatchItem(
        operation=contents.Operation(operation),
        unique_batch_item_id=None if batch_id is None else contents.UniqueBatchItemID(batch_id),
        request_payload=payload,
    )


def credential(username, password):
    """A Username and Password Credential (KMIP 1.1 §2.1.2)."""
    return Node(
        enums.Tags.CREDENTIAL,
        [
            enumeration(enums.CredentialType, enums.CredentialType.USERNAME_AND_PASSWORD, enums.Tags.CREDENTIAL_TYPE),
            Node(
                enums.Tags.CREDENTIAL_VALUE,
                [text(enums.Tags.USERNAME, username), text(enums.Tags.PASSWORD, password)],
            ),
        ],
    )


def request_bytes(version, items, credentials=None):
    """Request Message bytes: header with Protocol Version, optional Authentication, Batch Count."""
    major, minor = (int(part) for part in version.split("."))
    header_children = [contents.ProtocolVersion(major, minor)]
    if credentials is not None:
        header_children.append(Node(enums.Tags.AUTHENTICATION, [credentials]))
    header_children.append(contents.BatchCount(len(items)))
    message = Node(enums.Tags.REQUEST_MESSAGE, [Node(enums.Tags.REQUEST_HEADER, header_children)] + list(items))
    stream = BytearrayStream()
    message.write(stream, kmip_version=VERSIONS[version])
    return bytes(stream.buffer)


def exchange(proxy, data):
    """Sends one message and reads one response; returns its decoded tree."""
    proxy.protocol.write(data)
    return decode(bytes(proxy.protocol.read().buffer))


def decode(data):
    """Decodes one TTLV item (and its children) into {'tag', 'type', 'value'} dictionaries."""
    item, end = _decode_at(data, 0)
    if end != len(data):
        raise ValueError("trailing bytes after the TTLV item")
    return item


def _decode_at(data, offset):
    if offset + 8 > len(data):
        raise ValueError("truncated TTLV header")
    tag = int.from_bytes(data[offset : offset + 3], "big")
    kind = data[offset + 3]
    length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
    start = offset + 8
    end = start + length
    if end > len(data):
        raise ValueError("truncated TTLV value")
    raw = data[start:end]
    if kind == STRUCTURE:
        children, position = [], start
        while position < end:
            child, position = _decode_at(data, position)
            children.append(child)
        value = children
    elif kind in (INTEGER, ENUMERATION, INTERVAL):
        value = struct.unpack(">i" if kind == INTEGER else ">I", raw)[0]
    elif kind in (LONG_INTEGER, DATE_TIME, DATE_TIME_EXTENDED):
        value = struct.unpack(">q", raw)[0]
    elif kind == BOOLEAN:
        value = struct.unpack(">Q", raw)[0] != 0
    elif kind == TEXT_STRING:
        value = raw.decode("utf-8")
    else:
        value = bytes(raw)
    padded = length if kind == STRUCTURE else (length + 7) // 8 * 8
    return {"tag": _TAG_NAMES.get(tag, hex(tag)), "type": kind, "value": value}, start + padded


def children(node, tag):
    return [child for child in node["value"] if child["tag"] == tag] if node["type"] == STRUCTURE else []


def child(node, tag):
    found = children(node, tag)
    return found[0] if found else None


def value(node, tag, default=None):
    found = child(node, tag)
    return default if found is None else found["value"]


def path(node, *tags):
    for tag in tags:
        if node is None:
            return None
        node = child(node, tag)
    return node


def enum_name(enum, number):
    try:
        return enum(number).name
    except ValueError:
        return number


def response_items(response):
    """The batch items of a response, summarised: operation, batch id (hex), status, reason, message, payload."""
    items = []
    for item in children(response, "BATCH_ITEM"):
        batch_id = value(item, "UNIQUE_BATCH_ITEM_ID")
        operation = value(item, "OPERATION")
        reason = value(item, "RESULT_REASON")
        items.append(
            {
                "operation": None if operation is None else enum_name(enums.Operation, operation),
                "batchId": None if batch_id is None else batch_id.hex(),
                "status": enum_name(enums.ResultStatus, value(item, "RESULT_STATUS")),
                "reason": None if reason is None else enum_name(enums.ResultReason, reason),
                "message": value(item, "RESULT_MESSAGE"),
                "payload": child(item, "RESPONSE_PAYLOAD"),
            }
        )
    return items


def response_version(response):
    version = path(response, "RESPONSE_HEADER", "PROTOCOL_VERSION")
    if version is None:
        return None
    return "%d.%d" % (value(version, "PROTOCOL_VERSION_MAJOR"), value(version, "PROTOCOL_VERSION_MINOR"))


def describe_error(error):
    """An exception as text for the JSON result (names and messages only; never payloads)."""
    return "%s: %s" % (type(error).__name__, error)
