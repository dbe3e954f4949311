import type { InsightPeople, InsightThresholds } from '@devpulse/domain';
import { toNumber } from '../../metrics/sql/numeric';
import { developerLabelSql } from '../../metrics/sql/developer-label.sql';
import type { SqlParams } from '../../metrics/sql/sql-params';

/** What `insightPeopleSql` returns. */
export interface InsightPeopleJson {
  developer_count: number | string;
  high_acceptance_count: number | string;
  /** [label, generations, acceptances, lines added] per leader. */
  leaders: [string, number | string, number | string, number | string][] | null;
}

/** A ranking as SQL over a per-developer relation: who is eligible, the value ranked, how many are listed. */
interface SqlRanking {
  eligible: string;
  value: string;
  size: number;
}

/**
 * A scalar subquery giving the people insights' input (`InsightPeople`) as JSON, from `perDeveloper`: a relation
 * (CTE) with one row per developer of the period and its generations, acceptances and lines_added. It is the SQL
 * form of the domain's `summarizeInsightPeople`: every developer counted, those qualifying for high acceptance
 * counted, and the leaders of each ranking with the ties at its cut (`leadersWithTies`), labelled. Only those few
 * leave the database instead of one entry per developer (a spec compares it with the domain on random data).
 */
export function insightPeopleSql(
  perDeveloper: string,
  organization: string,
  thresholds: InsightThresholds,
  params: SqlParams,
): string {
  // float8 division, as in JavaScript: the same rate and the same comparison with the threshold.
  const rate = 'acceptances::float8 / generations::float8';
  const highAcceptance = `generations > 0 AND generations >= ${params.add(thresholds.highAcceptanceMinGenerations)}::float8
      AND ${rate} >= ${params.add(thresholds.highAcceptanceRate)}::float8`;
  const rankings: SqlRanking[] = [
    { eligible: 'generations > 0', value: 'generations::float8', size: thresholds.powerUserMax },
    { eligible: highAcceptance, value: rate, size: thresholds.highAcceptanceMax },
    { eligible: 'lines_added > 0', value: 'lines_added::float8', size: thresholds.topLinesMax },
  ];
  const columns = 'developer_id, generations, acceptances, lines_added';
  const leaders = rankings
    .filter((ranking) => ranking.size > 0)
    .map((ranking) => leadersWithTiesSql(perDeveloper, columns, ranking, params));
  const leaderRows =
    leaders.length > 0 ? leaders.join('\n      UNION\n      ') : `SELECT ${columns} FROM ${perDeveloper} WHERE false`;
  // The few leaders first, then each one's label by primary key: a join let PostgreSQL read every developer.
  const label = `(SELECT ${developerLabelSql('d')} FROM developers d WHERE d.organization_id = ${organization} AND d.id = l.developer_id)`;
  return `(SELECT json_build_object(
    'developer_count', (SELECT count(*) FROM ${perDeveloper}),
    'high_acceptance_count', (SELECT count(*) FROM ${perDeveloper} WHERE ${highAcceptance}),
    'leaders', (SELECT json_agg(json_build_array(${label}, l.generations, l.acceptances, l.lines_added))
      FROM (
      ${leaderRows}
      ) l)))`;
}

/**
 * `columns` of the eligible rows of `relation` whose value is at least the `size`-th largest (all of them when
 * fewer are eligible): the domain's `leadersWithTies`.
 */
export function leadersWithTiesSql(relation: string, columns: string, ranking: SqlRanking, params: SqlParams): string {
  const offset = params.add(ranking.size - 1);
  return `SELECT ${columns} FROM ${relation} WHERE ${ranking.eligible} AND ${ranking.value} >= coalesce(
        (SELECT ${ranking.value} FROM ${relation} WHERE ${ranking.eligible} ORDER BY 1 DESC OFFSET ${offset}::int LIMIT 1),
        '-Infinity'::float8)`;
}

export function toInsightPeople(json: InsightPeopleJson | null | undefined): InsightPeople {
  return {
    developerCount: toNumber(json?.developer_count),
    highAcceptanceCount: toNumber(json?.high_acceptance_count),
    leaders: (json?.leaders ?? []).map(([label, generations, acceptances, linesAdded]) => ({
      label,
      generations: toNumber(generations),
      acceptances: toNumber(acceptances),
      linesAdded: toNumber(linesAdded),
    })),
  };
}
