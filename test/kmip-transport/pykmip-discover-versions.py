"""Interop probe: PyKMIP's message codec over a Python ssl mutual-TLS connection.

Sends one KMIP 1.1 DiscoverVersions request built with kmip.core.messages, reads the reply with PyKMIP's framing,
decodes it as a ResponseMessage and prints a JSON summary on stdout.

Usage: pykmip-discover-versions.py HOST PORT CA_FILE CERT_FILE KEY_FILE
"""
import json
import socket
import ssl
import sys

from kmip.core import enums
from kmip.core.messages import messages, payloads
from kmip.core.messages.contents import BatchCount, Operation, ProtocolVersion
from kmip.core.utils import BytearrayStream
from kmip.services.kmip_protocol import KMIPProtocol


def main():
    host, port, ca_file, cert_file, key_file = sys.argv[1:6]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(ca_file)
    context.load_cert_chain(cert_file, key_file)

    request = messages.RequestMessage(
        request_header=messages.RequestHeader(protocol_version=ProtocolVersion(1, 1), batch_count=BatchCount(1)),
        batch_items=[
            messages.RequestBatchItem(
                operation=Operation(enums.Operation.DISCOVER_VERSIONS),
                request_payload=payloads.DiscoverVersionsRequestPayload([ProtocolVersion(1, 4), ProtocolVersion(1, 1)]),
            )
        ],
    )
    stream = BytearrayStream()
    request.write(stream, enums.KMIPVersion.KMIP_1_1)

    with socket.create_connection((host, int(port)), timeout=10) as raw:
        # server_hostname makes Python check the server certificate's DNS name, as a real client would.
        with context.wrap_socket(raw, server_hostname="localhost") as tls:
            protocol = KMIPProtocol(tls)
            protocol.write(stream.buffer)
            data = protocol.read()
            tls_version = tls.version()

    response = messages.ResponseMessage()
    response.read(data, enums.KMIPVersion.KMIP_1_1)
    header = response.response_header
    item = response.batch_items[0]
    print(
        json.dumps(
            {
                "tlsVersion": tls_version,
                "protocolVersion": [header.protocol_version.major, header.protocol_version.minor],
                "batchCount": header.batch_count.value,
                "operation": item.operation.value.name,
                "resultStatus": item.result_status.value.name,
                "versions": [[v.major, v.minor] for v in item.response_payload.protocol_versions],
            }
        )
    )


if __name__ == "__main__":
    main()
