/**
 * Names for the statements a service runs over and over, so that `pg` prepares each once per connection and the
 * server neither parses nor plans it again: the projector's one-statement write costs about a millisecond to plan.
 * Only parameterized statements are named (a prepared statement holds one command), and only the first `limit`
 * distinct texts: statements built from input (a Locate, a batch of some length) stay unnamed once those are taken.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit: number) {}

  nameOf(text: string, params: readonly unknown[] | undefined): string | undefined {
    if (params === undefined || params.length === 0) return undefined;
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.limit) return known;
    const name = `kmip_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}
