import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { viewerFixture } from '../../../testing/fixtures';
import { AuthStore, SESSION_ENDED_NOTICE, TOKEN_STORAGE_KEY } from './auth-store';

describe('AuthStore', () => {
  function createStore(): AuthStore {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    return TestBed.inject(AuthStore);
  }

  beforeEach(() => localStorage.clear());

  it('starts from the token persisted in localStorage', () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'persisted-token');
    const store = createStore();
    expect(store.token()).toBe('persisted-token');
    expect(store.viewer()).toBeNull();
  });

  it('starts signed out when nothing is stored', () => {
    expect(createStore().token()).toBeNull();
  });

  it('persists the token and keeps the viewer on sign in', () => {
    const store = createStore();
    store.signIn('new-token', viewerFixture());
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new-token');
    expect(store.token()).toBe('new-token');
    expect(store.viewer()?.organization.name).toBe('Acme Engineering');
    expect(store.isAdmin()).toBe(true);
  });

  it('knows a viewer token is not an admin', () => {
    const store = createStore();
    store.signIn('viewer-token', viewerFixture({ role: 'VIEWER' }));
    expect(store.isAdmin()).toBe(false);
  });

  it('forgets token and viewer on sign out, keeps the notice and shows the login page', () => {
    const store = createStore();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    store.signIn('new-token', viewerFixture());

    store.signOut(SESSION_ENDED_NOTICE);

    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(store.token()).toBeNull();
    expect(store.viewer()).toBeNull();
    expect(store.notice()).toBe(SESSION_ENDED_NOTICE);
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('clears an earlier notice on the next sign in', () => {
    const store = createStore();
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    store.signOut(SESSION_ENDED_NOTICE);
    store.signIn('again', viewerFixture());
    expect(store.notice()).toBeNull();
  });
});
