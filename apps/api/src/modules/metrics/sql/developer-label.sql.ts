/**
 * A developer's label as insights and tables show it: GitHub login, else email, else display name (the first
 * identity recorded wins when there are several). `developer` is the alias of a `developers` row; PostgreSQL
 * keeps the column current from the identities (migration 1764091800000).
 */
export function developerLabelSql(developer: string): string {
  return `${developer}.label`;
}
