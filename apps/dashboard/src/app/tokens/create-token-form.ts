import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { CreateApiTokenDocument, CreateApiTokenMutation, Role } from '../core/graphql/generated';
import { describeError } from '../core/graphql/graphql-errors';

export type CreatedToken = CreateApiTokenMutation['createApiToken'];

export const TOKEN_NAME_MAX_LENGTH = 100;

@Component({
  selector: 'app-create-token-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-token-form.html',
  styleUrl: './create-token-form.css',
})
export class CreateTokenForm {
  private readonly apollo = inject(Apollo);

  readonly created = output<CreatedToken>();

  protected readonly maxLength = TOKEN_NAME_MAX_LENGTH;
  protected readonly name = signal('');
  protected readonly role = signal<Role>('VIEWER');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected updateName(event: Event): void {
    this.name.set((event.target as HTMLInputElement).value);
  }

  protected chooseRole(role: Role): void {
    this.role.set(role);
  }

  protected async createToken(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = this.name().trim();
    if (name === '') {
      this.error.set('Give the token a name, such as the script or person that will use it.');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateApiTokenDocument,
          variables: { name, role: this.role() },
          // The secret must not linger in the Apollo cache; the list is refetched instead.
          fetchPolicy: 'no-cache',
        }),
      );
      if (!result.data) throw result.error ?? new Error('The server sent no token.');
      this.name.set('');
      this.role.set('VIEWER');
      this.created.emit(result.data.createApiToken);
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
