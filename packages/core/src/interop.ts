/**
 * The value a CommonJS package's default import has at run time. Some packages (ajv-i18n,
 * ajv-formats) declare `export default` in their types while their JavaScript sets
 * `module.exports`, so TypeScript sees `{ default: T }` where Node hands over T itself. This is
 * the one place that bridges the two, which is why it asserts the type.
 */
export function commonJsDefault<T>(imported: { default: T }): T {
  const value: unknown = imported;
  if (typeof value === "object" && value !== null && "default" in value && value.default !== undefined) return imported.default;
  return value as T;
}
