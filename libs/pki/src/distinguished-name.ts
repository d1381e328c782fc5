/** The subject attributes this PKI writes: a common name and, optionally, organization and unit. */
export interface SubjectName {
  readonly commonName: string;
  readonly organization?: string;
  readonly organizationalUnit?: string;
}

/** One relative distinguished name per attribute, in @peculiar/x509's JSON form. */
export type JsonDistinguishedName = Array<Record<string, string[]>>;

/** As a structured name, so that commas or equals signs inside a value need no escaping. */
export function toJsonName(subject: SubjectName): JsonDistinguishedName {
  const name: JsonDistinguishedName = [];
  if (subject.organization !== undefined) name.push({ O: [subject.organization] });
  if (subject.organizationalUnit !== undefined) name.push({ OU: [subject.organizationalUnit] });
  name.push({ CN: [subject.commonName] });
  return name;
}
