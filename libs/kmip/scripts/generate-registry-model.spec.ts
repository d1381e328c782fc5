import { buildSpecModel, readSpecDocuments, type SpecDocuments } from './generate-registry-model';

type Doc = Record<string, unknown> & { tags?: Record<string, unknown>[] };

/** A copy of the real documents with one change applied. */
function withChange(change: (docs: { tags: Doc; enumerations: Doc; masks: Doc }) => void): SpecDocuments {
  const docs = JSON.parse(JSON.stringify(readSpecDocuments())) as { tags: Doc; enumerations: Doc; masks: Doc };
  change(docs);
  return docs;
}

function enumeration(docs: { enumerations: Doc }, name: string): Record<string, unknown> & { values: Doc[] } {
  const list = docs.enumerations.enumerations as (Record<string, unknown> & { values: Doc[] })[];
  return list.find((e) => e.name === name)!;
}

describe('buildSpecModel', () => {
  it('accepts the committed transcription', () => {
    const model = buildSpecModel(readSpecDocuments());
    expect(model.tags.length).toBeGreaterThan(300);
    expect(model.enumerations.find((e) => e.key === 'Operation')?.fieldTags.map((t) => t.name)).toEqual(['Operation']);
  });

  it('rejects a duplicate tag value', () => {
    const docs = withChange((d) => {
      d.tags.tags![1].value = d.tags.tags![0].value;
    });
    expect(() => buildSpecModel(docs)).toThrow(/duplicate tag value/);
  });

  it('rejects an unknown version and a removal that does not follow the introduction', () => {
    expect(() => buildSpecModel(withChange((d) => void (d.tags.tags![0].since = '1.5')))).toThrow(
      /unknown KMIP version/,
    );
    const docs = withChange((d) => {
      d.tags.tags![0].removedIn = '1.0';
    });
    expect(() => buildSpecModel(docs)).toThrow(/removedIn must follow since/);
  });

  it('rejects malformed hex values', () => {
    expect(() => buildSpecModel(withChange((d) => void (d.tags.tags![0].value = '0x42001')))).toThrow(/hex digits/);
  });

  it('rejects a field tag that is not in the tag table', () => {
    const docs = withChange((d) => {
      enumeration(d, 'Operation').fieldTags = ['Operations Code'];
    });
    expect(() => buildSpecModel(docs)).toThrow(/field tag "Operations Code" is not in tags.json/);
  });

  it('rejects two values of one enumeration that map to the same key', () => {
    const docs = withChange((d) => {
      const values = enumeration(d, 'State').values;
      values.push({ ...values[0], name: 'Pre Active', value: '0x00000007' });
    });
    expect(() => buildSpecModel(docs)).toThrow(/duplicate key/);
  });

  it('rejects an item type that the Item Type enumeration does not define', () => {
    expect(() => buildSpecModel(withChange((d) => void (d.tags.tags![0].itemType = 'Date')))).toThrow(
      /unknown item type/,
    );
  });
});
