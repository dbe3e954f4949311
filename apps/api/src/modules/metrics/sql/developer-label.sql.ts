/**
 * A developer's label as insights and tables show it: GitHub login, else email, else display name.
 * `developer` is the alias of a `developers` row; the first identity recorded wins when there are several.
 */
export function developerLabelSql(developer: string): string {
  const identity = (kind: string) =>
    `(SELECT i.raw_value FROM developer_identities i WHERE i.organization_id = ${developer}.organization_id ` +
    `AND i.developer_id = ${developer}.id AND i.kind = '${kind}' ORDER BY i.created_at, i.value LIMIT 1)`;
  return `coalesce(${identity('github_login')}, ${identity('email')}, ${developer}.display_name)`;
}
