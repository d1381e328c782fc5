export { attributeValueItem, attributeValueOf, type Attribute, type AttributeValue } from './attribute';
export { decodeAttributeV1, encodeAttributeV1, makeAttribute } from './attribute-v1.codec';
export {
  decodeAttributesV2,
  decodeAttributeV2,
  decodeSingleAttributeV2,
  encodeAttributesV2,
  encodeAttributeV2,
  encodeSingleAttributeV2,
} from './attribute-v2.codec';
export { decodeAttributeReference, encodeAttributeReference } from './attribute-reference';
export { decodeTemplateAttribute, encodeTemplateAttribute, type TemplateAttribute } from './template-attribute';
export { decodeName, encodeName, nameAttributeValue, readNameAttributeValue, type KmipName } from './kmip-name';
export {
  attributeNameOfTag,
  attributeTagOfName,
  expectedAttributeType,
  standardAttributeByName,
  standardAttributeByTag,
  standardAttributes,
  type StandardAttribute,
} from './standard-attributes';
export {
  isCustomAttributeName,
  joinVendorAttributeName,
  splitVendorAttributeName,
  type VendorAttributeName,
} from './vendor-attribute-name';
