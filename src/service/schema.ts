/** The package's objects and fields, as the metadata in force-app defines them. */
export const AGENT_ID_FIELD = 'NVM_Agent_Id__c';

export const JOB_OBJECT = 'VCC_Creation_Job__c';
export const JOB = {
  status: 'Status__c',
  templateUsername: 'Template_Username__c',
  total: 'Total__c',
  attempted: 'Attempted__c',
  error: 'Error__c',
  listViewId: 'List_View_Id__c',
  listViewLabel: 'List_View_Label__c',
  startedAt: 'Started_At__c',
  finishedAt: 'Finished_At__c',
  notice: 'Notice__c',
  cancelRequested: 'Cancel_Requested__c',
  retryOf: 'Retry_Of__c',
  kind: 'Kind__c'
} as const;

/** The kind of the jobs that create VCC users (VccCreationJobs.KIND_CREATE). */
export const KIND_CREATE = 'Create';

export const RESULT_OBJECT = 'VCC_Creation_Result__c';
export const RESULT = {
  job: 'Job__c',
  user: 'User__c',
  sequence: 'Sequence__c',
  key: 'Key__c',
  username: 'Username__c',
  status: 'Status__c',
  code: 'Code__c',
  message: 'Message__c',
  agentId: 'Agent_Id__c',
  vccUserId: 'VCC_User_Id__c'
} as const;

/** The status of a result row whose user has no result yet. */
export const PENDING = 'Pending';
