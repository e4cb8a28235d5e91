/** Reads and checks a demo org data file (format in data/README.md). */
import { readFileSync } from 'node:fs';
import { format, LABELS } from '../core';
import type { DemoOrgData } from './DemoOrg';
import { ServiceError } from './errors';
import { parseJsonNamingPlace } from './jsonError';

export function readDataFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ServiceError(format(LABELS.VCC_Op_Data_File_Unreadable, file, (error as Error).message));
  }
}

/** The org data of a file, checked: a clear error names the file and what is wrong (and where, for JSON). */
export function parseOrgData(file: string, text: string): DemoOrgData {
  let data: DemoOrgData;
  try {
    data = parseJsonNamingPlace(text, format(LABELS.VCC_Op_Data_File_Name, file)) as DemoOrgData;
  } catch (error) {
    throw new ServiceError((error as Error).message);
  }
  if (!Array.isArray(data?.users) || !Array.isArray(data?.listViews)) {
    throw new ServiceError(format(LABELS.VCC_Op_Data_File_Not_Org_Data, file));
  }
  data.users.forEach((user, index) => {
    if (typeof user?.id !== 'string' || typeof user?.username !== 'string') {
      throw new ServiceError(format(LABELS.VCC_Op_Data_File_User_Fields, file, index));
    }
  });
  data.listViews.forEach((view, index) => {
    for (const field of ['id', 'label', 'developerName'] as const) {
      if (typeof view?.[field] !== 'string' || view[field].trim() === '') {
        throw new ServiceError(`${file}: listViews[${index}] needs "${field}" (a non-empty text).`);
      }
    }
  });
  return data;
}
