// Checks on the fields of a JSON value read by strictJson: each failure names
// the annotation and the field it rejects, in words a person can act on.

import type { JsonObject, JsonValue } from './strictJson';

/** A problem that makes the file unreadable; its message is the error shown to the user. */
export class Unreadable extends Error {}

export function object(value: JsonValue | undefined, label: string): JsonObject {
  if (!(value instanceof Map)) {
    throw new Unreadable(value === undefined ? `${label} is missing` : `${label} must be an object, not ${describe(value)}`);
  }
  return value;
}

export function string(value: JsonValue | undefined, label: string, field: string): string {
  if (typeof value !== 'string') throw invalid(label, field, 'a string', value);
  return value;
}

export function nullableString(value: JsonValue | undefined, label: string, field: string): string | null {
  return value === null || value === undefined ? null : string(value, label, field);
}

export function optionalString(value: JsonValue | undefined, label: string, field: string): string | undefined {
  return value === undefined ? undefined : string(value, label, field);
}

export function optionalBoolean(value: JsonValue | undefined, label: string, field: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw invalid(label, field, 'true or false', value);
}

export function offset(value: JsonValue | undefined, label: string, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(label, field, 'a whole number of 0 or more', value);
  }
  return value;
}

export function oneOf<T extends string>(value: JsonValue | undefined, allowed: readonly T[], label: string, field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(label, field, allowed.map((v) => `"${v}"`).join(' or '), value);
}

/** "annotation 4: "end" is missing" or "annotation 4: "end" must be …, not …"; `label` is empty for top-level fields. */
export function invalid(label: string, field: string, must: string, value: JsonValue | undefined): Unreadable {
  const where = `${label ? `${label}: ` : ''}${field.startsWith('"') ? field : `"${field}"`}`;
  return new Unreadable(value === undefined ? `${where} is missing` : `${where} must be ${must}, not ${describe(value)}`);
}

export function describe(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Map) return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
