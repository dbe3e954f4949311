import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Developer } from '../developers/developer.type';
import { Period } from '../metrics/metrics.types';

@InputType({ description: 'How lines become value: hours = lines ÷ linesPerHour, value = hours × ratePerHour.' })
export class ValueConfigInput {
  @Field(() => Float, { nullable: true, description: 'Default 30.' })
  linesPerHour?: number | null;

  @Field(() => Float, { nullable: true, description: 'Default 90.' })
  ratePerHour?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; default USD.' })
  currency?: string | null;
}

@ObjectType({ description: 'The value settings a result was computed with, defaults filled in.' })
export class ValueConfigType {
  @Field(() => Float)
  linesPerHour: number;

  @Field(() => Float)
  ratePerHour: number;

  @Field(() => String)
  currency: string;
}

/** The explorer's figures, shared by a developer's row and the totals row. */
// Never referenced by a resolver, so the schema has no type of this name; only its fields are inherited.
@ObjectType()
abstract class ExplorerFigures {
  @Field(() => Float)
  generations: number;

  @Field(() => Float)
  linesAdded: number;

  @Field(() => Float)
  linesDeleted: number;

  @Field(() => Float)
  netLines: number;

  @Field(() => Float)
  valueAdded: number;

  @Field(() => Float)
  valueDeleted: number;

  @Field(() => Float)
  totalValue: number;
}

@ObjectType({ description: 'One developer over the period.' })
export class ExplorerRow extends ExplorerFigures {
  @Field(() => Developer)
  developer: Developer;

  @Field(() => String, { description: 'GitHub login, else email, else display name.' })
  label: string;

  @Field(() => Int)
  daysActive: number;
}

@ObjectType({ description: 'Sums over every developer matching the filter and search, not only this page.' })
export class ExplorerTotals extends ExplorerFigures {
  @Field(() => Int)
  developers: number;

  @Field(() => Int, { description: 'Active developer-days.' })
  daysActive: number;
}

@ObjectType()
export class ExplorerPageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page.' })
  endCursor: string | null;

  @Field(() => Boolean)
  hasNextPage: boolean;
}

@ObjectType()
export class ExplorerPage {
  @Field(() => [ExplorerRow])
  rows: ExplorerRow[];

  @Field(() => ExplorerTotals)
  totals: ExplorerTotals;

  @Field(() => Int, { description: 'Developers matching the filter and search.' })
  totalCount: number;

  @Field(() => ExplorerPageInfo)
  pageInfo: ExplorerPageInfo;

  @Field(() => ValueConfigType)
  valueConfig: ValueConfigType;

  @Field(() => Period)
  period: Period;
}
