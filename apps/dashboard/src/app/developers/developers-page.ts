import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo, QueryRef } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, map, switchMap } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import {
  DeveloperFieldsFragment,
  DevelopersDocument,
  DevelopersQuery,
  DevelopersQueryVariables,
} from '../core/graphql/generated';
import { describeError } from '../core/graphql/graphql-errors';
import { IDENTITY_KIND_LABELS } from './developer-labels';
import { LinkedIdentity, LinkIdentityForm } from './link-identity-form';
import { MergeDevelopersForm, MergedDevelopers } from './merge-developers-form';

export const SEARCH_DEBOUNCE_MS = 300;
export const DEVELOPERS_PAGE_SIZE = 200;

type RowAction = { developerId: string; action: 'link' | 'merge' };

@Component({
  selector: 'app-developers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LinkIdentityForm, MergeDevelopersForm],
  templateUrl: './developers-page.html',
  styleUrl: './developers-page.css',
})
export class DevelopersPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  private developersQuery: QueryRef<DevelopersQuery, DevelopersQueryVariables> | null = null;

  protected readonly isAdmin = this.auth.isAdmin;
  protected readonly kindLabels = IDENTITY_KIND_LABELS;
  protected readonly pageSize = DEVELOPERS_PAGE_SIZE;

  protected readonly searchText = signal('');
  /** What the list was fetched for: the search box, trimmed, once typing pauses. */
  private readonly searchTerm = toSignal(
    toObservable(this.searchText).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  private readonly result = toSignal(
    toObservable(this.searchTerm).pipe(
      switchMap((search) => {
        this.developersQuery = this.apollo.watchQuery({
          query: DevelopersDocument,
          variables: { search: search === '' ? null : search, first: DEVELOPERS_PAGE_SIZE },
          notifyOnNetworkStatusChange: true,
        });
        return this.developersQuery.valueChanges;
      }),
    ),
  );

  protected readonly searchedFor = this.searchTerm;
  protected readonly developers = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.developers : [];
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadError = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly openAction = signal<RowAction | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected updateSearch(event: Event): void {
    this.searchText.set((event.target as HTMLInputElement).value);
  }

  protected reload(): void {
    void this.developersQuery?.refetch().catch(() => undefined);
  }

  protected isOpen(developer: DeveloperFieldsFragment, action: RowAction['action']): boolean {
    const open = this.openAction();
    return open?.developerId === developer.id && open.action === action;
  }

  protected openLinkForm(developer: DeveloperFieldsFragment): void {
    this.notice.set(null);
    this.openAction.set({ developerId: developer.id, action: 'link' });
  }

  protected openMergeForm(developer: DeveloperFieldsFragment): void {
    this.notice.set(null);
    this.openAction.set({ developerId: developer.id, action: 'merge' });
  }

  protected closeAction(): void {
    this.openAction.set(null);
  }

  protected showLinked(linked: LinkedIdentity): void {
    this.openAction.set(null);
    const kind = IDENTITY_KIND_LABELS[linked.kind].toLowerCase();
    this.notice.set(`Linked the ${kind} ${linked.value} to ${linked.developer.displayName}.`);
  }

  protected showMerged(merged: MergedDevelopers): void {
    this.openAction.set(null);
    this.notice.set(`Merged ${merged.from.displayName} into ${merged.into.displayName}.`);
  }
}
