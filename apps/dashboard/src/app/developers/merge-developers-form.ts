import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DeveloperFieldsFragment, MergeDevelopersDocument } from '../core/graphql/generated';
import { describeError } from '../core/graphql/graphql-errors';

export interface MergedDevelopers {
  from: DeveloperFieldsFragment;
  into: DeveloperFieldsFragment;
}

/** Picks the developer that `from` is merged into, then asks for confirmation before merging. */
@Component({
  selector: 'app-merge-developers-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './merge-developers-form.html',
  styleUrl: './developer-forms.css',
})
export class MergeDevelopersForm {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  readonly from = input.required<DeveloperFieldsFragment>();
  /** Developers currently listed; the ones `from` can be merged into are taken from them. */
  readonly developers = input.required<readonly DeveloperFieldsFragment[]>();
  readonly merged = output<MergedDevelopers>();
  readonly cancelled = output<void>();

  protected readonly targets = computed(() => this.developers().filter((d) => d.id !== this.from().id && !d.isService));
  protected readonly intoId = signal<string | null>(null);
  protected readonly into = computed(() => this.targets().find((d) => d.id === this.intoId()) ?? null);
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected chooseTarget(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    this.intoId.set(id === '' ? null : id);
    this.confirming.set(false);
    this.error.set(null);
  }

  protected reviewMerge(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.into()) {
      this.error.set('Choose the developer to merge into.');
      return;
    }
    this.error.set(null);
    this.confirming.set(true);
    const confirmId = `confirm-merge-${this.from().id}`;
    afterNextRender(() => this.document.getElementById(confirmId)?.focus(), { injector: this.injector });
  }

  protected backToChoice(): void {
    this.confirming.set(false);
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  protected async mergeDevelopers(): Promise<void> {
    const from = this.from();
    const into = this.into();
    if (!into) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: MergeDevelopersDocument,
          variables: { intoId: into.id, fromId: from.id },
          // The merged-away developer no longer exists; fetching the list again drops it.
          refetchQueries: ['Developers'],
        }),
      );
      if (!result.data) throw result.error ?? new Error('The server sent no developer.');
      this.merged.emit({ from, into: result.data.mergeDevelopers });
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
