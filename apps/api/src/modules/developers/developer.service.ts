import { looksLikeEmail, normalizeIdentity, type IdentityKind } from '@devpulse/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badUserInput, notFound } from '../../graphql/errors';
import { DeveloperMergeService } from './developer-merge.service';
import { lockOrganizationIdentities } from './identity-lock';
import { parseUuid } from './uuid';

export interface DeveloperRow {
  readonly id: string;
  readonly displayName: string;
  readonly isService: boolean;
}

export interface TeamListRow {
  readonly id: string;
  readonly name: string;
}

/** Most developers one `developers` query returns, whatever `first` asks. */
export const MAX_DEVELOPERS_PAGE = 500;

const DEVELOPER_COLUMNS = `d.id, d.display_name AS "displayName", d.is_service AS "isService"`;

/** Reading developers and teams, and the admin's hand corrections: linking an identity, merging two developers. */
export class DeveloperService {
  private readonly merger = new DeveloperMergeService();

  constructor(private readonly dataSource: DataSource) {}

  /** Ordered by display name (case-insensitive); `search` matches the name or any identity value, case-insensitive. */
  list(organizationId: string, search: string | null, first: number): Promise<DeveloperRow[]> {
    const pattern = search === null || search.trim() === '' ? null : `%${escapeLike(search.trim())}%`;
    return this.dataSource.query(
      `SELECT ${DEVELOPER_COLUMNS} FROM developers d
        WHERE d.organization_id = $1
          AND ($2::text IS NULL
               OR d.display_name ILIKE $2
               OR EXISTS (SELECT 1 FROM developer_identities i
                           WHERE i.organization_id = d.organization_id AND i.developer_id = d.id AND i.value ILIKE $2))
        ORDER BY lower(d.display_name), d.id
        LIMIT $3`,
      [organizationId, pattern, Math.min(first, MAX_DEVELOPERS_PAGE)],
    );
  }

  async findById(
    organizationId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DeveloperRow | null> {
    const uuid = parseUuid(id);
    if (!uuid) return null;
    const rows: DeveloperRow[] = await manager.query(
      `SELECT ${DEVELOPER_COLUMNS} FROM developers d WHERE d.organization_id = $1 AND d.id = $2`,
      [organizationId, uuid],
    );
    return rows[0] ?? null;
  }

  listTeams(organizationId: string): Promise<TeamListRow[]> {
    return this.dataSource.query(`SELECT id, name FROM teams WHERE organization_id = $1 ORDER BY lower(name), id`, [
      organizationId,
    ]);
  }

  /** Merges `fromId` into `intoId` (see DeveloperMergeService) and returns the developer that remains. */
  mergeDevelopers(organizationId: string, intoId: string, fromId: string): Promise<DeveloperRow> {
    return this.dataSource.transaction(async (manager) => {
      await lockOrganizationIdentities(manager, organizationId);
      await this.merger.merge(manager, organizationId, intoId, fromId);
      return this.mustFind(manager, organizationId, intoId);
    });
  }

  /**
   * Attaches an identity to a developer. When another developer already owns it, that developer is the same
   * person seen through another tool, so it is merged into this one. API keys belong to services, the rest to people.
   */
  linkIdentity(
    organizationId: string,
    developerId: string,
    kind: IdentityKind,
    rawValue: string,
  ): Promise<DeveloperRow> {
    const value = validIdentityValue(kind, rawValue);
    return this.dataSource.transaction(async (manager) => {
      await lockOrganizationIdentities(manager, organizationId);
      const developer = await this.mustFind(manager, organizationId, developerId);
      if ((kind === 'api_key') !== developer.isService) {
        throw badUserInput(
          kind === 'api_key'
            ? 'An API key identity cannot be linked to a person: API-key actors are service accounts.'
            : 'A service account (API key) cannot carry a person’s login, email or user id.',
        );
      }
      const owners: { developer_id: string }[] = await manager.query(
        `SELECT developer_id FROM developer_identities WHERE organization_id = $1 AND kind = $2 AND value = $3`,
        [organizationId, kind, value],
      );
      const owner = owners[0]?.developer_id;
      if (owner === undefined) {
        await manager.query(
          `INSERT INTO developer_identities (organization_id, developer_id, kind, value, raw_value) VALUES ($1, $2, $3, $4, $5)`,
          [organizationId, developer.id, kind, value, rawValue.trim()],
        );
      } else if (owner !== developer.id) {
        await this.merger.merge(manager, organizationId, developer.id, owner);
      }
      return this.mustFind(manager, organizationId, developer.id);
    });
  }

  private async mustFind(manager: EntityManager, organizationId: string, id: string): Promise<DeveloperRow> {
    const developer = await this.findById(organizationId, id, manager);
    if (!developer) throw notFound('No developer with that id.');
    return developer;
  }
}

/** The normalized value, or BAD_USER_INPUT saying why it cannot name anyone. */
function validIdentityValue(kind: IdentityKind, rawValue: string): string {
  const value = normalizeIdentity(kind, rawValue);
  if (value === '' || value.length > 320) throw badUserInput('An identity value has 1 to 320 characters.');
  if (kind === 'email' && !looksLikeEmail(value)) throw badUserInput(`"${rawValue.trim()}" is not a valid email.`);
  if (kind === 'github_user_id' && !/^\d+$/.test(value)) throw badUserInput('A GitHub user id is a number.');
  if (kind === 'github_login' && /\s/.test(value)) throw badUserInput('A GitHub login has no spaces.');
  return value;
}

/** `%`, `_` and `\` in a search are literal characters, not LIKE wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
