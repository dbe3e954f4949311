import { normalizeIdentity, type IdentityKind, type IdentityRef, type PersonRef } from '@devpulse/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lockOrganizationIdentities } from '../developers/identity-lock';

/** Where each person of a batch landed, in the order the people were given. */
export interface ResolvedPeople {
  /** `developerIds[i]` is the developer of `people[i]`. */
  readonly developerIds: string[];
  readonly createdDevelopers: number;
  readonly addedIdentities: number;
  /** Identities that could not be attached because another developer already owns them. */
  readonly warnings: string[];
}

interface KnownIdentity {
  readonly developerId: string;
  readonly isService: boolean;
}

interface NewDeveloper {
  readonly id: string;
  readonly displayName: string;
  readonly isService: boolean;
}

interface NewIdentity {
  readonly developerId: string;
  readonly kind: IdentityKind;
  readonly value: string;
}

const identityKey = (kind: string, value: string): string => `${kind}:${value}`;

/**
 * Maps the people named in a file to developers of one organization, creating what is unknown.
 * Batch by design: one lookup query (two when a login may have been recycled) and a few bulk statements for any
 * number of people, all on `manager` (the caller's transaction), so a rolled-back import or preview leaves no
 * developer behind.
 *
 * Rules: a person's identities are in priority order and the first one already known decides the developer;
 * an unknown person becomes a new developer with all its identities; identities the developer does not carry yet
 * are added, unless another developer owns them (kept where they are, reported as a warning).
 * A recycled login is the exception: when a person's github_user_id is unknown but their login belongs to a
 * developer with a different github_user_id, GitHub gave the login to a new account, so the person becomes a new
 * developer and the login moves to it (a login belongs to its latest holder), with a warning.
 * Service actors (API keys) and people never resolve to each other.
 */
export async function resolvePeople(
  manager: EntityManager,
  organizationId: string,
  people: readonly PersonRef[],
): Promise<ResolvedPeople> {
  // The same lock linkIdentity / mergeDevelopers / uploadIdentities take: identities never change under our feet.
  await lockOrganizationIdentities(manager, organizationId);
  const normalized = people.map((person) => ({
    ...person,
    identities: person.identities
      .map((identity) => ({ kind: identity.kind, value: normalizeIdentity(identity.kind, identity.value) }))
      .filter((identity) => identity.value !== ''),
  }));
  const known = await lookUpIdentities(manager, organizationId, normalized);
  const userIds = await lookUpUserIds(manager, organizationId, recycleSuspects(normalized, known));

  const developerIds: string[] = [];
  const newDevelopers: NewDeveloper[] = [];
  // Keyed by identity so a login added earlier in this batch can still move to a later holder before it is written.
  const newIdentities = new Map<string, NewIdentity>();
  const movedIdentities: NewIdentity[] = [];
  const warnings: string[] = [];

  const createDeveloper = (person: PersonRef, identities: readonly IdentityRef[]): string => {
    const id = randomUUID();
    newDevelopers.push({ id, displayName: displayNameOf(person, identities), isService: person.isService });
    return id;
  };

  for (const person of normalized) {
    const identities = person.identities;
    const matchIndex = identities.findIndex((identity) => {
      const owner = known.get(identityKey(identity.kind, identity.value));
      return owner !== undefined && owner.isService === person.isService;
    });
    const matched = matchIndex === -1 ? undefined : identities[matchIndex];
    const owner = matched ? known.get(identityKey(matched.kind, matched.value)) : undefined;
    const newUserId = identities
      .slice(0, Math.max(matchIndex, 0))
      .find((identity) => identity.kind === 'github_user_id' && !known.has(identityKey(identity.kind, identity.value)));

    let developerId: string;
    if (owner === undefined) {
      developerId = createDeveloper(person, identities);
    } else if (matched?.kind === 'github_login' && newUserId && (userIds.get(owner.developerId)?.size ?? 0) > 0) {
      // The login's holder is another GitHub account (its user id differs): the login was recycled.
      developerId = createDeveloper(person, identities);
      const key = identityKey(matched.kind, matched.value);
      known.set(key, { developerId, isService: person.isService });
      const pending = newIdentities.get(key);
      if (pending) newIdentities.set(key, { ...pending, developerId });
      else movedIdentities.push({ developerId, kind: matched.kind, value: matched.value });
      warnings.push(
        `github_login "${matched.value}" belonged to a developer with another github_user_id; it now belongs to the new developer of github_user_id "${newUserId.value}" (GitHub recycled the login).`,
      );
    } else {
      developerId = owner.developerId;
    }
    developerIds.push(developerId);

    for (const identity of identities) {
      const key = identityKey(identity.kind, identity.value);
      const identityOwner = known.get(key);
      if (identityOwner === undefined) {
        // Registered at once so a later person of the same batch sharing this identity resolves to this developer.
        known.set(key, { developerId, isService: person.isService });
        newIdentities.set(key, { developerId, kind: identity.kind, value: identity.value });
        if (identity.kind === 'github_user_id') addTo(userIds, developerId, identity.value);
      } else if (identityOwner.developerId !== developerId) {
        warnings.push(
          `${identity.kind} "${identity.value}" already belongs to another developer; it stays there (the row is kept under its first matching identity).`,
        );
      }
    }
  }

  await insertDevelopers(manager, organizationId, newDevelopers);
  await insertIdentities(manager, organizationId, [...newIdentities.values()]);
  await moveIdentities(manager, organizationId, movedIdentities);
  return {
    developerIds,
    createdDevelopers: newDevelopers.length,
    addedIdentities: newIdentities.size,
    warnings,
  };
}

/** Developers found by login for a person whose github_user_id is unknown: their user ids tell a recycled login. */
function recycleSuspects(people: readonly PersonRef[], known: ReadonlyMap<string, KnownIdentity>): string[] {
  const suspects = new Set<string>();
  for (const person of people) {
    const hasNewUserId = person.identities.some(
      (identity) => identity.kind === 'github_user_id' && !known.has(identityKey(identity.kind, identity.value)),
    );
    if (!hasNewUserId) continue;
    for (const identity of person.identities) {
      const owner =
        identity.kind === 'github_login' ? known.get(identityKey(identity.kind, identity.value)) : undefined;
      if (owner) suspects.add(owner.developerId);
    }
  }
  return [...suspects];
}

async function lookUpUserIds(
  manager: EntityManager,
  organizationId: string,
  developerIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const userIds = new Map<string, Set<string>>();
  if (developerIds.length === 0) return userIds;
  const rows: { developer_id: string; value: string }[] = await manager.query(
    `SELECT developer_id, value FROM developer_identities
      WHERE organization_id = $1 AND kind = 'github_user_id' AND developer_id = ANY($2::uuid[])`,
    [organizationId, developerIds],
  );
  for (const row of rows) addTo(userIds, row.developer_id, row.value);
  return userIds;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const values = map.get(key);
  if (values) values.add(value);
  else map.set(key, new Set([value]));
}

function displayNameOf(person: PersonRef, identities: readonly IdentityRef[]): string {
  const name = person.displayName?.trim();
  if (name) return name;
  // A bare numeric user id is a poor name; prefer any other identity the file gave.
  const readable = identities.find((identity) => identity.kind !== 'github_user_id') ?? identities[0];
  return readable ? readable.value : 'unknown';
}

async function lookUpIdentities(
  manager: EntityManager,
  organizationId: string,
  people: readonly PersonRef[],
): Promise<Map<string, KnownIdentity>> {
  const kinds: string[] = [];
  const values: string[] = [];
  for (const person of people) {
    for (const identity of person.identities) {
      kinds.push(identity.kind);
      values.push(identity.value);
    }
  }
  const known = new Map<string, KnownIdentity>();
  if (kinds.length === 0) return known;
  const rows: { kind: string; value: string; developer_id: string; is_service: boolean }[] = await manager.query(
    `SELECT i.kind, i.value, i.developer_id, d.is_service
       FROM developer_identities i
       JOIN developers d ON d.organization_id = i.organization_id AND d.id = i.developer_id
      WHERE i.organization_id = $1
        AND (i.kind, i.value) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
    [organizationId, kinds, values],
  );
  for (const row of rows)
    known.set(identityKey(row.kind, row.value), { developerId: row.developer_id, isService: row.is_service });
  return known;
}

async function insertDevelopers(
  manager: EntityManager,
  organizationId: string,
  developers: readonly NewDeveloper[],
): Promise<void> {
  if (developers.length === 0) return;
  await manager.query(
    `INSERT INTO developers (id, organization_id, display_name, is_service)
     SELECT id, $1, display_name, is_service FROM unnest($2::uuid[], $3::text[], $4::boolean[]) AS t(id, display_name, is_service)`,
    [
      organizationId,
      developers.map((d) => d.id),
      developers.map((d) => d.displayName),
      developers.map((d) => d.isService),
    ],
  );
}

/** Hands stored identities to another developer (a recycled login to its latest holder). */
async function moveIdentities(
  manager: EntityManager,
  organizationId: string,
  identities: readonly NewIdentity[],
): Promise<void> {
  if (identities.length === 0) return;
  await manager.query(
    `UPDATE developer_identities i SET developer_id = t.developer_id
       FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(developer_id, kind, value)
      WHERE i.organization_id = $1 AND i.kind = t.kind AND i.value = t.value`,
    [
      organizationId,
      identities.map((i) => i.developerId),
      identities.map((i) => i.kind),
      identities.map((i) => i.value),
    ],
  );
}

async function insertIdentities(
  manager: EntityManager,
  organizationId: string,
  identities: readonly NewIdentity[],
): Promise<void> {
  if (identities.length === 0) return;
  // The batch holds each identity once (see `known`), and the import holds the organization's ingestion lock,
  // so a conflict here would be a bug; failing the transaction is the right outcome.
  await manager.query(
    `INSERT INTO developer_identities (organization_id, developer_id, kind, value, raw_value)
     SELECT $1, developer_id, kind, value, value FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(developer_id, kind, value)`,
    [
      organizationId,
      identities.map((i) => i.developerId),
      identities.map((i) => i.kind),
      identities.map((i) => i.value),
    ],
  );
}
