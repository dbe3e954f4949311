import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { IdentityKind } from '@devpulse/domain';

@Entity({ name: 'developer_identities' })
export class DeveloperIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'developer_id', type: 'uuid' })
  developerId: string;

  @Column({ type: 'text' })
  kind: IdentityKind;

  /** Normalized (see normalizeIdentity in libs/domain); unique per organization and kind. */
  @Column({ type: 'text' })
  value: string;

  /** As the source file spelled it. */
  @Column({ name: 'raw_value', type: 'text' })
  rawValue: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
