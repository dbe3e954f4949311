import { ApiTokenEntity } from '../modules/auth/api-token.entity';
import { DeveloperIdentityEntity } from '../modules/developers/developer-identity.entity';
import { DeveloperEntity } from '../modules/developers/developer.entity';
import { TeamMemberEntity } from '../modules/developers/team-member.entity';
import { TeamEntity } from '../modules/developers/team.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';

/** Listed explicitly: bundlers break globs. */
export const ENTITIES = [
  OrganizationEntity,
  ApiTokenEntity,
  DeveloperEntity,
  DeveloperIdentityEntity,
  TeamEntity,
  TeamMemberEntity,
];
