import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import type { AuthInfo } from '../modules/auth/auth-info';
import { createDeveloperLoaders, type DeveloperLoaders } from '../modules/developers/developer.loaders';
import type { Services } from './services';

/** Per-request context. Every resolver reads the organization from `auth`, never from arguments. */
export interface RequestContext {
  readonly auth: AuthInfo;
  readonly dataSource: DataSource;
  readonly config: AppConfig;
  readonly services: Services;
  readonly loaders: RequestLoaders;
}

/** DataLoaders live one request: they batch field resolvers into one query per list and cache nothing across requests. */
export interface RequestLoaders {
  readonly developers: DeveloperLoaders;
}

export function createRequestLoaders(dataSource: DataSource, auth: AuthInfo): RequestLoaders {
  return { developers: createDeveloperLoaders(dataSource, auth.organizationId) };
}
