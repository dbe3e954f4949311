import { registerEnumType } from 'type-graphql';

/** The GraphQL face of the domain's `MetricSource`; values are the same strings the tables store. */
export enum MetricSourceEnum {
  COPILOT = 'COPILOT',
  CLAUDE_CODE = 'CLAUDE_CODE',
  OTHER = 'OTHER',
}
registerEnumType(MetricSourceEnum, { name: 'MetricSource', description: 'Which family of tool a row came from.' });
