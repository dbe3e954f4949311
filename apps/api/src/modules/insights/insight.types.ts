import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** GraphQL names are upper case; values are the domain's strings, so domain insights map without a table. */
export enum InsightKindEnum {
  POWER_USERS = 'POWER_USERS',
  HIGH_ACCEPTANCE = 'HIGH_ACCEPTANCE',
  TOP_LINES_ADDED = 'TOP_LINES_ADDED',
  QUOTA_EXCEEDED = 'QUOTA_EXCEEDED',
  TREND = 'TREND',
  ZERO_ACCEPTANCE = 'ZERO_ACCEPTANCE',
}
registerEnumType(InsightKindEnum, { name: 'InsightKind' });

export enum InsightSeverityEnum {
  SUCCESS = 'success',
  INFO = 'info',
  WARNING = 'warning',
}
registerEnumType(InsightSeverityEnum, { name: 'InsightSeverity' });

@ObjectType()
export class InsightItem {
  @Field(() => String, {
    description: "The developer's GitHub login (else email, else name), or what the row is about.",
  })
  label: string;

  @Field(() => String, { description: 'Already formatted for display, e.g. "1,234 generations", "82.5%".' })
  value: string;
}

@ObjectType({ description: 'A short observation about the period; present only when it has something to say.' })
export class Insight {
  @Field(() => InsightKindEnum)
  kind: InsightKindEnum;

  @Field(() => InsightSeverityEnum)
  severity: InsightSeverityEnum;

  @Field(() => String)
  title: string;

  @Field(() => String)
  detail: string;

  @Field(() => [InsightItem])
  items: InsightItem[];
}
