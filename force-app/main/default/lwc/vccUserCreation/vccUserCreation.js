import { LightningElement } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getViewUsers from '@salesforce/apex/VccUserCreationController.getViewUsers';
import checkUsers from '@salesforce/apex/VccUserCreationController.checkUsers';
import generateAgentIds from '@salesforce/apex/VccUserCreationController.generateAgentIds';
import createUsers from '@salesforce/apex/VccUserCreationController.createUsers';
import getJob from '@salesforce/apex/VccUserCreationController.getJob';
import getLatestJob from '@salesforce/apex/VccUserCreationController.getLatestJob';
import { preflight } from 'c/vccRules';
import { reduceErrors } from 'c/vccErrors';
import { LABELS, format } from 'c/vccLabels';

export const POLL_MS = 1000;

/**
 * The User Creation tab: a template user, a list view of users with their potential issues, Generate Agent IDs,
 * then Create Vonage Contact Center users and a result per user. It calls only the operations of the contract,
 * and c/vccRules for instant feedback. The job runs on the server; the tab follows it and stops when it is done
 * or when the tab goes away, and shows the last job again when it opens.
 */
export default class VccUserCreation extends LightningElement {
  labels = LABELS;
  template = null;
  views = [];
  viewsLoaded = false;
  viewsError;
  listViewId;
  users = [];
  checks = [];
  saveErrors = [];
  usersLoaded = false;
  loadingUsers = false;
  usersError;
  generateError;
  createError;
  busy = false;
  job = null;
  pollError;
  pollTimer;
  loadToken = 0;
  connected = false;

  connectedCallback() {
    this.connected = true;
    this.loadViews();
    this.loadLatestJob();
  }

  disconnectedCallback() {
    this.connected = false;
    this.stopPolling();
  }

  async loadViews() {
    this.viewsError = undefined;
    try {
      this.views = await getUserListViews();
      this.viewsLoaded = true;
    } catch (error) {
      this.viewsError = error;
    }
  }

  async loadLatestJob() {
    try {
      const job = await getLatestJob();
      if (job && !this.job) {
        this.showJob(job);
      }
    } catch {
      // The last job is a convenience: the tab works without it.
    }
  }

  /** The users stay on screen while they load again, so what the admin typed (Starting ID) is kept. */
  get showUsers() {
    return this.usersLoaded && !this.usersError;
  }

  get emptyView() {
    return this.users.length === 0;
  }

  get jobRunning() {
    return this.job && (this.job.status === 'Queued' || this.job.status === 'Running');
  }

  get createBlockedReason() {
    if (!this.template) {
      return LABELS.VCC_Create_Need_Template;
    }
    if (!this.listViewId) {
      return LABELS.VCC_Create_Need_View;
    }
    if (this.usersLoaded && this.emptyView) {
      return LABELS.VCC_Create_Empty_View;
    }
    if (this.jobRunning) {
      return LABELS.VCC_Create_Running;
    }
    return null;
  }

  get createDisabled() {
    return Boolean(this.createBlockedReason) || this.busy || this.loadingUsers || !this.usersLoaded;
  }

  get lostContactText() {
    return format(LABELS.VCC_Job_Lost_Contact, '');
  }

  handleTemplateChange(event) {
    this.template = event.detail.template;
    if (this.listViewId) {
      this.loadUsers();
    }
  }

  handleViewChange(event) {
    this.listViewId = event.detail.listViewId;
    this.saveErrors = [];
    this.loadUsers();
  }

  async loadUsers() {
    const token = ++this.loadToken;
    this.loadingUsers = true;
    this.usersError = undefined;
    try {
      const templateUsername = this.template ? this.template.username : null;
      const [users, checks] = await Promise.all([
        getViewUsers({ listViewId: this.listViewId }),
        checkUsers({ templateUsername, listViewId: this.listViewId })
      ]);
      if (token === this.loadToken) {
        this.users = users;
        this.checks = checks;
        this.usersLoaded = true;
      }
    } catch (error) {
      if (token === this.loadToken) {
        this.usersError = error;
        this.usersLoaded = false;
      }
    } finally {
      if (token === this.loadToken) {
        this.loadingUsers = false;
      }
    }
  }

  async handleGenerate(event) {
    this.busy = true;
    this.generateError = undefined;
    try {
      const result = await generateAgentIds({
        listViewId: this.listViewId,
        startingId: event.detail.startingId
      });
      this.saveErrors = result.errors;
      const saved = result.assignments;
      const text =
        saved.length === 0
          ? ''
          : format(LABELS.VCC_Generate_Done, saved.length, saved[0].agentId, saved[saved.length - 1].agentId);
      const errors =
        result.errors.length === 0 ? '' : format(LABELS.VCC_Generate_Errors, result.errors.length);
      Toast.show(
        {
          label: LABELS.VCC_Generate_Button,
          message: `${text} ${errors}`.trim(),
          variant: errors ? 'warning' : 'success'
        },
        this
      );
      await this.loadUsers();
    } catch (error) {
      this.generateError = error;
    } finally {
      this.busy = false;
    }
  }

  /** How many users will be created, will fail or be skipped, and are already linked, by the shared rules. */
  plan() {
    const checks = new Map(this.checks.map((check) => [check.userId, check.issues]));
    const counts = { create: 0, blocked: 0, linked: 0 };
    for (const user of this.users) {
      const before = preflight(checks.get(user.id) || []);
      if (!before) {
        counts.create++;
      } else if (before.status === 'AlreadyLinked') {
        counts.linked++;
      } else {
        counts.blocked++;
      }
    }
    return counts;
  }

  async handleCreate() {
    const counts = this.plan();
    const confirmed = await LightningConfirm.open({
      label: LABELS.VCC_Create_Button,
      message: format(LABELS.VCC_Create_Confirm, counts.create, counts.blocked, counts.linked),
      theme: 'default'
    });
    if (confirmed) {
      await this.startJob(this.users.map((user) => user.id));
    }
  }

  handleRetryFailed(event) {
    this.startJob(event.detail.userIds);
  }

  async startJob(userIds) {
    this.busy = true;
    this.createError = undefined;
    try {
      const info = await createUsers({
        templateUsername: this.template ? this.template.username : null,
        userIds
      });
      Toast.show(
        {
          label: LABELS.VCC_Create_Button,
          message: format(LABELS.VCC_Create_Started, info.total),
          variant: 'info'
        },
        this
      );
      this.showJob({
        jobId: info.jobId,
        status: 'Queued',
        total: info.total,
        processed: 0,
        created: 0,
        failed: 0,
        skipped: 0,
        results: []
      });
    } catch (error) {
      this.createError = error;
    } finally {
      this.busy = false;
    }
  }

  showJob(job) {
    this.job = job;
    this.pollError = undefined;
    if (this.jobRunning) {
      this.schedulePoll();
    }
  }

  resumePolling() {
    this.pollError = undefined;
    this.poll();
  }

  schedulePoll() {
    this.stopPolling();
    if (this.connected) {
      // The job runs on the server; the tab asks for its progress until it is done.
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      this.pollTimer = setTimeout(() => this.poll(), POLL_MS);
    }
  }

  stopPolling() {
    if (this.pollTimer) {
      clearTimeout(this.pollTimer);
      this.pollTimer = undefined;
    }
  }

  async poll() {
    this.pollTimer = undefined;
    if (!this.connected || !this.job) {
      return;
    }
    try {
      const job = await getJob({ jobId: this.job.jobId });
      this.job = job;
      if (this.jobRunning) {
        this.schedulePoll();
      } else if (this.listViewId) {
        this.loadUsers();
      }
    } catch (error) {
      this.pollError = reduceErrors(error);
    }
  }
}
