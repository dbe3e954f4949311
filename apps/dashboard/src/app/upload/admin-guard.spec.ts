import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree } from '@angular/router';
import { viewerFixture } from '../../testing/fixtures';
import { AuthStore } from '../core/auth/auth-store';
import { adminGuard } from './admin-guard';

describe('adminGuard', () => {
  function check(role: 'ADMIN' | 'VIEWER'): unknown {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    TestBed.inject(AuthStore).signIn('token', viewerFixture({ role }));
    return runInInjectionContext(TestBed.inject(EnvironmentInjector), () => adminGuard({ path: 'upload' }, []));
  }

  it('lets admins in', () => {
    expect(check('ADMIN')).toBe(true);
  });

  it('sends viewers to the start page', () => {
    const result = check('VIEWER');
    expect(result).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/');
  });
});
