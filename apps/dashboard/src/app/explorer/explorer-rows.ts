import { developerValue, type DeveloperValue, type ValueConfig } from '@devpulse/domain';

/**
 * What the explorer table reads. The generated `ExplorerQuery` row and totals types are structurally assignable
 * to these, so query results pass straight in.
 */

export interface ExplorerDeveloper {
  id: string;
  displayName: string;
  githubLogin: string | null;
  email: string | null;
}

export interface ExplorerLines {
  daysActive: number;
  generations: number;
  linesAdded: number;
  linesDeleted: number;
}

export interface ExplorerRowData extends ExplorerLines {
  developer: ExplorerDeveloper;
}

export interface ExplorerTotalsData extends ExplorerLines {
  /** Developers matching the filter and search, over every page. */
  developers: number;
}

export type ExplorerFigures = ExplorerLines &
  Pick<DeveloperValue, 'valueAdded' | 'valueDeleted' | 'totalValue'> & {
    netLines: number;
  };

export type ExplorerRow = ExplorerFigures & { developer: ExplorerDeveloper };
export type ExplorerTotals = ExplorerFigures & { developers: number };

/**
 * Lines with their value under `config`, by the domain rule the API uses, so a settings change shows at once
 * and still equals what the API (and its CSV) computes for the same settings.
 */
export function withValues<T extends ExplorerLines>(lines: T, config: ValueConfig): T & ExplorerFigures {
  const { valueAdded, valueDeleted, totalValue } = developerValue(lines, config);
  return { ...lines, netLines: lines.linesAdded - lines.linesDeleted, valueAdded, valueDeleted, totalValue };
}

/** How the explorer names a developer first: the GitHub login, else the email, else the display name. */
export function primaryName(developer: ExplorerDeveloper): string {
  return developer.githubLogin ?? developer.email ?? developer.displayName;
}

/** The other known names, shown under the primary one. */
export function secondaryNames(developer: ExplorerDeveloper): string[] {
  const primary = primaryName(developer);
  return [developer.displayName, developer.email]
    .filter((name): name is string => name !== null && name !== '' && name !== primary)
    .filter((name, index, names) => names.indexOf(name) === index);
}
