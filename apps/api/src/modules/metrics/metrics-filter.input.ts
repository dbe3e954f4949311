import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { MetricSourceEnum } from './metric-source.enum';

/**
 * What to aggregate. Lists combine with OR inside a field and AND across fields; an absent or empty list does
 * not restrict. Dimension lists (ides, languages, features, models) select developer-days: see `metricDefinitions`.
 */
@InputType('MetricsFilter')
export class MetricsFilterInput {
  @Field(() => DateScalar, { nullable: true, description: 'First day, inclusive. Default: 27 days before `to`.' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day, inclusive. Default: the organization's last day with data (today when there is none).",
  })
  to?: string | null;

  @Field(() => [MetricSourceEnum], { nullable: true })
  sources?: MetricSourceEnum[] | null;

  @Field(() => [ID], { nullable: true })
  developerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Developers who are members of any of these teams now.' })
  teamIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'IDE keys, e.g. vscode, jetbrains.' })
  ides?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Language keys, e.g. typescript, python.' })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Feature keys, e.g. code_completion, chat_panel_agent_mode.' })
  features?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Model keys, e.g. gpt-4.1, claude-sonnet-4.5.' })
  models?: string[] | null;
}
