import type { Request } from 'express';
import type { FilterRequest } from '../metrics/filter-resolution';

/** Query parameters are strings, repeated ones arrays; both forms of `ides=a,b` and `ides=a&ides=b` work. */
function listParam(req: Request, name: string): string[] | null {
  const raw: unknown = req.query[name];
  const parts = (Array.isArray(raw) ? raw : [raw]).filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) return null;
  return parts
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function stringParam(req: Request, name: string): string | null {
  const raw: unknown = req.query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The `MetricsFilter` of the GraphQL API, from `from,to,sources,developerIds,teamIds,ides,languages,features,models`. */
export function filterFromQuery(req: Request): FilterRequest {
  return {
    from: stringParam(req, 'from'),
    to: stringParam(req, 'to'),
    sources: listParam(req, 'sources'),
    developerIds: listParam(req, 'developerIds'),
    teamIds: listParam(req, 'teamIds'),
    ides: listParam(req, 'ides'),
    languages: listParam(req, 'languages'),
    features: listParam(req, 'features'),
    models: listParam(req, 'models'),
  };
}

/** A number parameter, or undefined when absent; anything unparsable is NaN so the domain validation refuses it. */
export function numberParam(req: Request, name: string): number | undefined {
  const value = stringParam(req, name);
  return value === null ? undefined : Number(value);
}
