import { isIdentityCsvError, parseIdentitiesCsv, type IdentityCsvRow } from '@devpulse/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { DeveloperMergeService } from './developer-merge.service';
import { lockOrganizationIdentities } from './identity-lock';
import { RowRefused } from './row-refused';
import { TeamAssigner } from './team-assigner';

export interface IdentityImportSummary {
  rowsProcessed: number;
  rowsErrored: number;
  errors: { line: number; message: string }[];
  developersCreated: number;
  developersMerged: number;
  identitiesLinked: number;
  teamsAssigned: number;
}

/** Error details kept per file; `rowsErrored` still counts them all. */
const MAX_REPORTED_ERRORS = 1000;
const MAX_NAME_LENGTH = 200;

interface Owner {
  kind: 'github_login' | 'email';
  developer_id: string;
  is_service: boolean;
}

/** What one row changed, added into the file's summary. */
type RowOutcome = Pick<
  IdentityImportSummary,
  'developersCreated' | 'developersMerged' | 'identitiesLinked' | 'teamsAssigned'
>;

/**
 * Applies the identities upload (`github_login,email[,name][,team]`): each row makes its login and email name one
 * developer, creating, extending or merging developers as needed, then sets the name and team. One transaction per
 * file; a row that cannot apply is reported by line and the others still apply.
 */
export class IdentityImportService {
  private readonly merger = new DeveloperMergeService();

  constructor(private readonly dataSource: DataSource) {}

  import(organizationId: string, chunks: AsyncIterable<string>): Promise<IdentityImportSummary> {
    return this.dataSource.transaction(async (manager) => {
      await lockOrganizationIdentities(manager, organizationId);
      const teams = new TeamAssigner(manager, organizationId);
      const summary: IdentityImportSummary = {
        rowsProcessed: 0,
        rowsErrored: 0,
        errors: [],
        developersCreated: 0,
        developersMerged: 0,
        identitiesLinked: 0,
        teamsAssigned: 0,
      };
      const reportError = (line: number, message: string): void => {
        summary.rowsErrored += 1;
        if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push({ line, message });
      };
      for await (const entry of parseIdentitiesCsv(chunks)) {
        if (isIdentityCsvError(entry)) {
          reportError(entry.line, entry.error);
          continue;
        }
        try {
          const outcome = await this.applyRow(manager, organizationId, entry, teams);
          summary.rowsProcessed += 1;
          summary.developersCreated += outcome.developersCreated;
          summary.developersMerged += outcome.developersMerged;
          summary.identitiesLinked += outcome.identitiesLinked;
          summary.teamsAssigned += outcome.teamsAssigned;
        } catch (error) {
          if (!(error instanceof RowRefused)) throw error;
          reportError(entry.line, error.message);
        }
      }
      return summary;
    });
  }

  private async applyRow(
    manager: EntityManager,
    organizationId: string,
    row: IdentityCsvRow,
    teams: TeamAssigner,
  ): Promise<RowOutcome> {
    if (row.name !== null && row.name.length > MAX_NAME_LENGTH) {
      throw new RowRefused(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    teams.check(row.team);

    const owners: Owner[] = await manager.query(
      `SELECT i.kind, i.developer_id, d.is_service
         FROM developer_identities i JOIN developers d ON d.organization_id = i.organization_id AND d.id = i.developer_id
        WHERE i.organization_id = $1 AND ((i.kind = 'github_login' AND i.value = $2) OR (i.kind = 'email' AND i.value = $3))`,
      [organizationId, row.login, row.email],
    );
    const loginOwner = owners.find((owner) => owner.kind === 'github_login');
    const emailOwner = owners.find((owner) => owner.kind === 'email');
    const service = owners.find((owner) => owner.is_service);
    if (service) {
      const what = service.kind === 'email' ? 'email' : 'login';
      throw new RowRefused(`the ${what} belongs to a service account (API key), not a person`);
    }

    const outcome: RowOutcome = { developersCreated: 0, developersMerged: 0, identitiesLinked: 0, teamsAssigned: 0 };
    let developerId = loginOwner?.developer_id ?? emailOwner?.developer_id;
    if (developerId === undefined) {
      developerId = await this.createDeveloper(manager, organizationId, row.name ?? row.login ?? row.email ?? '');
      outcome.developersCreated = 1;
    } else if (loginOwner && emailOwner && loginOwner.developer_id !== emailOwner.developer_id) {
      // The login's developer survives: Copilot rows also carry the stable GitHub user id there.
      await this.merger.merge(manager, organizationId, loginOwner.developer_id, emailOwner.developer_id);
      outcome.developersMerged = 1;
    }
    if (row.login !== null && !loginOwner) {
      await this.addIdentity(manager, organizationId, developerId, 'github_login', row.login);
      outcome.identitiesLinked += 1;
    }
    if (row.email !== null && !emailOwner) {
      await this.addIdentity(manager, organizationId, developerId, 'email', row.email);
      outcome.identitiesLinked += 1;
    }
    if (row.name !== null && outcome.developersCreated === 0) {
      await manager.query(
        `UPDATE developers SET display_name = $3, updated_at = now() WHERE organization_id = $1 AND id = $2 AND display_name <> $3`,
        [organizationId, developerId, row.name],
      );
    }
    if (row.team !== null && (await teams.assign(developerId, row.team))) outcome.teamsAssigned = 1;
    return outcome;
  }

  private async createDeveloper(manager: EntityManager, organizationId: string, displayName: string): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO developers (organization_id, display_name) VALUES ($1, $2) RETURNING id`,
      [organizationId, displayName],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('INSERT ... RETURNING returned no row');
    return id;
  }

  /** raw_value is the normalized value too: the identities parser hands over normalized logins and emails only. */
  private async addIdentity(
    manager: EntityManager,
    organizationId: string,
    developerId: string,
    kind: Owner['kind'],
    value: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO developer_identities (organization_id, developer_id, kind, value, raw_value) VALUES ($1, $2, $3, $4, $4)`,
      [organizationId, developerId, kind, value],
    );
  }
}
