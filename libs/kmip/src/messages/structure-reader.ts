import type { TtlvItem, TtlvItemOfType, TtlvType } from '../ttlv';
import { tagName } from '../registry';
import { KmipError, type KmipErrorScope, type ResultReasonName } from './kmip-error';

/**
 * Reads the fields of one structure strictly: every field must have the type the spec gives it, required fields must be
 * present, and a field the caller never asked for (unknown, or repeated where the spec allows one) is refused by
 * `done()`. Refusing what we do not understand matters for a key server: silently ignoring, say, a Key Wrapping
 * Specification would hand out a key in the clear. Field order is not enforced; encoders write the spec's order.
 *
 * Every failure is a KmipError naming the field and the structure, never a value.
 */
export class StructureReader {
  private readonly children: readonly TtlvItem[];
  private readonly consumed: boolean[];

  constructor(
    item: TtlvItem,
    /** What the structure is, for messages: 'Request Header', 'Get request payload'. */
    readonly what: string,
    private readonly scope: KmipErrorScope = 'batch-item',
    private readonly reason: ResultReasonName = 'InvalidMessage',
  ) {
    if (item.type !== 'Structure') throw this.error(`${what} is ${item.type}, expected Structure`);
    this.children = item.value;
    this.consumed = new Array<boolean>(item.value.length).fill(false);
  }

  error(detail: string, reason: ResultReasonName = this.reason): KmipError {
    return new KmipError(reason, detail, this.scope);
  }

  /** The first field with `tag` not yet read, of any type, or undefined. */
  optionalItem(tag: number): TtlvItem | undefined {
    for (let i = 0; i < this.children.length; i++) {
      const child = this.children[i];
      if (child.tag === tag && !this.consumed[i]) {
        this.consumed[i] = true;
        return child;
      }
    }
    return undefined;
  }

  requiredItem(tag: number): TtlvItem {
    const item = this.optionalItem(tag);
    if (item === undefined) throw this.error(`${this.what}: required field ${tagName(tag)} is missing`);
    return item;
  }

  /** Every remaining field with `tag`, in order. */
  manyItems(tag: number): TtlvItem[] {
    const found: TtlvItem[] = [];
    for (let i = 0; i < this.children.length; i++) {
      const child = this.children[i];
      if (child.tag === tag && !this.consumed[i]) {
        this.consumed[i] = true;
        found.push(child);
      }
    }
    return found;
  }

  optional<T extends TtlvType>(tag: number, type: T): TtlvItemOfType<T> | undefined {
    const item = this.optionalItem(tag);
    return item === undefined ? undefined : this.typed(item, type);
  }

  required<T extends TtlvType>(tag: number, type: T): TtlvItemOfType<T> {
    return this.typed(this.requiredItem(tag), type);
  }

  many<T extends TtlvType>(tag: number, type: T): TtlvItemOfType<T>[] {
    return this.manyItems(tag).map((item) => this.typed(item, type));
  }

  text(tag: number): string {
    return this.required(tag, 'TextString').value;
  }
  optionalText(tag: number): string | undefined {
    return this.optional(tag, 'TextString')?.value;
  }
  enumeration(tag: number): number {
    return this.required(tag, 'Enumeration').value;
  }
  optionalEnumeration(tag: number): number | undefined {
    return this.optional(tag, 'Enumeration')?.value;
  }
  integer(tag: number): number {
    return this.required(tag, 'Integer').value;
  }
  optionalInteger(tag: number): number | undefined {
    return this.optional(tag, 'Integer')?.value;
  }
  bytes(tag: number): Uint8Array {
    return this.required(tag, 'ByteString').value;
  }
  optionalBytes(tag: number): Uint8Array | undefined {
    return this.optional(tag, 'ByteString')?.value;
  }
  optionalBoolean(tag: number): boolean | undefined {
    return this.optional(tag, 'Boolean')?.value;
  }
  dateTime(tag: number): bigint {
    return this.required(tag, 'DateTime').value;
  }
  optionalDateTime(tag: number): bigint | undefined {
    return this.optional(tag, 'DateTime')?.value;
  }
  optionalLongInteger(tag: number): bigint | undefined {
    return this.optional(tag, 'LongInteger')?.value;
  }
  optionalInterval(tag: number): number | undefined {
    return this.optional(tag, 'Interval')?.value;
  }

  /** Refuses any field nobody read: unknown tags and repetitions of single fields. */
  done(): void {
    const index = this.consumed.indexOf(false);
    if (index === -1) return;
    const child = this.children[index];
    const repeated = this.children.some((other, i) => i !== index && other.tag === child.tag && this.consumed[i]);
    throw this.error(
      repeated
        ? `${this.what}: field ${tagName(child.tag)} appears more than once`
        : `${this.what}: unexpected field ${tagName(child.tag)}`,
    );
  }

  private typed<T extends TtlvType>(item: TtlvItem, type: T): TtlvItemOfType<T> {
    if (item.type !== type)
      throw this.error(`${this.what}: field ${tagName(item.tag)} is ${item.type}, expected ${type}`);
    return item as TtlvItemOfType<T>;
  }
}
