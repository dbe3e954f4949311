import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Developer } from '../developers/developer.type';
import { DateScalar } from './date.scalar';
import type { ResolvedFilter } from './resolved-filter';

// Summed counters are Float: a year of a large organization can pass the 32-bit limit of GraphQL Int.

@ObjectType({ description: 'The period a result covers, after defaults: from and to inclusive.' })
export class Period {
  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => Int)
  days: number;
}

@ObjectType({ description: 'Headline numbers of the period; see metricDefinitions for each one.' })
export class Kpis {
  @Field(() => Float)
  totalGenerations: number;

  @Field(() => Float)
  totalAcceptances: number;

  @Field(() => Float, { nullable: true, description: 'Acceptances ÷ generations; null when there are no generations.' })
  acceptanceRate: number | null;

  @Field(() => Float)
  linesAdded: number;

  @Field(() => Float)
  linesDeleted: number;

  @Field(() => Float)
  netLines: number;

  @Field(() => Float)
  interactions: number;

  @Field(() => Int)
  activeUsers: number;

  @Field(() => Int)
  activeDays: number;

  @Field(() => Float, { description: 'Total value of lines added and deleted with the default value settings.' })
  estimatedValue: number;
}

@ObjectType()
export class DayAggregate {
  @Field(() => DateScalar)
  day: string;

  @Field(() => Float)
  generations: number;

  @Field(() => Float)
  acceptances: number;

  @Field(() => Float, { nullable: true })
  acceptanceRate: number | null;

  @Field(() => Float)
  linesAdded: number;

  @Field(() => Float)
  linesDeleted: number;

  @Field(() => Float)
  interactions: number;

  @Field(() => Int, { description: 'Developers active that day.' })
  activeUsers: number;
}

@ObjectType()
export class UserAggregate {
  @Field(() => Developer)
  developer: Developer;

  @Field(() => String, { description: 'GitHub login, else email, else display name.' })
  label: string;

  @Field(() => Float)
  generations: number;

  @Field(() => Float)
  acceptances: number;

  @Field(() => Float, { nullable: true, description: 'Null below 50 generations.' })
  acceptanceRate: number | null;

  @Field(() => Float)
  linesAdded: number;

  @Field(() => Float)
  linesDeleted: number;

  @Field(() => Float)
  interactions: number;

  @Field(() => Int)
  daysActive: number;
}

@ObjectType({ description: 'One IDE, language, feature or model: a share of attributed activity.' })
export class DimensionAggregate {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => Float)
  generations: number;

  @Field(() => Float)
  acceptances: number;

  @Field(() => Float, { nullable: true, description: 'Null at 0 generations; for IDE and language below 50 too.' })
  acceptanceRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "This key's generations ÷ the generations attributed to any key of the dimension; null when none are.",
  })
  share: number | null;

  @Field(() => Float)
  interactions: number;
}

@ObjectType()
export class EngagementBucket {
  @Field(() => String, { description: 'Active days in the period: 1, 2-5, 6-10, 11-20 or 21+.' })
  bucket: string;

  @Field(() => Int)
  developers: number;
}

/** Every field is a field resolver (MetricsAggregateResolver), so a query pays only for the sections it asks. */
@ObjectType({ description: 'Aggregates over a filter; computed in PostgreSQL, section by section as requested.' })
export class MetricsAggregate {
  filter: ResolvedFilter;
}

@ObjectType({ description: 'What a metric means: shown as a tooltip beside the number.' })
export class MetricDefinition {
  @Field(() => String)
  id: string;

  @Field(() => String)
  label: string;

  @Field(() => String)
  formula: string;

  @Field(() => [String])
  caveats: string[];

  @Field(() => String, { description: 'count, rate, lines, developers, developer-days, days or money.' })
  unit: string;
}
