/** Collects the values of a hand-written statement and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];
  private readonly byName = new Map<string, string>();

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /**
   * The placeholder of a value used in several places, added on first use only: PostgreSQL refuses
   * a statement with a parameter it never uses ("could not determine data type").
   */
  named(name: string, value: unknown): string {
    let placeholder = this.byName.get(name);
    if (placeholder === undefined) {
      placeholder = this.add(value);
      this.byName.set(name, placeholder);
    }
    return placeholder;
  }
}
