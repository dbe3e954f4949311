import { developerLabel, type UserAggregate } from './chart-data';

/** How many developers the "Top" charts show. */
export const TOP_DEVELOPERS = 15;

/** Developers with a positive `metric`, largest first (ties by label, then id), at most `limit`. */
export function topDevelopers(
  users: readonly UserAggregate[],
  metric: (user: UserAggregate) => number,
  limit = TOP_DEVELOPERS,
): UserAggregate[] {
  return users
    .filter((user) => metric(user) > 0)
    .sort(
      (a, b) =>
        metric(b) - metric(a) ||
        developerLabel(a.developer).localeCompare(developerLabel(b.developer)) ||
        a.developer.id.localeCompare(b.developer.id),
    )
    .slice(0, limit);
}
