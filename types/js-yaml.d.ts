/** The part of js-yaml 3's API the content reader uses (the package ships no types; CommonJS). */
declare module 'js-yaml' {
  interface Schema {
    readonly __schema: unique symbol;
  }
  const yaml: {
    /** YAML 1.2 core types (strings, numbers, booleans, null): no timestamps, so dates stay text. */
    CORE_SCHEMA: Schema;
    safeLoad(input: string, options?: { schema?: Schema; filename?: string }): unknown;
  };
  export default yaml;
}
