import type { DataSource } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

export const DEFAULT_ORGANIZATION_SLUG = 'default';

export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  private get organizations() {
    return this.dataSource.getRepository(OrganizationEntity);
  }

  findById(id: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOne({ where: { id } });
  }

  findBySlug(slug: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOne({ where: { slug } });
  }

  count(): Promise<number> {
    return this.organizations.count();
  }

  async create(slug: string, name: string): Promise<OrganizationEntity> {
    return this.organizations.save(this.organizations.create({ slug, name, settings: {} }));
  }

  async findOrCreate(slug: string, name: string): Promise<{ organization: OrganizationEntity; created: boolean }> {
    const existing = await this.findBySlug(slug);
    if (existing) return { organization: existing, created: false };
    return { organization: await this.create(slug, name), created: true };
  }
}
