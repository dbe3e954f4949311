import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UploadIdentitiesDocument, UploadIdentitiesMutation } from '../core/graphql/generated';
import { FileDropZone } from './file-drop-zone';
import { RowErrorList } from './row-error-list';
import { describeUploadError } from './upload-errors';
import { refuseUploadFile } from './upload-file';

export type IdentityImportResult = UploadIdentitiesMutation['uploadIdentities'];

/** The login ↔ email CSV: ties a person's GitHub login to their email so every tool's rows meet on one developer. */
@Component({
  selector: 'app-identities-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, FileDropZone, RowErrorList],
  templateUrl: './identities-upload.html',
  styleUrl: './identities-upload.css',
})
export class IdentitiesUpload {
  private readonly apollo = inject(Apollo);

  protected readonly fileName = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<IdentityImportResult | null>(null);

  protected async uploadIdentities(file: File): Promise<void> {
    this.result.set(null);
    this.fileName.set(file.name);
    const refusal = refuseUploadFile(file, ['.csv']);
    if (refusal) {
      this.error.set(refusal);
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    try {
      const response = await firstValueFrom(
        this.apollo.mutate({ mutation: UploadIdentitiesDocument, variables: { file }, refetchQueries: ['Developers'] }),
      );
      if (!response.data) throw response.error ?? new Error('The server sent no result.');
      this.result.set(response.data.uploadIdentities);
    } catch (error) {
      this.error.set(describeUploadError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
