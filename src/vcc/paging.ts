/**
 * Reading a VCC list whole, as VCC-API.md says: the first page without `page` (tenants start at 0 or at 1),
 * then on from the `meta.page` the answer gave; the array under the endpoint's documented name or `items`;
 * `limit` at the most the endpoint takes. A read whose count differs from meta.totalCount is an error that
 * stops the operation: never a silent partial list.
 */
import { format, LABELS } from '../core';
import { VccError, type VccTransport } from './transport';

/** What a list read saw, for the probe and for messages. */
export interface ListShape {
  path: string;
  /** meta.page of the first answer (0 or 1), or null when the answer had no meta. */
  firstPage: number | null;
  /** The name of the array the answer used ('users', 'agentSkills', ... or 'items'). */
  arrayName: string | null;
  totalCount: number;
  pages: number;
}

interface PageAnswer<T> {
  items: T[];
  arrayName: string | null;
  page: number | null;
  pageCount: number | null;
  totalCount: number | null;
}

export async function readWholeList<T>(
  transport: VccTransport,
  path: string,
  names: readonly string[],
  query: Record<string, string>,
  onPage: (items: T[]) => void | Promise<void>
): Promise<ListShape> {
  const limit = String(Math.min(5000, Math.max(1, transport.settings.pageSize)));
  const shape: ListShape = { path, firstPage: null, arrayName: null, totalCount: 0, pages: 0 };
  let read = 0;
  let next: number | null = null;
  for (;;) {
    const pageQuery: Record<string, string> = {
      ...query,
      limit,
      ...(next === null ? {} : { page: String(next) })
    };
    const answer = pageOf<T>(await transport.call('GET', path, pageQuery), names, path);
    if (shape.pages === 0) {
      shape.firstPage = answer.page;
      shape.arrayName = answer.arrayName;
    }
    shape.pages++;
    read += answer.items.length;
    await onPage(answer.items);
    const total = answer.totalCount ?? read;
    shape.totalCount = total;
    const current: number = answer.page ?? next ?? 0;
    const lastByCount = answer.pageCount !== null && current - (shape.firstPage ?? 0) + 1 >= answer.pageCount;
    if (read >= total || answer.items.length === 0 || lastByCount || answer.page === null) {
      break;
    }
    if (shape.pages > total + 1) {
      break;
    }
    next = current + 1;
  }
  if (read !== shape.totalCount) {
    throw new VccError(
      'VCC_UNAVAILABLE',
      format(LABELS.VCC_Op_List_Changed, path, read, shape.pages, shape.totalCount),
      200,
      `read ${read} of ${shape.totalCount}`
    );
  }
  return shape;
}

/** The entries and meta of one list answer. */
function pageOf<T>(body: unknown, names: readonly string[], path: string): PageAnswer<T> {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const meta = (typeof record.meta === 'object' && record.meta !== null ? record.meta : {}) as Record<
    string,
    unknown
  >;
  const arrayName = [...names, 'items'].find((name) => Array.isArray(record[name])) ?? null;
  const totalCount = wholeNumber(meta.totalCount);
  if (arrayName === null && totalCount !== 0) {
    throw new VccError(
      'INVALID_REQUEST',
      format(LABELS.VCC_Op_No_List, path, [...names, 'items'].join(' or ')),
      200,
      LABELS.VCC_Op_No_List_Short
    );
  }
  return {
    items: arrayName === null ? [] : (record[arrayName] as T[]),
    arrayName,
    page: wholeNumber(meta.page),
    pageCount: wholeNumber(meta.pageCount),
    totalCount
  };
}

function wholeNumber(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 0 ? number : null;
}
