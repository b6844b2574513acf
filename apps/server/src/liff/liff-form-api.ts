// LIFF forms as the API returns them, and the field-naming error a write with a taken name gives.
import type { LiffFormRow, LiffFormWrite } from '@wayfarer/db';
import { z } from 'zod';
import { fieldError } from '../trpc/field-error';
import { formFieldSchema, type FormField } from './liff-form.schema';

const storedFields = z.array(formFieldSchema);

/** The form's fields as stored (they were validated on the way in). */
export function fieldsOf(row: Pick<LiffFormRow, 'fields'>): FormField[] {
  return storedFields.parse(row.fields);
}

/** Where the form page is served, relative to the server's address. */
export const formPagePath = (id: string) => `/f/${id}`;

export function toApiForm(row: LiffFormRow) {
  return {
    id: row.id,
    name: row.name,
    liffId: row.liffId,
    eventName: row.eventName,
    fields: fieldsOf(row),
    pagePath: formPagePath(row.id),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The form written, or a 400 on `name` when another form of the workspace has it. */
export function writtenForm(write: LiffFormWrite, name: string) {
  if (write.ok) return toApiForm(write.row);
  throw fieldError('name', `A form named "${name}" already exists in this workspace.`);
}
