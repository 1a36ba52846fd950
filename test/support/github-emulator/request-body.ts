import { unprocessable } from './http.js';

/** Field readers for JSON request bodies, failing with GitHub's 422 wording. */
function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function missing(name: string): Error {
  return unprocessable(`Invalid request.\n\n"${name}" wasn't supplied.`);
}

export function requiredString(body: unknown, name: string): string {
  const value = field(body, name);
  if (typeof value !== 'string') throw missing(name);
  return value;
}

export function optionalString(body: unknown, name: string): string | undefined {
  const value = field(body, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unprocessable(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

export function optionalBoolean(body: unknown, name: string): boolean {
  const value = field(body, name);
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw unprocessable(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a boolean.`);
  return value;
}

export function requiredArray(body: unknown, name: string): unknown[] {
  const value = field(body, name);
  if (!Array.isArray(value)) throw missing(name);
  return value;
}

export function optionalObject(body: unknown, name: string): Record<string, unknown> | undefined {
  const value = field(body, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw unprocessable(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not an object.`);
  return value as Record<string, unknown>;
}

export function optionalStringArray(body: unknown, name: string): string[] {
  const value = field(body, name);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw unprocessable(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not an array of strings.`);
  }
  return value;
}
