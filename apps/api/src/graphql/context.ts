import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import type { AuthInfo } from '../modules/auth/auth-info';
import type { Services } from './services';

/** Per-request context. Every resolver reads the organization from `auth`, never from arguments. */
export interface RequestContext {
  readonly auth: AuthInfo;
  readonly dataSource: DataSource;
  readonly config: AppConfig;
  readonly services: Services;
}
