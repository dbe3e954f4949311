import type { HttpLink } from 'apollo-angular/http';

type ExtractFiles = NonNullable<HttpLink.Options['extractFiles']>;

/**
 * Finds every File or Blob in a GraphQL request body and replaces it with null, recording the object paths
 * where each one was found, as the GraphQL multipart request spec needs (`variables.file`, `variables.files.0`).
 * apollo-angular's HttpLink sends JSON when nothing is found and multipart form data otherwise.
 */
export const extractFiles: ExtractFiles = (body) => {
  const files = new Map<Blob, string[]>();
  const clone = cloneWithoutFiles(body, '', files);
  return { clone, files };
};

function cloneWithoutFiles(value: unknown, path: string, files: Map<Blob, string[]>): unknown {
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    const paths = files.get(value) ?? [];
    paths.push(path);
    files.set(value, paths);
    return null;
  }
  const prefix = path === '' ? '' : `${path}.`;
  if (Array.isArray(value)) {
    return value.map((item, index) => cloneWithoutFiles(item, `${prefix}${index}`, files));
  }
  if (isPlainObject(value)) {
    const clone: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      clone[key] = cloneWithoutFiles(item, `${prefix}${key}`, files);
    }
    return clone;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
