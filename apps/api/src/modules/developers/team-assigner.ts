import type { EntityManager } from 'typeorm';
import { RowRefused } from './row-refused';

const MAX_TEAM_NAME_LENGTH = 200;

/**
 * Puts developers into teams by name within one transaction, creating a team the first time its name appears.
 * Names match case-insensitively ("Platform" and "platform" are one team); a developer is in at most one team.
 */
export class TeamAssigner {
  private readonly teamIds = new Map<string, string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly organizationId: string,
  ) {}

  /** Refuses, before anything is written, a name the teams table would reject. */
  check(name: string | null): void {
    if (name !== null && name.length > MAX_TEAM_NAME_LENGTH) {
      throw new RowRefused(`the team name is longer than ${MAX_TEAM_NAME_LENGTH} characters`);
    }
  }

  /** Replaces the developer's team; true when that changed anything. */
  async assign(developerId: string, teamName: string): Promise<boolean> {
    const teamId = await this.teamId(teamName);
    const current: { team_id: string }[] = await this.manager.query(
      `SELECT team_id FROM team_members WHERE organization_id = $1 AND developer_id = $2`,
      [this.organizationId, developerId],
    );
    if (current.length === 1 && current[0]?.team_id === teamId) return false;
    await this.manager.query(`DELETE FROM team_members WHERE organization_id = $1 AND developer_id = $2`, [
      this.organizationId,
      developerId,
    ]);
    await this.manager.query(`INSERT INTO team_members (organization_id, team_id, developer_id) VALUES ($1, $2, $3)`, [
      this.organizationId,
      teamId,
      developerId,
    ]);
    return true;
  }

  private async teamId(name: string): Promise<string> {
    const key = name.toLowerCase();
    const cached = this.teamIds.get(key);
    if (cached !== undefined) return cached;
    const existing: { id: string }[] = await this.manager.query(
      `SELECT id FROM teams WHERE organization_id = $1 AND lower(name) = $2 ORDER BY created_at, id LIMIT 1`,
      [this.organizationId, key],
    );
    const id = existing[0]?.id ?? (await this.createTeam(name));
    this.teamIds.set(key, id);
    return id;
  }

  private async createTeam(name: string): Promise<string> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO teams (organization_id, name) VALUES ($1, $2) RETURNING id`,
      [this.organizationId, name],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('INSERT ... RETURNING returned no row');
    return id;
  }
}
