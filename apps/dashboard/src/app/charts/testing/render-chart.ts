import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { DayAggregate, DimensionAggregate, UserAggregate } from '../chart-data';
import { CHART_PARTS, provideChartParts } from '../provide-chart-parts';

/** The chart.js parts the shell registers, for specs that provide them themselves. */
export const SHELL_CHART_PARTS = CHART_PARTS;

// jsdom has no ResizeObserver; chart.js uses one for responsive charts.
class NoopResizeObserver {
  observe(): void {
    return;
  }
  unobserve(): void {
    return;
  }
  disconnect(): void {
    return;
  }
}

/** Renders a chart component with its inputs set, the way the overview page does, and waits until it is stable. */
export async function renderChart<T>(
  component: Type<T>,
  inputs: Record<string, unknown>,
): Promise<ComponentFixture<T>> {
  if (typeof globalThis.ResizeObserver === 'undefined') {
    globalThis.ResizeObserver = NoopResizeObserver as unknown as typeof ResizeObserver;
  }
  // The shell's own provider, so a chart needing a part the app does not register fails here first.
  TestBed.configureTestingModule({ providers: [provideChartParts()] });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture;
}

/** The developer shape the API serves, with a login unless told otherwise. */
export function developer(
  id: string,
  overrides: { displayName?: string; githubLogin?: string | null; email?: string | null } = {},
) {
  return {
    id,
    displayName: overrides.displayName ?? `Developer ${id}`,
    githubLogin: overrides.githubLogin === undefined ? `login-${id}` : overrides.githubLogin,
    email: overrides.email === undefined ? null : overrides.email,
  };
}

/** A day with every counter 0 unless given. */
export function dayAggregate(day: string, values: Partial<DayAggregate> = {}): DayAggregate {
  return {
    day,
    generations: 0,
    acceptances: 0,
    acceptanceRate: null,
    linesAdded: 0,
    linesDeleted: 0,
    interactions: 0,
    activeUsers: 0,
    ...values,
  };
}

/** A developer's aggregate; the rate is whatever is given (the API gates it), `null` by default. */
export function userAggregate(id: string, values: Partial<Omit<UserAggregate, 'developer'>> = {}, who = developer(id)) {
  const user: UserAggregate = {
    developer: who,
    generations: 0,
    acceptances: 0,
    acceptanceRate: null,
    linesAdded: 0,
    linesDeleted: 0,
    interactions: 0,
    daysActive: 1,
    ...values,
  };
  return user;
}

/** A dimension row; the rate is `acceptances ÷ generations` from 50 generations on, as the API gates it. */
export function dimensionAggregate(key: string, generations: number, acceptances = 0, label = key): DimensionAggregate {
  return {
    key,
    label,
    generations,
    acceptances,
    acceptanceRate: generations >= 50 ? acceptances / generations : null,
    share: 0,
  };
}
