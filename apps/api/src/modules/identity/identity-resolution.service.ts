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
 * Batch by design: one lookup query and at most two inserts for any number of people, all on `manager`
 * (the caller's transaction), so a rolled-back import or preview leaves no developer behind.
 *
 * Rules: a person's identities are in priority order and the first one already known decides the developer;
 * an unknown person becomes a new developer with all its identities; identities the developer does not carry yet
 * are added, unless another developer owns them (kept where they are, reported as a warning).
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
    identities: person.identities.map((identity) => ({
      kind: identity.kind,
      value: normalizeIdentity(identity.kind, identity.value),
    })),
  }));
  const known = await lookUpIdentities(manager, organizationId, normalized);

  const developerIds: string[] = [];
  const newDevelopers: NewDeveloper[] = [];
  const newIdentities: NewIdentity[] = [];
  const warnings: string[] = [];

  for (const person of normalized) {
    const identities = person.identities.filter((identity) => identity.value !== '');
    const match = identities
      .map((identity) => known.get(identityKey(identity.kind, identity.value)))
      .find((owner) => owner !== undefined && owner.isService === person.isService);
    let developerId: string;
    if (match) {
      developerId = match.developerId;
    } else {
      developerId = randomUUID();
      newDevelopers.push({
        id: developerId,
        displayName: displayNameOf(person, identities),
        isService: person.isService,
      });
    }
    developerIds.push(developerId);

    for (const identity of identities) {
      const key = identityKey(identity.kind, identity.value);
      const owner = known.get(key);
      if (owner === undefined) {
        // Registered at once so a later person of the same batch sharing this identity resolves to this developer.
        known.set(key, { developerId, isService: person.isService });
        newIdentities.push({ developerId, kind: identity.kind, value: identity.value });
      } else if (owner.developerId !== developerId) {
        warnings.push(
          `${identity.kind} "${identity.value}" already belongs to another developer; it stays there (the row is kept under its first matching identity).`,
        );
      }
    }
  }

  await insertDevelopers(manager, organizationId, newDevelopers);
  await insertIdentities(manager, organizationId, newIdentities);
  return { developerIds, createdDevelopers: newDevelopers.length, addedIdentities: newIdentities.length, warnings };
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
