/**
 * KMIP 2.0 §4.x Vendor Attribute: Vendor Identification is limited to [A-Za-z0-9_.], so the first '-' of a 1.x custom
 * name separates it from the Attribute Name, and 'x-Vendor' ↔ (x, Vendor) maps both ways without loss.
 */
const VENDOR_IDENTIFICATION = /^[A-Za-z0-9_.]*$/;

export interface VendorAttributeName {
  readonly vendorIdentification: string;
  readonly attributeName: string;
}

/** Splits '<vendor>-<name>'; undefined when the name holds no '-'. */
export function splitVendorAttributeName(name: string): VendorAttributeName | undefined {
  const dash = name.indexOf('-');
  if (dash === -1) return undefined;
  return { vendorIdentification: name.slice(0, dash), attributeName: name.slice(dash + 1) };
}

/** The 1.x-style name of a vendor attribute; undefined when the Vendor Identification is not a valid one. */
export function joinVendorAttributeName(vendorIdentification: string, attributeName: string): string | undefined {
  if (!VENDOR_IDENTIFICATION.test(vendorIdentification)) return undefined;
  return `${vendorIdentification}-${attributeName}`;
}

/** A 1.x custom attribute: 'x-' set by clients, 'y-' by servers (KMIP 1.4 §3.39). */
export function isCustomAttributeName(name: string): boolean {
  return name.startsWith('x-') || name.startsWith('y-');
}
