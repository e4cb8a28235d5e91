import { LightningElement, api } from 'lwc';
import { LABELS, format } from 'c/vccLabels';
import { COLUMNS, buildRows, formatCount } from './viewRows';

/** How long the search waits after the last key before it asks the server. */
export const SEARCH_DEBOUNCE_MS = 300;
/** Narrower than this (in px), the table shows each user as a block of label/value pairs. */
export const COMPACT_WIDTH = 640;

/**
 * One page of the view's users (the server filters, sorts and cuts it): the view's counts, a search box, only
 * issues, sortable headers, Previous/Next, and a checkbox per row to choose the users an action applies to. It
 * holds no users beyond the page: it asks the tab for another page (`querychange` with the ViewQuery fields that
 * change) and for another selection (`selectionchange` with the rows and whether they are now selected,
 * `clearselection`). The selection itself, kept across pages, comes back as `selectedIds`.
 */
export default class VccUserTable extends LightningElement {
  labels = LABELS;
  compact = false;
  searchText = '';
  _page = null;
  _saveErrors = [];
  _selectedIds = [];
  searchTimer;
  observer;

  @api
  get page() {
    return this._page;
  }
  set page(value) {
    this._page = value || null;
    // the search the server answered for, unless the admin is still typing or typed only extra spaces
    const search = this._page ? this._page.search || '' : '';
    if (this._page && this.searchTimer === undefined && search !== this.searchText.trim()) {
      this.searchText = search;
    }
  }

  @api
  get saveErrors() {
    return this._saveErrors;
  }
  set saveErrors(value) {
    this._saveErrors = value || [];
  }

  @api
  get selectedIds() {
    return this._selectedIds;
  }
  set selectedIds(value) {
    this._selectedIds = value || [];
  }

  /** Moves the focus to the table's heading (after Generate Agent IDs), so the new IDs are read next. */
  @api
  focusTable() {
    if (this.refs.heading) {
      this.refs.heading.focus();
    }
  }

  connectedCallback() {
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver((entries) => {
        const width = entries[0] ? entries[0].contentRect.width : 0;
        this.compact = width > 0 && width < COMPACT_WIDTH;
      });
    }
  }

  renderedCallback() {
    if (this.observer && this.refs.frame && this.observed !== this.refs.frame) {
      this.observed = this.refs.frame;
      this.observer.observe(this.refs.frame);
    }
    const pageBox = this.template.querySelector('input[data-id="select-page"]');
    if (pageBox) {
      pageBox.indeterminate = this.pageSelection === 'some';
    }
  }

  disconnectedCallback() {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    if (this.observer) {
      this.observer.disconnect();
      this.observed = undefined;
    }
  }

  get frameClass() {
    return this.compact ? 'frame compact' : 'frame';
  }

  get emptyView() {
    return Boolean(this._page) && this._page.total === 0;
  }

  get noMatch() {
    return Boolean(this._page) && this._page.total > 0 && this._page.matching === 0;
  }

  get hasRows() {
    return this.rows.length > 0;
  }

  get summaryText() {
    const page = this._page || {};
    return format(
      LABELS.VCC_View_Summary,
      formatCount(page.total),
      formatCount(page.withErrors),
      formatCount(page.withWarnings),
      formatCount(page.linkedCount)
    );
  }

  get onlyIssues() {
    return Boolean(this._page && this._page.onlyIssues);
  }

  get columns() {
    const page = this._page || {};
    return COLUMNS.map((column) => {
      const sorted = page.sortBy === column.sortBy;
      const descending = sorted && page.sortDir === 'desc';
      const label = column.label();
      return {
        sortBy: column.sortBy,
        label,
        sortTitle: format(LABELS.VCC_Sort_By, label),
        ariaSort: sorted ? (descending ? 'descending' : 'ascending') : 'none',
        arrow: sorted ? (descending ? '▼' : '▲') : ''
      };
    });
  }

  get selectedSet() {
    return new Set(this._selectedIds);
  }

  get rows() {
    return buildRows(this._page ? this._page.rows : [], this._saveErrors, this.selectedSet);
  }

  /** 'all', 'some' or 'none' of the page's rows are selected. */
  get pageSelection() {
    const rows = this.rows;
    const selected = rows.filter((row) => row.selected).length;
    if (selected === 0) {
      return 'none';
    }
    return selected === rows.length ? 'all' : 'some';
  }

  get pageChecked() {
    return this.pageSelection === 'all';
  }

  get selectionCount() {
    return this._selectedIds.length;
  }

  get selectionText() {
    return format(LABELS.VCC_Selection_Count, formatCount(this._selectedIds.length));
  }

  get pageStatus() {
    const page = this._page;
    if (!page || page.matching === 0) {
      return '';
    }
    const first = page.offset + 1;
    const last = page.offset + page.rows.length;
    return format(LABELS.VCC_Page_Status, formatCount(first), formatCount(last), formatCount(page.matching));
  }

  get prevDisabled() {
    return !this._page || this._page.offset <= 0;
  }

  get nextDisabled() {
    const page = this._page;
    return !page || page.offset + page.rows.length >= page.matching;
  }

  query(change) {
    this.dispatchEvent(new CustomEvent('querychange', { detail: change }));
  }

  handleSearch(event) {
    this.searchText = event.detail.value || '';
    clearTimeout(this.searchTimer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      this.query({ search: this.searchText, offset: 0 });
    }, SEARCH_DEBOUNCE_MS);
  }

  handleOnlyIssues(event) {
    this.query({ onlyIssues: event.detail.checked, offset: 0 });
  }

  handleSort(event) {
    const sortBy = event.currentTarget.dataset.sort;
    const page = this._page || {};
    const sortDir = page.sortBy === sortBy && page.sortDir !== 'desc' ? 'desc' : 'asc';
    this.query({ sortBy, sortDir, offset: 0 });
  }

  handlePrevious() {
    const page = this._page;
    this.query({ offset: Math.max(0, page.offset - page.pageSize) });
  }

  handleNext() {
    const page = this._page;
    this.query({ offset: page.offset + page.pageSize });
  }

  selectRows(rows, selected) {
    this.dispatchEvent(new CustomEvent('selectionchange', { detail: { rows, selected } }));
  }

  handleSelectRow(event) {
    const userId = event.target.dataset.selectId;
    const row = this._page.rows.find((item) => item.user.id === userId);
    if (row) {
      this.selectRows([row], event.target.checked);
    }
  }

  handleSelectPage(event) {
    this.selectRows(this._page ? this._page.rows : [], event.target.checked);
  }

  handleClearSelection() {
    this.dispatchEvent(new CustomEvent('clearselection'));
  }
}
