import { ttlv } from '../ttlv-builders';
import type { TtlvItemVector } from './vector';

const EXAMPLES = 'KMIP 1.0–1.4 specification §9.1.2 "Examples"';

/** The encoding examples of the KMIP 1.x specification (tag 0x420020 throughout), plus Date-Time Extended. */
export const SPEC_ITEM_VECTORS: readonly TtlvItemVector[] = [
  {
    source: EXAMPLES,
    description: 'An Integer containing the decimal value 8',
    hex: '42 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 00',
    item: ttlv.integer(0x420020, 8),
  },
  {
    source: EXAMPLES,
    description: 'A Long Integer containing the decimal value 123456789000000000',
    hex: '42 00 20 | 03 | 00 00 00 08 | 01 B6 9B 4B A5 74 92 00',
    item: ttlv.longInteger(0x420020, 123456789000000000n),
  },
  {
    source: EXAMPLES,
    description: 'A Big Integer containing the decimal value 1234567890000000000000000000',
    hex: '42 00 20 | 04 | 00 00 00 10 | 00 00 00 00 03 FD 35 EB 6B C2 DF 46 18 08 00 00',
    item: ttlv.bigInteger(0x420020, 1234567890000000000000000000n),
  },
  {
    source: EXAMPLES,
    description: 'An Enumeration with value 255',
    hex: '42 00 20 | 05 | 00 00 00 04 | 00 00 00 FF 00 00 00 00',
    item: ttlv.enumeration(0x420020, 255),
  },
  {
    source: EXAMPLES,
    description: 'A Boolean with the value True',
    hex: '42 00 20 | 06 | 00 00 00 08 | 00 00 00 00 00 00 00 01',
    item: ttlv.boolean(0x420020, true),
  },
  {
    source: EXAMPLES,
    description: 'A Text String with the value "Hello World"',
    hex: '42 00 20 | 07 | 00 00 00 0B | 48 65 6C 6C 6F 20 57 6F 72 6C 64 00 00 00 00 00',
    item: ttlv.text(0x420020, 'Hello World'),
  },
  {
    source: EXAMPLES,
    description: 'A Byte String with the value { 0x01, 0x02, 0x03 }',
    hex: '42 00 20 | 08 | 00 00 00 03 | 01 02 03 00 00 00 00 00',
    item: ttlv.bytes(0x420020, Buffer.from([1, 2, 3])),
  },
  {
    source: EXAMPLES,
    description: 'A Date-Time, containing the value for Friday, March 14, 2008, 11:56:40 GMT',
    hex: '42 00 20 | 09 | 00 00 00 08 | 00 00 00 00 47 DA 67 F8',
    item: ttlv.dateTime(0x420020, new Date('2008-03-14T11:56:40Z')),
  },
  {
    source: EXAMPLES,
    description: 'An Interval, containing the value for 10 days',
    hex: '42 00 20 | 0A | 00 00 00 04 | 00 0D 2F 00 00 00 00 00',
    item: ttlv.interval(0x420020, 10 * 24 * 3600),
  },
  {
    source: EXAMPLES,
    description:
      'A Structure containing an Enumeration, value 254, followed by an Integer, value 255, ' +
      'having tags 420004 and 420005 respectively',
    hex:
      '42 00 20 | 01 | 00 00 00 20 | 42 00 04 | 05 | 00 00 00 04 | 00 00 00 FE 00 00 00 00 | ' +
      '42 00 05 | 02 | 00 00 00 04 | 00 00 00 FF 00 00 00 00',
    item: ttlv.structure(0x420020, [ttlv.enumeration(0x420004, 254), ttlv.integer(0x420005, 255)]),
  },
  {
    source:
      'KMIP 2.0 specification §10.1.2 (Date Time Extended: 64-bit signed microseconds, big-endian); the 2.0 text ' +
      'gives no byte example, so this one is derived from that definition and the 1.x Date-Time example instant',
    description: 'A Date-Time Extended for Friday, March 14, 2008, 11:56:40.123456 GMT',
    hex: '42 00 20 | 0B | 00 00 00 08 | 00 04 48 64 5C F1 D0 40',
    item: ttlv.dateTimeExtended(0x420020, 1205495800123456n),
  },
];
