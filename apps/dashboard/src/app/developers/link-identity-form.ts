import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DeveloperFieldsFragment, IdentityKind, LinkIdentityDocument } from '../core/graphql/generated';
import { describeError } from '../core/graphql/graphql-errors';
import { IDENTITY_KIND_LABELS, LINKABLE_IDENTITY_KINDS } from './developer-labels';

export interface LinkedIdentity {
  developer: DeveloperFieldsFragment;
  kind: IdentityKind;
  value: string;
}

@Component({
  selector: 'app-link-identity-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './link-identity-form.html',
  styleUrl: './developer-forms.css',
})
export class LinkIdentityForm {
  private readonly apollo = inject(Apollo);

  readonly developer = input.required<DeveloperFieldsFragment>();
  readonly linked = output<LinkedIdentity>();
  readonly cancelled = output<void>();

  protected readonly kinds = LINKABLE_IDENTITY_KINDS;
  protected readonly kindLabels = IDENTITY_KIND_LABELS;
  protected readonly kind = signal<IdentityKind>('GITHUB_LOGIN');
  protected readonly value = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected chooseKind(event: Event): void {
    this.kind.set((event.target as HTMLSelectElement).value as IdentityKind);
  }

  protected updateValue(event: Event): void {
    this.value.set((event.target as HTMLInputElement).value);
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  protected async linkIdentity(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const kind = this.kind();
    const value = this.value().trim();
    const problem = checkIdentityValue(kind, value);
    if (problem) {
      this.error.set(problem);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: LinkIdentityDocument,
          variables: { developerId: this.developer().id, kind, value },
          // Linking can merge away the developer that held the identity, so the list is fetched again.
          refetchQueries: ['Developers'],
        }),
      );
      if (!result.data) throw result.error ?? new Error('The server sent no developer.');
      this.value.set('');
      this.linked.emit({ developer: result.data.linkIdentity, kind, value });
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(false);
    }
  }
}

/** A sentence saying what is wrong with the value, or null when it can be sent. */
export function checkIdentityValue(kind: IdentityKind, value: string): string | null {
  if (value === '') return `Enter the ${IDENTITY_KIND_LABELS[kind].toLowerCase()} to link.`;
  if (kind === 'EMAIL' && !/^[^\s@]+@[^\s@]+$/.test(value)) return 'Enter an email address such as ada@example.com.';
  if (kind === 'GITHUB_USER_ID' && !/^\d+$/.test(value)) return 'A GitHub user ID is a number, such as 583231.';
  return null;
}
