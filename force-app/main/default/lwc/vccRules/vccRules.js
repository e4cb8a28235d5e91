// GENERATED FILE: do not edit. It is compiled from src/core by `npm run build`;
// change src/core and build again. The Apex class VccRules mirrors these rules.
var ISSUE_CODES = [
  "PHONE_MISSING",
  "PHONE_INVALID",
  "AGENT_ID_MISSING",
  "AGENT_ID_INVALID",
  "AGENT_ID_DUPLICATE",
  "AGENT_ID_IN_USE",
  "VCC_USER_EXISTS",
  "ALREADY_LINKED",
  "USERNAME_INVALID",
  "EMAIL_MISSING",
  "USER_INACTIVE",
  "CALL_CENTER_MISSING",
  "PLATFORM_LICENSE"
];
var ISSUE_SEVERITY = {
  PHONE_MISSING: "error",
  PHONE_INVALID: "error",
  AGENT_ID_MISSING: "error",
  AGENT_ID_INVALID: "error",
  AGENT_ID_DUPLICATE: "error",
  AGENT_ID_IN_USE: "error",
  VCC_USER_EXISTS: "error",
  ALREADY_LINKED: "info",
  USERNAME_INVALID: "error",
  EMAIL_MISSING: "error",
  USER_INACTIVE: "error",
  CALL_CENTER_MISSING: "warning",
  PLATFORM_LICENSE: "warning"
};
var RESULT_CODES = [
  "CREATED",
  "UPDATED",
  "ALREADY_LINKED",
  "SKIPPED",
  "CANCELLED",
  "PARTIALLY_CREATED",
  "VCC_USER_EXISTS",
  "AGENT_ID_IN_USE",
  "PHONE_MISSING",
  "LICENCE_LIMIT",
  "INVALID_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "RATE_LIMITED",
  "VCC_UNREACHABLE",
  "VCC_UNAVAILABLE"
];
var CREATION_STATUSES = [
  "Created",
  "Updated",
  "AlreadyLinked",
  "PartiallyCreated",
  "Skipped",
  "Failed",
  "Cancelled"
];
var COMPLETE_STATUSES = ["Created", "Updated", "AlreadyLinked"];
var READINESS_CODES = [
  "USER_INACTIVE",
  "VCC_PERMISSION_SET_MISSING",
  "TASK_FIELD_ACCESS_MISSING",
  "CALL_CENTER_MISSING",
  "PHONE_MISSING",
  "PHONE_INVALID",
  "PLATFORM_LICENSE"
];
var API_USER_REQUIREMENTS = [
  "USER_FOUND",
  "ACTIVE",
  "NOT_FROZEN",
  "SALESFORCE_LICENCE",
  "LOGIN_HOURS",
  "IP_RANGES",
  "API_ENABLED",
  "EDIT_TASKS",
  "VIEW_ALL_USERS",
  "VIEW_ALL_DATA",
  "MODIFY_ALL_DATA",
  "PASSWORD_NEVER_EXPIRES"
];
var AGENT_ID_ERROR_CODES = ["STARTING_ID_INVALID", "AGENT_ID_RANGE_EXHAUSTED"];
var ERROR_CODES = ["BAD_INPUT", "NOT_FOUND", "JOB_RUNNING", "TOO_MANY_ROWS"];
var AGENT_ID_MAX_DIGITS = 10;
var ALL_CODES = [
  .../* @__PURE__ */ new Set([
    ...ISSUE_CODES,
    ...RESULT_CODES,
    ...AGENT_ID_ERROR_CODES,
    ...READINESS_CODES,
    ...API_USER_REQUIREMENTS,
    ...ERROR_CODES
  ])
];

var PLACEHOLDER = /\{(\d{1,2})\}/g;
function format(template, ...args) {
  return template.replace(PLACEHOLDER, (placeholder, index) => {
    const value = args[Number(index)];
    return value === void 0 || value === null ? placeholder : String(value);
  });
}
function isBlank(value) {
  return value === null || value === void 0 || String(value).trim() === "";
}
function trimToNull(value) {
  if (value === null || value === void 0) {
    return null;
  }
  const raw = String(value);
  if (raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32) {
    return raw;
  }
  const text = raw.trim();
  return text === "" ? null : text;
}
function usernameKey(value) {
  const text = trimToNull(value);
  return text === null ? null : text.toLowerCase();
}
function isDigits(text) {
  if (text.length === 0) {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      return false;
    }
  }
  return true;
}
function agentIdKey(value) {
  const text = trimToNull(value);
  if (text === null) {
    return null;
  }
  if (isDigits(text)) {
    return stripLeadingZeros(text);
  }
  return "#" + text.toUpperCase();
}
function stripLeadingZeros(digits) {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) {
    start++;
  }
  return start === 0 ? digits : digits.slice(start);
}

var LABELS = {
  VCC_Rule_Result_Created: "Created in VCC and linked through the username.",
  VCC_Rule_Result_Created_Agent_Id_Not_Sent: "Created in VCC and linked through the username. Agent ID '{0}' was not sent: the template does not take calls.",
  VCC_Rule_Result_Created_Agent_Id: "Created in VCC and linked through agent ID '{0}'.",
  VCC_Rule_Result_Updated: "Already linked in VCC: added {0} from the template.",
  VCC_Rule_Result_Updated_Default: "the template's missing skills and groups",
  VCC_Rule_Result_Already_Linked: "A VCC user with this username and agent ID already exists and is linked: nothing to do.",
  VCC_Rule_Result_Skipped: "Not sent to VCC. Fix the Salesforce user and try again.",
  VCC_Rule_Result_Skipped_Because: "Not sent to VCC because of {0}. Fix the Salesforce user and try again.",
  VCC_Rule_Result_Cancelled: "The job was cancelled before this user was processed: nothing was sent to VCC for this user. Run the view again to finish it.",
  VCC_Rule_Result_Partially_Created: "The VCC user exists, but {0} could not be set{1}. Run the view again (or Retry failed) to finish it: nothing is created twice.",
  VCC_Rule_Result_Partially_Created_Default: "some settings",
  VCC_Rule_Result_Vcc_User_Exists: "A VCC user already exists with the username. If it is this person, ignore this error; otherwise change the Salesforce user's Username and try again.",
  VCC_Rule_Result_Vcc_User_Exists_Named: "A VCC user already exists with the username '{0}'. If it is this person, ignore this error; otherwise change the Salesforce user's Username and try again.",
  VCC_Rule_Result_Agent_Id_In_Use: "Agent ID '{0}' is already in use. If the VCC user holding it is this person, ignore this error; otherwise change the Salesforce user's NVM Agent Id and try again.",
  VCC_Rule_Result_Phone_Missing: "The user has no telephone number. Add a telephone number to the Salesforce user and try again.",
  VCC_Rule_Result_Licence_Limit: "VCC refused: the account has no licence left for another user{0}. Free a licence (archive a user you no longer need) or buy more, or allow overages in the VCC settings, then retry the failed users.",
  VCC_Rule_Result_Invalid_Request: "VCC rejected the request: {0}. Correct the Salesforce user or the template user and try again.",
  VCC_Rule_Result_No_Reason: "no reason given",
  VCC_Rule_Result_Unauthorized: "VCC refused the API credentials. Check the client ID and secret given for VCC, then retry the failed users.",
  VCC_Rule_Result_Forbidden: "VCC refused the request: the API client does not have the scope it needs (users:write). Ask the VCC administrator to grant it, then retry the failed users.",
  VCC_Rule_Result_Rate_Limited: "VCC's rate limit was still reached after several retries. Retry the failed users in a few minutes.",
  VCC_Rule_Result_Vcc_Unreachable: "VCC could not be reached at {0}{1}. Check the VCC URL and the network, then retry the failed users: a retry never creates a user twice.",
  VCC_Rule_Result_Its_Address: "its address",
  VCC_Rule_Result_Vcc_Unavailable: "VCC could not be reached{0}. Retry the failed users later: a retry never creates a user twice.",
  VCC_Rule_Result_Vcc_Words: "({0})",
  VCC_Rule_Result_Also_Fix: "Also fix: {0}.",
  VCC_Rule_Result_Unknown_Code: "Unknown result code '{0}'",
  VCC_Rule_Issue_Phone_Missing: "No phone number: add one to the Phone field",
  VCC_Rule_Issue_Phone_Invalid: "Phone '{0}' is not a valid number: it needs 7 to 15 digits",
  VCC_Rule_Issue_Agent_Id_Missing: "No NVM Agent Id: the template takes calls, so generate or type one",
  VCC_Rule_Issue_Agent_Id_Invalid: "NVM Agent Id '{0}' is not 1 to 10 digits",
  VCC_Rule_Issue_Agent_Id_Duplicate: "Agent ID '{0}' is given to more than one user in this view",
  VCC_Rule_Issue_Agent_Id_In_Use: "Agent ID '{0}' is already in use",
  VCC_Rule_Issue_Already_Linked: "A VCC user with this username and agent ID exists: nothing to create",
  VCC_Rule_Issue_Vcc_User_Exists: "A VCC user already exists with the username '{0}'",
  VCC_Rule_Issue_Username_Invalid: "Username '{0}' is not accepted by VCC: use letters, digits and . _ @ + - only",
  VCC_Rule_Issue_Email_Missing: "No email address: add one to the Email field",
  VCC_Rule_Issue_User_Inactive: "The Salesforce user is inactive: activate the user or leave them out",
  VCC_Rule_Issue_Call_Center_Missing: "No call center: the VCC user is created, but the softphone will not work until one is set",
  VCC_Rule_Issue_Platform_License: "{0} license: some Vonage Contact Center features may not work",
  VCC_Rule_Start_Range: "a whole number from 1 to {0}",
  VCC_Rule_Start_Not_Whole: "Starting ID '{0}' is not a whole number: use {1}",
  VCC_Rule_Start_Must_Be: "Starting ID must be {0}",
  VCC_Rule_Start_Required: "Starting ID is required: use {0}",
  VCC_Rule_Start_Out_Of_Range: "Starting ID {0} is out of range: use {1}",
  VCC_Rule_Agent_Ids_Exhausted: "Not enough free agent IDs: {0}, but only {1} of the IDs from {2} to {3} are free. Nothing was saved: choose a lower Starting ID.",
  VCC_Rule_Agent_Ids_Needed_One: "1 user needs an agent ID",
  VCC_Rule_Agent_Ids_Needed_Many: "{0} users need an agent ID",
  VCC_Rule_Agent_Ids_Max_Digits: "maxDigits must be a whole number from 1 to 15, not {0}",
  VCC_Rule_Ready_Inactive: "The user is inactive.",
  VCC_Rule_Fix_Activate: "Activate the user in Setup > Users.",
  VCC_Rule_Ready_No_Permission_Set: "The user has no VCC user-type permission set (agent or supervisor).",
  VCC_Rule_Ready_No_Permission_Set_Fix: "Assign the VCC agent or supervisor permission set (one of: {0}).",
  VCC_Rule_Ready_Task_Access_One: "The user lacks access to {0} Task field: {1}.",
  VCC_Rule_Ready_Task_Access_Many: "The user lacks access to {0} Task fields: {1}.",
  VCC_Rule_Ready_Task_Field: "{0} ({1}): {2}",
  VCC_Rule_Ready_Access_Read: "read",
  VCC_Rule_Ready_Access_Edit: "read and edit",
  VCC_Rule_Ready_Task_Access_Fix: "Assign a permission set that grants this Task field access.",
  VCC_Rule_Ready_Task_Access_Fix_Named: "Assign the permission set {0}, which grants this Task field access.",
  VCC_Rule_Ready_No_Call_Center: "The user has no Call Center.",
  VCC_Rule_Ready_No_Call_Center_Fix: "Set the VCC Call Center on the user.",
  VCC_Rule_Ready_No_Phone: "The agent has no phone number.",
  VCC_Rule_Ready_No_Phone_Fix: "Enter the phone number on the user.",
  VCC_Rule_Ready_Phone_Invalid: "The agent's phone number '{0}' is not valid: it needs 7 to 15 digits.",
  VCC_Rule_Ready_Phone_Invalid_Fix: "Correct the phone number on the user.",
  VCC_Rule_Ready_Platform_Licence: "The user has a {0} licence: some VCC features do not work with it.",
  VCC_Rule_Ready_Platform_Licence_Fix: "Give the user a Salesforce licence.",
  VCC_Rule_Api_Not_Found: "No Salesforce user has the username '{0}'.",
  VCC_Rule_Api_Not_Found_Fix: "Check the username of the user VCC is linked to (VCC > Admin > Salesforce account).",
  VCC_Rule_Api_Found: "The user '{0}' exists.",
  VCC_Rule_Api_Active: "Active.",
  VCC_Rule_Api_Frozen_Unknown: "Whether the user is frozen cannot be read.",
  VCC_Rule_Api_Frozen: "The user is frozen.",
  VCC_Rule_Api_Not_Frozen: "Not frozen.",
  VCC_Rule_Api_Unfreeze_Fix: "Unfreeze the user in Setup > Users.",
  VCC_Rule_Api_Licence_Unknown: "The licence cannot be read.",
  VCC_Rule_Api_Licence: "Licence: {0}.",
  VCC_Rule_Api_Licence_Fix: "Give the API user a Salesforce licence (not Salesforce Platform).",
  VCC_Rule_Api_Its_Profile: "its profile",
  VCC_Rule_Api_Hours_Unknown: "Login hours cannot be read.",
  VCC_Rule_Api_Hours: "{0} restricts login hours.",
  VCC_Rule_Api_No_Hours: "No login hours restriction.",
  VCC_Rule_Api_Hours_Fix: "Clear the login hours of the profile {0}, or give the API user a profile without them.",
  VCC_Rule_Api_Ranges_Unknown: "Login IP ranges cannot be read.",
  VCC_Rule_Api_Ranges: "{0} has {1} login IP range(s).",
  VCC_Rule_Api_No_Ranges: "No login IP ranges.",
  VCC_Rule_Api_Ranges_Fix: "Remove the login IP ranges of the profile {0}, or give the API user a profile without them.",
  VCC_Rule_Api_Grant_Fix: "Add {0} to a clone of the ContactWorld API user permission set and assign it to the API user.",
  VCC_Rule_Api_Permission_Unknown: "{0} cannot be read.",
  VCC_Rule_Api_Permission_Has: "Has {0}.",
  VCC_Rule_Api_Permission_Lacks: "Lacks {0}.",
  VCC_Rule_Api_Perm_Api_Enabled: "API Enabled",
  VCC_Rule_Api_Perm_Edit_Tasks: "Edit Tasks",
  VCC_Rule_Api_Perm_View_All_Users: "View All Users",
  VCC_Rule_Api_Perm_View_All_Data: "View All Data",
  VCC_Rule_Api_Perm_Modify_All_Data: "Modify All Data",
  VCC_Rule_Api_Perm_Password_Never_Expires: "Password Never Expires",
  VCC_Rule_Api_Defaults_Unknown: "The org-wide defaults cannot be read.",
  VCC_Rule_Api_View_All_Not_Needed: "Not needed: no object VCC reads is Private.",
  VCC_Rule_Api_View_All_Needed: "Needed: the org-wide default of {0} is Private.",
  VCC_Rule_Api_View_All_Needed_Lacks: "Needed: the org-wide default of {0} is Private, and the user lacks it.",
  VCC_Rule_Api_Modify_Unanswered: "Needed only if a Data Connector applet inserts records in Salesforce ({0}).",
  VCC_Rule_Api_Modify_User_Has: "the user has it",
  VCC_Rule_Api_Modify_User_Lacks: "the user lacks it",
  VCC_Rule_Api_Modify_User_Unknown: "unknown whether the user has it",
  VCC_Rule_Api_Modify_Answer_Fix: "Answer whether a Data Connector applet inserts records; if it does: {0}",
  VCC_Rule_Api_Modify_Not_Needed: "Not needed: no Data Connector applet inserts records.",
  VCC_Rule_Api_Modify_Unknown: "Needed (a Data Connector inserts records); cannot be read.",
  VCC_Rule_Api_Modify_Lacks: "Needed (a Data Connector inserts records), and the user lacks it.",
  VCC_Rule_Csv_User_Id: "Salesforce User ID",
  VCC_Rule_Csv_Username: "Username",
  VCC_Rule_Csv_Status: "Status",
  VCC_Rule_Csv_Code: "Code",
  VCC_Rule_Csv_Message: "Message",
  VCC_Rule_Csv_Agent_Id: "NVM Agent Id",
  VCC_Rule_Csv_Vcc_User_Id: "VCC User ID",
  VCC_Op_Choose_View: "Choose a list view.",
  VCC_Op_Not_An_Id: "'{0}' is not a Salesforce ID. {1}",
  VCC_Op_View_Empty_Agent_Ids: "The view has no users: choose a view with the users who need agent IDs.",
  VCC_Op_View_Empty_Create: "The view has no users: choose a view with the users to create in VCC.",
  VCC_Op_Choose_Users_Create: "Choose at least one user to create in VCC.",
  VCC_Op_Job_Too_Big: "At most {0} users can be created in one job; {1} were given.",
  VCC_Op_Users_Gone: "Some of the users no longer exist or are not visible to you: refresh the view.",
  VCC_Op_Retry_Creation_Only: "Only a creation job can be retried: generate the agent IDs again instead.",
  VCC_Op_Retry_Nothing: "Nothing to retry: every user of job {0} was created, updated, already linked or skipped.",
  VCC_Op_Give_Job_Id: "Give a job ID.",
  VCC_Op_Job_Not_Found: "No job has the ID '{0}'.",
  VCC_Op_Read_Vcc_Users_Failed: "Could not read the VCC users: {0}",
  VCC_Op_Read_Template_Failed: "Could not read the template user: {0}",
  VCC_Op_Read_Agent_Ids_Failed: "Could not read the agent IDs in use in VCC (nothing was saved): {0}",
  VCC_Op_Vcc_Users_Rate_Limited: "VCC asked to slow down while its users were read: check again in a minute.",
  VCC_Op_Vcc_Users_Too_Many: "VCC has more users than can be read while you wait, so the checks against VCC were not made. Create the users: each one is checked in VCC as it is created.",
  VCC_Op_Preview_Rate_Limited: "VCC asked to slow down while its agent IDs were read: try the preview again in a minute.",
  VCC_Op_Preview_Too_Many: "VCC holds more agent IDs than can be read while you wait, so no preview can be shown. Generate the IDs: a job reads them all and skips every one in use.",
  VCC_Op_All_Have_Agent_Ids: "Every chosen user already has an agent ID: there is nothing to generate.",
  VCC_Op_Choose_View_Users: "Choose at least one user of the view.",
  VCC_Op_Choose_Users_Of_View: "Choose users of the view.",
  VCC_Op_Chosen_Not_In_View_One: "1 chosen user is not in the view: refresh the view and choose again.",
  VCC_Op_Chosen_Not_In_View: "{0} chosen users are not in the view: refresh the view and choose again.",
  VCC_Op_View_Too_Big: "This view has {0} users or more: at most {1} can be read at once. Narrow the view with a filter and try again.",
  VCC_Op_Template_Required: "Type the username of an existing VCC user to use as the template.",
  VCC_Op_Template_Not_Found: "No VCC user has the username '{0}'. Type the username of an existing VCC user, as it appears in User Admin in the VCC Admin Portal.",
  VCC_Op_Template_Archived: "The VCC user '{0}' is archived and cannot be a template: choose an active user.",
  VCC_Op_Agent_Id_Kept: "The user already has NVM Agent Id '{0}': it was not overwritten.",
  VCC_Op_Agent_Ids_Rate_Limited: "VCC asked to slow down (429): reading its agent IDs again shortly.",
  VCC_Op_Not_Sent_Licence_Limit: "not sent: VCC refused an earlier create of this job for the licence limit",
  VCC_Op_Not_Sent_Vcc_Down: "not sent: VCC stopped answering during this run",
  VCC_Op_Outcome_Unchecked: "the outcome could not be checked: {0}",
  VCC_Op_Job_Running: "Another job is running: started by {0} on {1}. One job runs at a time: wait until it ends (or cancel it), then try again.",
  VCC_Op_Cancelling: "Cancelling: the job stops after the users in flight.",
  VCC_Op_Job_Stopped_Before_User: "The job stopped before this user was processed: nothing was sent to VCC for this user. Run the view again to finish it.",
  VCC_Op_Apex_Job_Aborted: "The job's Apex job was stopped (Setup, Apex Jobs) before it finished. The users it did not reach end Cancelled: run the view again to finish them; nothing is created twice.",
  VCC_Op_User_Gone: "The Salesforce user no longer exists or is not visible to you: nothing was sent to VCC.",
  VCC_Op_Access_Refused: "Salesforce refused access to a record or field the tab needs (reference {0}): ask your Salesforce admin to assign you the VCC User Creation Admin permission set.",
  VCC_Op_Save_Failed: "Salesforce could not save the change (reference {0}): check that you hold the VCC User Creation Admin permission set, then try again.",
  VCC_Op_Unexpected: "Something went wrong in Salesforce (reference {0}): try again, and give the reference to your Salesforce admin if it happens again.",
  VCC_Op_Credential_Refused: "You cannot use the VCC credential yet: ask your Salesforce admin to assign you the VCC Named Credential Access permission set (it gives access to the VCC User Admin External Credential).",
  VCC_Op_Permission_Missing: "You need the Create VCC Users permission to use VCC User Creation: ask your Salesforce admin to assign you the VCC User Creation Admin permission set.",
  VCC_Op_Manage_Users_Missing: "Saving NVM Agent Ids on other users needs the Manage Users or Manage Internal Users permission: ask your Salesforce admin to add it to a permission set assigned to you, or have a user administrator generate the IDs.",
  VCC_Op_Restarted: "Restarted after an unexpected error ({0} of {1}, reference {2}).",
  VCC_Op_Agent_Ids_Stopped: "Generating the agent IDs stopped after an unexpected error (reference {0}). The IDs saved so far are kept: generate again to give the other users theirs.",
  VCC_Op_Job_Stopped: "The job stopped after an unexpected error (reference {0}). The users it did not reach end Cancelled: run the view again to finish them; nothing is created twice.",
  VCC_Op_Another_Admin: "another admin",
  VCC_Op_Notice_Vcc_Retrying: "VCC is not answering, retrying",
  VCC_Op_Notice_Rate_Limited: "VCC asked to slow down (429), continuing in a minute or more",
  VCC_Op_Not_Resent_Agent_Id: "{0}; no VCC user has this user's agent ID and the create was not sent again",
  VCC_Op_Not_Resent_Username: "{0}; no VCC user has this user's username and the create was not sent again",
  VCC_Op_No_Answer: "no answer",
  VCC_Op_Too_Many_Agent_Ids: "More than {0} Salesforce users hold an NVM Agent Id: too many to compare in one request. Ask your Salesforce partner to raise the limit, or clear the IDs of users who left.",
  VCC_Op_Fix_Assigned: "Permission set {0} assigned.",
  VCC_Op_Fix_Already_Had: "Already has the permission set {0}.",
  VCC_Op_Fix_Would_Assign: "Would assign the permission set {0} (dry run).",
  VCC_Op_Fix_Set: "Call center set to {0}.",
  VCC_Op_Fix_Already_Set: "Already in the call center {0}.",
  VCC_Op_Fix_Would_Set: "Would set the call center to {0} (dry run).",
  VCC_Op_Fix_Failed: "Could not apply {0}.",
  VCC_Op_Fix_Nothing: "Nothing to fix: name a permission set to assign or a call center to set.",
  VCC_Op_Fix_Choose_Users: "Choose the users to fix: a list view or user IDs.",
  VCC_Op_Fix_Blank_User_Id: "A user ID is blank: nothing was changed.",
  VCC_Op_Fix_Unknown_Users: "No user has the ID {0}: nothing was changed.",
  VCC_Op_Fix_No_Permission_Set: "No permission set is named '{0}': nothing was changed.",
  VCC_Op_Fix_Permission_Set_Ambiguous: "'{0}' names {1} permission sets ({2}): use the full API name. Nothing was changed.",
  VCC_Op_Fix_No_Call_Center: "No call center is named '{0}' (call centers: {1}): nothing was changed.",
  VCC_Op_Fix_None: "none",
  VCC_Op_Fix_Not_Saved: "The record could not be saved.",
  VCC_Op_Fix_No_Answer: "No answer for this user.",
  VCC_Op_Api_User_None: "No active user has an API user permission set ({0}): name the API user's username.",
  VCC_Op_Api_User_Many: "{0} users have an API user permission set ({1}): name the one VCC uses.",
  VCC_Op_Not_An_Id_Alone: "'{0}' is not a Salesforce ID.",
  VCC_Op_Agent_Id_Field_Missing: "The agent ID field {0} does not exist on User: check VCC Settings.",
  VCC_Op_Too_Many_Agent_Ids_Held: "more than {0} agent IDs in use: too many to hold here",
  VCC_Op_Probe_Not_Written: "not tried: the probe never writes",
  VCC_Op_Probe_Licence_Limit: "the API does not show the licence limit: a create past it is refused (LICENCE_LIMIT) unless {0} is on",
  VCC_Op_Probe_Overages_Setting: "Allow Overages in VCC Settings",
  VCC_Op_Probe_Agents: "{0} active users act as agents ({1} marked chargeable); {2}",
  VCC_Op_Probe_Token_Named_Credential: "a token for users:write through the Named Credential {0}",
  VCC_Op_Probe_Token: "a token for {0} from {1}",
  VCC_Op_Probe_No_User_List: "GET {0} answered without a list of users (no 'users' or 'items' array).",
  VCC_Op_Probe_Page_Base: "{0} (the first page is page {0})",
  VCC_Op_Probe_No_Page: "unknown: the answer has no meta.page",
  VCC_Op_Probe_First_Page: "{0} users on the first page of {1}",
  VCC_Op_Probe_Template_Not_Found: "No VCC user has the username '{0}'.",
  VCC_Op_Probe_No_Capacity: "unknown: the template has no capacity settings",
  VCC_Op_Probe_No_Skills: "unknown: the template has no skills",
  VCC_Op_Callouts_Spent: "the callouts of this transaction are spent ({0} made)",
  VCC_Op_Callout_Time_Spent: "the callout time of this transaction is spent ({0} s of callouts)",
  VCC_Op_No_Answer_After_Tries: "no answer after {0} tries",
  VCC_Op_Stopped_Calling: "Stopped calling VCC in this transaction: {0}.",
  VCC_Op_Rate_Limited_Wait: "VCC asks to slow down (HTTP 429{0}): the next calls wait {1} s.",
  VCC_Op_Not_Page_Token: "Not a page token: {0}",
  VCC_Op_Malformed_User_List: "a malformed list of users",
  VCC_Op_User_List_No_Total: "a list of users without meta.totalCount",
  VCC_Op_List_Incomplete: "VCC listed {0} {1} but counts {2} (meta.totalCount): the list is incomplete, so nothing was decided from it",
  VCC_Op_Not_Json_Object: "an answer that is not a JSON object",
  VCC_Op_User_Without_Id: "the answer has no userId or username",
  VCC_Op_Skill_Level_Not_Number: "a skill level that is not a number: {0}",
  VCC_Op_No_Permission_List: "No permission list is called {0}",
  VCC_Op_Vcc_Unreachable: "VCC at {0} cannot be reached ({1}): check the VCC region or URL and the network.",
  VCC_Op_No_Connection: "no connection",
  VCC_Op_Token_No_Answer: "VCC's token URL {0} did not answer ({1}).",
  VCC_Op_Token_Refused: "VCC refused the client ID and secret ({0}): check them.",
  VCC_Op_Token_Scope_Refused: "VCC would not grant the scope {0} ({1}): give the API client that scope.",
  VCC_Op_Token_Missing: "VCC gave no access token ({0}).",
  VCC_Op_Token_Url_Wrong: "The token URL {0} looks wrong: it answered HTTP {1} without a token. Check the VCC region or the token URL (it ends with /Auth/connect/token).",
  VCC_Op_Scope_Needed: "{0} (the API client needs the scope {1})",
  VCC_Op_Kept_Refusing: "{0} (VCC kept refusing for {1} s)",
  VCC_Op_Api_Url_Wrong: "{0} (the API URL {1}/useradmin looks wrong: check the VCC region or URL)",
  VCC_Op_List_Changed: "GET {0} gave {1} entries in {2} page(s) but meta.totalCount says {3}: the list changed or was cut short while it was read. Nothing was decided from a partial list: try again.",
  VCC_Op_No_List: "GET {0} answered without a list: expected an array named {1}.",
  VCC_Op_No_List_Short: "no list in the answer",
  VCC_Op_Not_A_Url: "'{0}' is not a URL",
  VCC_Op_Pace_Invalid: "The pace must be a number of requests per second from 0, not {0}",
  VCC_Op_Region_Invalid: "The VCC region must be one of {0}, not '{1}'.",
  VCC_Op_Users_Unknown: "No Salesforce user has the ID {0}.",
  VCC_Op_View_Not_Found: "No User list view has the ID '{0}'. Choose a view from the list.",
  VCC_Op_Job_Starting: "A job is being started: wait for it, then start again.",
  VCC_Op_Job_Still_Running: "Job {0} is still running: wait for it to end (or cancel it), then start again.",
  VCC_Op_Job_Locked: "Another job is running on {0}: job {1}, started {2} by process {3} on {4}. Wait for it to end (or cancel it: vcc-users job {1} --cancel), then start again.",
  VCC_Op_Notice_Retrying_Of: "VCC is not answering, retrying ({0} of {1})",
  VCC_Op_Notice_Retrying_Try: "VCC is not answering, retrying ({0})",
  VCC_Op_Notice_Slow_Down_Try: "VCC asks to slow down, retrying (try {0})",
  VCC_Op_No_Readiness: "This org cannot tell whether users are ready to take calls.",
  VCC_Op_Not_A_Username: "'{0}' is not a Salesforce username.",
  VCC_Op_Demo_No_Permission_Set_Id: "No permission set has the ID '{0}'.",
  VCC_Op_Demo_Duplicate_Assignment: "DUPLICATE_VALUE: the user already has this permission set.",
  VCC_Op_Demo_No_Call_Center_Id: "No call center has the ID '{0}'.",
  VCC_Op_Demo_State_Stale: "{0} changed since the demo org state {1} was saved: starting from the file again (agent IDs given since are dropped; {2} jobs kept).",
  VCC_Op_Demo_No_Readiness: 'The org data file has no "readiness" section (permission sets, profiles, assignments: see data/README.md), so readiness cannot be checked or fixed.',
  VCC_Op_Demo_State_Invalid: "The demo org state {0} is not valid JSON ({1}): remove it to start from the data file again.",
  VCC_Op_Data_File_Unreadable: "Cannot read the org data file {0}: {1}",
  VCC_Op_Data_File_Name: "The org data file {0}",
  VCC_Op_Data_File_Not_Org_Data: '{0} is not org data: it needs "users" and "listViews" arrays.',
  VCC_Op_Data_File_User_Fields: '{0}: users[{1}] needs "id" and "username".',
  VCC_Op_Not_Valid_Json: "{0} is not valid JSON{1}: {2}",
  VCC_Op_Json_Place: "line {0}, column {1} (position {2})",
  VCC_Op_Not_A_Field: "'{0}' is not a field API name.",
  VCC_Op_Sf_Not_Installed: "The sf CLI is not installed: install @salesforce/cli, or set SF_ACCESS_TOKEN and SF_INSTANCE_URL.",
  VCC_Op_Sf_Display_Failed: "sf org display --target-org {0} failed: {1}",
  VCC_Op_Sf_No_Login: "The sf CLI has no login for '{0}'{1}: run sf org login web --alias {0}.",
  VCC_Op_Not_User_View: "The list view '{0}' is not a view of Users.",
  VCC_Op_Job_Not_Saved: "The job could not be saved: {0}",
  VCC_Op_No_Reason: "no reason given",
  VCC_Op_Results_Not_Saved: "{0} result records could not be saved: {1}",
  VCC_Op_Session_Expired: "The Salesforce session has expired or is invalid: log in again (sf org login web) or renew SF_ACCESS_TOKEN.",
  VCC_Op_Salesforce_Refused: "Salesforce refused the request{0}: {1}",
  VCC_Op_Not_An_Id_Of: "'{0}' is not a Salesforce {1} ID.",
  VCC_Op_Job_Reservation: "new job of process {0}",
  VCC_Op_Demo_Duplicate_Agent_Id: "duplicate value found: NVM_Agent_Id__c duplicates value on record with id: {0}"
};

var STATUS_COUNT = {
  Created: "created",
  Updated: "updated",
  AlreadyLinked: "alreadyLinked",
  PartiallyCreated: "partiallyCreated",
  Skipped: "skipped",
  Failed: "failed",
  Cancelled: "cancelled"
};
function countStatuses(results) {
  const counts = {
    created: 0,
    updated: 0,
    alreadyLinked: 0,
    partiallyCreated: 0,
    skipped: 0,
    failed: 0,
    cancelled: 0
  };
  for (const result of results) {
    const key = STATUS_COUNT[result.status];
    if (key === void 0) {
      throw new Error(`Unknown result status '${String(result.status)}'`);
    }
    counts[key]++;
  }
  return counts;
}
function allComplete(results) {
  return results.every((result) => COMPLETE_STATUSES.includes(result.status));
}
function secondsLeft(job, nowMs) {
  if (job.status !== "Running" || job.processed < 3 || job.startedAt === null) {
    return null;
  }
  const started = Date.parse(job.startedAt);
  const elapsed = (nowMs - started) / 1e3;
  if (!Number.isFinite(elapsed) || elapsed < 5) {
    return null;
  }
  const rate = job.processed / elapsed;
  return Math.max(0, Math.ceil((job.total - job.processed) / rate));
}
var UNFINISHED_JOB_STATUSES = ["Queued", "Running"];
function isJobUnfinished(status) {
  return UNFINISHED_JOB_STATUSES.includes(status);
}
var RETRY_STATUSES = ["Failed", "PartiallyCreated", "Cancelled"];
function retryCount(job) {
  const counted = RETRY_STATUSES.reduce((sum, status) => sum + (job[STATUS_COUNT[status]] ?? 0), 0);
  const unreached = isJobUnfinished(job.status) ? 0 : Math.max(0, (job.total ?? 0) - (job.processed ?? 0));
  return counted + unreached;
}

var AgentIdError = class extends Error {
  constructor(code, message) {
    super(message);
    this.name = "AgentIdError";
    this.code = code;
  }
};
function maxAgentId(maxDigits = AGENT_ID_MAX_DIGITS) {
  checkMaxDigits(maxDigits);
  return 10 ** maxDigits - 1;
}
function validateStartingId(value, maxDigits = AGENT_ID_MAX_DIGITS) {
  const max = maxAgentId(maxDigits);
  const range = format(LABELS.VCC_Rule_Start_Range, max);
  if (value === void 0 || value === null) {
    return { valid: true, value: 1, message: null };
  }
  let text;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) {
      return invalid(format(LABELS.VCC_Rule_Start_Not_Whole, value, range));
    }
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim();
  } else {
    return invalid(format(LABELS.VCC_Rule_Start_Must_Be, range));
  }
  if (text === "") {
    return invalid(format(LABELS.VCC_Rule_Start_Required, range));
  }
  if (!isDigits(text)) {
    return invalid(format(LABELS.VCC_Rule_Start_Not_Whole, text, range));
  }
  const digits = stripLeadingZeros(text);
  const number = digits.length > maxDigits ? Number.POSITIVE_INFINITY : Number(digits);
  if (number < 1 || number > max) {
    return invalid(format(LABELS.VCC_Rule_Start_Out_Of_Range, digits, range));
  }
  return { valid: true, value: number, message: null };
}
function generateAgentIds(users, options = {}) {
  const maxDigits = options.maxDigits ?? AGENT_ID_MAX_DIGITS;
  const max = maxAgentId(maxDigits);
  const start = validateStartingId(options.startingId, maxDigits);
  if (!start.valid) {
    throw new AgentIdError("STARTING_ID_INVALID", start.message);
  }
  const first = start.value;
  const { needing, taken } = splitUsers(users, first, maxDigits);
  if (needing.length === 0) {
    return [];
  }
  for (const id of options.idsInUse ?? []) {
    const n = idNumber(id, maxDigits);
    if (n >= first) {
      taken.push(n);
    }
  }
  const size = Math.min(needing.length + taken.length, max - first + 1);
  const used = new Uint8Array(size);
  for (const n of taken) {
    if (n - first < size) {
      used[n - first] = 1;
    }
  }
  const assignments = [];
  let offset = 0;
  for (const userId of needing) {
    while (offset < size && used[offset] === 1) {
      offset++;
    }
    if (offset >= size || first + offset > max) {
      throw exhausted(needing.length, first, max, used);
    }
    assignments.push({ userId, agentId: String(first + offset) });
    offset++;
  }
  return assignments;
}
function splitUsers(users, first, maxDigits) {
  const seen = /* @__PURE__ */ new Set();
  const needing = [];
  const taken = [];
  for (const user of users) {
    if (seen.has(user.id)) {
      continue;
    }
    seen.add(user.id);
    if (trimToNull(user.agentId) === null) {
      needing.push(user.id);
    } else {
      const n = idNumber(user.agentId, maxDigits);
      if (n >= first) {
        taken.push(n);
      }
    }
  }
  return { needing, taken };
}
function idNumber(id, maxDigits) {
  const text = trimToNull(id);
  if (text === null || !isDigits(text)) {
    return -1;
  }
  const digits = stripLeadingZeros(text);
  return digits.length > maxDigits ? -1 : Number(digits);
}
function exhausted(needed, first, max, used) {
  let free = 0;
  for (let i = 0; i < used.length; i++) {
    free += used[i] === 1 ? 0 : 1;
  }
  const users = needed === 1 ? LABELS.VCC_Rule_Agent_Ids_Needed_One : format(LABELS.VCC_Rule_Agent_Ids_Needed_Many, needed);
  return new AgentIdError(
    "AGENT_ID_RANGE_EXHAUSTED",
    format(LABELS.VCC_Rule_Agent_Ids_Exhausted, users, free, first, max)
  );
}
function checkMaxDigits(maxDigits) {
  if (!Number.isInteger(maxDigits) || maxDigits < 1 || maxDigits > 15) {
    throw new RangeError(format(LABELS.VCC_Rule_Agent_Ids_Max_Digits, String(maxDigits)));
  }
}
function invalid(message) {
  return { valid: false, value: null, message };
}

function needsAgentId(role, actsAsAgent) {
  return role === "Agent" || actsAsAgent === true;
}
var EXTENSION = /\s*(?:x|ext\.?|extension)\s*(\d+)\s*$/i;
var PHONE_PUNCTUATION = /[\s\-.()]/g;
var PHONE_DIGITS = /^\d{7,15}$/;
function splitPhone(phone) {
  const text = trimToNull(phone);
  if (text === null) {
    return { number: null, extension: null };
  }
  const extension = EXTENSION.exec(text);
  const number = (extension ? text.slice(0, extension.index) : text).replace(PHONE_PUNCTUATION, "");
  return { number: number === "" ? null : number, extension: extension ? extension[1] : null };
}
function normalizePhone(phone) {
  let digits = splitPhone(phone).number;
  if (digits === null) {
    return null;
  }
  if (digits.startsWith("+")) {
    digits = digits.slice(1);
  }
  return PHONE_DIGITS.test(digits) ? digits : null;
}
var USERNAME = /^[A-Za-z0-9._@+-]+$/;
function isValidUsername(username) {
  return typeof username === "string" && USERNAME.test(username);
}
var AGENT_ID = /^\d{1,10}$/;
var PLATFORM_LICENSE = /platform|force\.com/i;
function checkUsers(users, context) {
  const index = indexView(users, context);
  return users.map((user) => ({ userId: user.id, issues: userIssues(user, index) }));
}
function indexView(users, context) {
  const viewIds = /* @__PURE__ */ new Set();
  const keyCount = /* @__PURE__ */ new Map();
  const viewUsernames = /* @__PURE__ */ new Set();
  for (const user of users) {
    viewIds.add(user.id);
    const key = agentIdKey(user.agentId);
    if (key !== null) {
      keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
    }
    const name = usernameKey(user.username);
    if (name !== null) {
      viewUsernames.add(name);
    }
  }
  const usedInSalesforce = /* @__PURE__ */ new Set();
  for (const other of context.orgAgentIds ?? []) {
    const key = agentIdKey(other.agentId);
    if (key !== null && keyCount.has(key) && !viewIds.has(other.userId)) {
      usedInSalesforce.add(key);
    }
  }
  const index = {
    needsAgentId: context.needsAgentId,
    keyCount,
    usedInSalesforce,
    vccByUsername: /* @__PURE__ */ new Map(),
    vccHolders: /* @__PURE__ */ new Map()
  };
  indexVccUsers(context, viewUsernames, index);
  return index;
}
function indexVccUsers(context, viewUsernames, index) {
  for (const vccUser of context.vccUsers ?? []) {
    const name = usernameKey(vccUser.username);
    const key = agentIdKey(vccUser.agentId);
    if (name !== null && viewUsernames.has(name) && !index.vccByUsername.has(name)) {
      index.vccByUsername.set(name, key);
    }
    if (key !== null && index.keyCount.has(key)) {
      const holders = index.vccHolders.get(key);
      if (holders) {
        holders.push(name ?? "");
      } else {
        index.vccHolders.set(key, [name ?? ""]);
      }
    }
  }
}
function userIssues(user, index) {
  const issues = [];
  const phone = trimToNull(user.phone);
  const username = trimToNull(user.username);
  const name = usernameKey(username);
  if (phone === null) {
    issues.push(issue("PHONE_MISSING", LABELS.VCC_Rule_Issue_Phone_Missing));
  } else if (normalizePhone(phone) === null) {
    issues.push(issue("PHONE_INVALID", format(LABELS.VCC_Rule_Issue_Phone_Invalid, phone)));
  }
  const agentId = trimToNull(user.agentId);
  const key = agentIdKey(agentId);
  agentIdIssues(agentId, key, name, index, issues);
  if (name !== null && index.vccByUsername.has(name)) {
    if (index.vccByUsername.get(name) === key) {
      issues.push(issue("ALREADY_LINKED", LABELS.VCC_Rule_Issue_Already_Linked));
    } else {
      issues.push(issue("VCC_USER_EXISTS", format(LABELS.VCC_Rule_Issue_Vcc_User_Exists, username)));
    }
  }
  if (!isValidUsername(username)) {
    issues.push(
      issue("USERNAME_INVALID", format(LABELS.VCC_Rule_Issue_Username_Invalid, user.username ?? ""))
    );
  }
  if (trimToNull(user.email) === null) {
    issues.push(issue("EMAIL_MISSING", LABELS.VCC_Rule_Issue_Email_Missing));
  }
  if (user.isActive === false) {
    issues.push(issue("USER_INACTIVE", LABELS.VCC_Rule_Issue_User_Inactive));
  }
  if (trimToNull(user.callCenterId) === null) {
    issues.push(issue("CALL_CENTER_MISSING", LABELS.VCC_Rule_Issue_Call_Center_Missing));
  }
  const license = trimToNull(user.licenseName);
  if (license !== null && PLATFORM_LICENSE.test(license)) {
    issues.push(issue("PLATFORM_LICENSE", format(LABELS.VCC_Rule_Issue_Platform_License, license)));
  }
  return issues;
}
function agentIdIssues(agentId, key, name, index, issues) {
  if (agentId === null) {
    if (index.needsAgentId) {
      issues.push(issue("AGENT_ID_MISSING", LABELS.VCC_Rule_Issue_Agent_Id_Missing));
    }
    return;
  }
  if (!AGENT_ID.test(agentId)) {
    issues.push(issue("AGENT_ID_INVALID", format(LABELS.VCC_Rule_Issue_Agent_Id_Invalid, agentId)));
  }
  if (key === null) {
    return;
  }
  if ((index.keyCount.get(key) ?? 0) > 1) {
    issues.push(issue("AGENT_ID_DUPLICATE", format(LABELS.VCC_Rule_Issue_Agent_Id_Duplicate, agentId)));
  }
  const heldInVcc = (index.vccHolders.get(key) ?? []).some((holder) => holder !== name);
  if (index.usedInSalesforce.has(key) || heldInVcc) {
    issues.push(issue("AGENT_ID_IN_USE", format(LABELS.VCC_Rule_Issue_Agent_Id_In_Use, agentId)));
  }
}
function issue(code, message) {
  return { code, severity: ISSUE_SEVERITY[code], message };
}
function summarizeChecks(checks) {
  const summary = { total: checks.length, withErrors: 0, withWarnings: 0, alreadyLinked: 0 };
  for (const check of checks) {
    if (check.issues.some((issue3) => issue3.severity === "error")) {
      summary.withErrors++;
    } else if (check.issues.some((issue3) => issue3.severity === "warning")) {
      summary.withWarnings++;
    }
    if (check.issues.some((issue3) => issue3.code === "ALREADY_LINKED")) {
      summary.alreadyLinked++;
    }
  }
  return summary;
}

function resultStatus(code) {
  switch (code) {
    case "CREATED":
      return "Created";
    case "UPDATED":
      return "Updated";
    case "ALREADY_LINKED":
      return "AlreadyLinked";
    case "PARTIALLY_CREATED":
      return "PartiallyCreated";
    case "SKIPPED":
      return "Skipped";
    case "CANCELLED":
      return "Cancelled";
    default:
      return "Failed";
  }
}
function vccErrorMessage(body) {
  if (body === null || body === void 0) {
    return null;
  }
  if (typeof body === "object") {
    const message = body.message;
    return typeof message === "string" ? trimToNull(message) : null;
  }
  const text = trimToNull(body);
  if (text === null) {
    return null;
  }
  if (text.startsWith("{")) {
    try {
      return vccErrorMessage(JSON.parse(text));
    } catch {
      return text;
    }
  }
  return text;
}
var CONFLICT = /already|exist|in use|taken|duplicate|unique/i;
var AGENT_ID_WORDS = /agent\s*(display\s*)?id|agentdisplayid/i;
var USERNAME_WORDS = /user\s*name/i;
var PHONE_REQUIRED = /(telephon|phone)[^.]*\b(required|missing|empty)\b|\b(required|missing|without)\b[^.]*(telephon|phone)/i;
var LICENCE_WORDS = /licen[cs]e|overage/i;
function classifyVccError(status, body, unreachable = false) {
  if (status === null || status === void 0 || status === 0) {
    return unreachable === true ? "VCC_UNREACHABLE" : "VCC_UNAVAILABLE";
  }
  if (status === 408 || status >= 500) {
    return "VCC_UNAVAILABLE";
  }
  if (status === 401) {
    return "UNAUTHORIZED";
  }
  if (status === 429) {
    return "RATE_LIMITED";
  }
  const message = vccErrorMessage(body) ?? "";
  if (LICENCE_WORDS.test(message)) {
    return "LICENCE_LIMIT";
  }
  if (status === 403) {
    return "FORBIDDEN";
  }
  if (CONFLICT.test(message)) {
    if (AGENT_ID_WORDS.test(message)) {
      return "AGENT_ID_IN_USE";
    }
    if (USERNAME_WORDS.test(message)) {
      return "VCC_USER_EXISTS";
    }
  }
  if (PHONE_REQUIRED.test(message)) {
    return "PHONE_MISSING";
  }
  return "INVALID_REQUEST";
}
function resultMessage(code, details = {}) {
  const message = MESSAGES[code];
  if (message === void 0) {
    throw new Error(format(LABELS.VCC_Rule_Result_Unknown_Code, String(code)));
  }
  return message(details);
}
function quoted(details) {
  const vccMessage = trimToNull(details.vccMessage);
  return vccMessage === null ? "" : " " + format(LABELS.VCC_Rule_Result_Vcc_Words, vccMessage);
}
function listOr(items, fallback) {
  return items && items.length > 0 ? items.join(", ") : fallback;
}
function createdMessage(details) {
  const agentId = trimToNull(details.agentId);
  if (agentId === null) {
    return LABELS.VCC_Rule_Result_Created;
  }
  if (details.agentIdNotSent === true) {
    return format(LABELS.VCC_Rule_Result_Created_Agent_Id_Not_Sent, agentId);
  }
  return format(LABELS.VCC_Rule_Result_Created_Agent_Id, agentId);
}
function skippedMessage(details) {
  const codes = details.issueCodes ?? [];
  return codes.length === 0 ? LABELS.VCC_Rule_Result_Skipped : format(LABELS.VCC_Rule_Result_Skipped_Because, codes.join(", "));
}
function userExistsMessage(details) {
  const username = trimToNull(details.username);
  return username === null ? LABELS.VCC_Rule_Result_Vcc_User_Exists : format(LABELS.VCC_Rule_Result_Vcc_User_Exists_Named, username);
}
function invalidRequestMessage(details) {
  const vccMessage = trimToNull(details.vccMessage);
  const reason = vccMessage === null ? LABELS.VCC_Rule_Result_No_Reason : withoutFinalStop(vccMessage);
  return format(LABELS.VCC_Rule_Result_Invalid_Request, reason);
}
var MESSAGES = {
  CREATED: createdMessage,
  UPDATED: (details) => format(LABELS.VCC_Rule_Result_Updated, listOr(details.added, LABELS.VCC_Rule_Result_Updated_Default)),
  ALREADY_LINKED: () => LABELS.VCC_Rule_Result_Already_Linked,
  SKIPPED: skippedMessage,
  CANCELLED: () => LABELS.VCC_Rule_Result_Cancelled,
  PARTIALLY_CREATED: (details) => format(
    LABELS.VCC_Rule_Result_Partially_Created,
    listOr(details.missing, LABELS.VCC_Rule_Result_Partially_Created_Default),
    quoted(details)
  ),
  VCC_USER_EXISTS: userExistsMessage,
  AGENT_ID_IN_USE: (details) => format(LABELS.VCC_Rule_Result_Agent_Id_In_Use, trimToNull(details.agentId) ?? ""),
  PHONE_MISSING: () => LABELS.VCC_Rule_Result_Phone_Missing,
  LICENCE_LIMIT: (details) => format(LABELS.VCC_Rule_Result_Licence_Limit, quoted(details)),
  INVALID_REQUEST: invalidRequestMessage,
  UNAUTHORIZED: () => LABELS.VCC_Rule_Result_Unauthorized,
  FORBIDDEN: () => LABELS.VCC_Rule_Result_Forbidden,
  RATE_LIMITED: () => LABELS.VCC_Rule_Result_Rate_Limited,
  VCC_UNREACHABLE: (details) => format(
    LABELS.VCC_Rule_Result_Vcc_Unreachable,
    trimToNull(details.host) ?? LABELS.VCC_Rule_Result_Its_Address,
    quoted(details)
  ),
  VCC_UNAVAILABLE: (details) => format(LABELS.VCC_Rule_Result_Vcc_Unavailable, quoted(details))
};
function withoutFinalStop(text) {
  return text.replace(/[.!]+$/, "");
}
var CSV_COLUMNS = [
  ["userId", LABELS.VCC_Rule_Csv_User_Id],
  ["username", LABELS.VCC_Rule_Csv_Username],
  ["status", LABELS.VCC_Rule_Csv_Status],
  ["code", LABELS.VCC_Rule_Csv_Code],
  ["message", LABELS.VCC_Rule_Csv_Message],
  ["agentId", LABELS.VCC_Rule_Csv_Agent_Id],
  ["vccUserId", LABELS.VCC_Rule_Csv_Vcc_User_Id]
];
var FORMULA_START = /^[=+\-@\t\r]/;
function csvCell(value) {
  let text = value === null || value === void 0 ? "" : String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function resultsToCsv(results) {
  const lines = [
    CSV_COLUMNS.map(([, header]) => csvCell(header)).join(","),
    ...results.map((row) => CSV_COLUMNS.map(([column]) => csvCell(row[column])).join(","))
  ];
  return lines.join("\r\n") + "\r\n";
}
var FAILING_ISSUES = ["PHONE_MISSING", "AGENT_ID_IN_USE", "VCC_USER_EXISTS"];
function preflight(issues, details = {}) {
  if (issues.some((issue3) => issue3.code === "ALREADY_LINKED")) {
    return {
      status: "AlreadyLinked",
      code: "ALREADY_LINKED",
      message: resultMessage("ALREADY_LINKED", details)
    };
  }
  const errors = issues.filter((issue3) => ISSUE_SEVERITY[issue3.code] === "error").map((issue3) => issue3.code);
  if (errors.length === 0) {
    return null;
  }
  const failing = errors.find((code2) => FAILING_ISSUES.includes(code2));
  if (failing === void 0) {
    return {
      status: "Skipped",
      code: "SKIPPED",
      message: resultMessage("SKIPPED", { ...details, issueCodes: errors })
    };
  }
  const code = failing;
  const others = errors.filter((other) => other !== failing);
  const also = others.length === 0 ? "" : " " + format(LABELS.VCC_Rule_Result_Also_Fix, others.join(", "));
  return { status: "Failed", code, message: resultMessage(code, details) + also };
}

var TASK_FIELD_ACCESS = [
  { field: "WhoId", label: "Name", access: "edit" },
  { field: "WhatId", label: "Related To", access: "edit" },
  { field: "CallObject", label: "Call Object Identifier", access: "read" },
  { field: "CallType", label: "Call Type", access: "read" },
  { field: "CallDurationInSeconds", label: "Call Duration", access: "read" },
  { field: "Description", label: "Comments", access: "edit" },
  { field: "Type", label: "Type", access: "edit" },
  { field: "Status", label: "Status", access: "edit" },
  { field: "ReminderDateTime", label: "Reminder", access: "edit" },
  { field: "OwnerId", label: "Assigned To", access: "edit" },
  { field: "Subject", label: "Subject", access: "edit" },
  { field: "ActivityDate", label: "Due Date", access: "edit" }
];
var DEFAULT_READINESS_SETTINGS = {
  agentPermissionSets: ["ContactWorld_Agent", "NVM_Agent", "VCC_Agent"],
  supervisorPermissionSets: ["ContactWorld_Supervisor", "NVM_Supervisor", "VCC_Supervisor"],
  taskAccessPermissionSet: "VCC_Task_Field_Access",
  usersTakeCalls: true,
  apiUserPermissionSets: ["ContactWorld_API_User", "NVM_API_User", "VCC_API_User"]
};
function bareName(name) {
  const index = name.indexOf("__");
  return (index > 0 ? name.slice(index + 2) : name).toLowerCase();
}
function permissionSetMatches(set, names) {
  const full = set.name.toLowerCase();
  const bare = bareName(set.name);
  const label = (set.label ?? "").toLowerCase();
  return names.some((wanted) => {
    const key = wanted.trim().toLowerCase();
    return key !== "" && (key === full || bareName(key) === bare || key === label);
  });
}
var PLATFORM_LICENSE2 = /platform|force\.com/i;
function isPlatformLicense(licenseName) {
  const text = trimToNull(licenseName);
  return text !== null && PLATFORM_LICENSE2.test(text);
}
function missingTaskFields(user, sets, unpermissionable = /* @__PURE__ */ new Set()) {
  const granted = /* @__PURE__ */ new Map();
  for (const id of user.permissionSetIds) {
    for (const permission of sets.get(id)?.taskFields ?? []) {
      const field = permission.field.replace(/^Task\./i, "").toLowerCase();
      if (permission.edit) {
        granted.set(field, "edit");
      } else if (permission.read && !granted.has(field)) {
        granted.set(field, "read");
      }
    }
  }
  return TASK_FIELD_ACCESS.filter(({ field, access }) => {
    const key = field.toLowerCase();
    if (unpermissionable.has(key)) {
      return false;
    }
    const has2 = granted.get(key);
    return has2 === void 0 || access === "edit" && has2 !== "edit";
  }).map(
    ({ field, label, access }) => format(
      LABELS.VCC_Rule_Ready_Task_Field,
      label,
      field,
      access === "edit" ? LABELS.VCC_Rule_Ready_Access_Edit : LABELS.VCC_Rule_Ready_Access_Read
    )
  );
}
function issue2(code, message, remedy, fix) {
  return { code, severity: code === "PLATFORM_LICENSE" ? "warning" : "error", message, remedy, fix };
}
function checkReadiness(facts, settings) {
  const sets = new Map(facts.permissionSets.map((set) => [set.id, set]));
  const unpermissionable = new Set(
    (facts.unpermissionableFields ?? []).map((f) => f.replace(/^Task\./i, "").toLowerCase())
  );
  return facts.users.map((user) => {
    const issues = userIssues2(user, sets, unpermissionable, settings);
    return { userId: user.id, ready: issues.every((one) => one.severity !== "error"), issues };
  });
}
function userIssues2(user, sets, unpermissionable, settings) {
  const issues = [];
  if (!user.isActive) {
    issues.push(issue2("USER_INACTIVE", LABELS.VCC_Rule_Ready_Inactive, LABELS.VCC_Rule_Fix_Activate, null));
  }
  const assigned = user.permissionSetIds.map((id) => sets.get(id)).filter((set) => set !== void 0);
  const isAgent = assigned.some((set) => permissionSetMatches(set, settings.agentPermissionSets));
  const isSupervisor = assigned.some((set) => permissionSetMatches(set, settings.supervisorPermissionSets));
  if (!isAgent && !isSupervisor) {
    const names = [...settings.agentPermissionSets, ...settings.supervisorPermissionSets].join(", ");
    issues.push(
      issue2(
        "VCC_PERMISSION_SET_MISSING",
        LABELS.VCC_Rule_Ready_No_Permission_Set,
        format(LABELS.VCC_Rule_Ready_No_Permission_Set_Fix, names),
        "assignPermissionSet"
      )
    );
  }
  issues.push(...taskIssues(missingTaskFields(user, sets, unpermissionable), settings));
  if (trimToNull(user.callCenterId) === null) {
    issues.push(
      issue2(
        "CALL_CENTER_MISSING",
        LABELS.VCC_Rule_Ready_No_Call_Center,
        LABELS.VCC_Rule_Ready_No_Call_Center_Fix,
        "setCallCenter"
      )
    );
  }
  issues.push(...phoneIssues(user, isAgent || !isSupervisor && settings.usersTakeCalls !== false));
  if (isPlatformLicense(user.licenseName)) {
    issues.push(
      issue2(
        "PLATFORM_LICENSE",
        format(LABELS.VCC_Rule_Ready_Platform_Licence, String(user.licenseName)),
        LABELS.VCC_Rule_Ready_Platform_Licence_Fix,
        null
      )
    );
  }
  return issues;
}
function taskIssues(missing, settings) {
  if (missing.length === 0) {
    return [];
  }
  const set = trimToNull(settings.taskAccessPermissionSet);
  const lacks = missing.length === 1 ? LABELS.VCC_Rule_Ready_Task_Access_One : LABELS.VCC_Rule_Ready_Task_Access_Many;
  return [
    issue2(
      "TASK_FIELD_ACCESS_MISSING",
      format(lacks, missing.length, missing.join("; ")),
      set === null ? LABELS.VCC_Rule_Ready_Task_Access_Fix : format(LABELS.VCC_Rule_Ready_Task_Access_Fix_Named, set),
      "assignTaskAccess"
    )
  ];
}
function phoneIssues(user, isAgent) {
  if (!isAgent) {
    return [];
  }
  if (trimToNull(user.phone) === null) {
    return [issue2("PHONE_MISSING", LABELS.VCC_Rule_Ready_No_Phone, LABELS.VCC_Rule_Ready_No_Phone_Fix, null)];
  }
  if (normalizePhone(user.phone) === null) {
    return [
      issue2(
        "PHONE_INVALID",
        format(LABELS.VCC_Rule_Ready_Phone_Invalid, String(user.phone)),
        LABELS.VCC_Rule_Ready_Phone_Invalid_Fix,
        null
      )
    ];
  }
  return [];
}

function requirement(code, outcome, detail, fix, recommended = false) {
  return { code, outcome, recommended, detail, fix: outcome === "pass" ? null : fix };
}
function flag(value, good) {
  return value === null ? "cannotTell" : value === good ? "pass" : "fail";
}
var PRIVATE = /^(private|none)$/i;
function checkApiUser(facts) {
  if (!facts.found) {
    const missing = requirement(
      "USER_FOUND",
      "fail",
      format(LABELS.VCC_Rule_Api_Not_Found, facts.username),
      LABELS.VCC_Rule_Api_Not_Found_Fix
    );
    return { username: facts.username, ok: false, requirements: [missing] };
  }
  const requirements = [...accountRequirements(facts), ...permissionRequirements(facts)];
  const ok = requirements.every((one) => one.recommended || one.outcome !== "fail");
  return { username: facts.username, ok, requirements };
}
function accountRequirements(facts) {
  const profile = facts.profileName ?? LABELS.VCC_Rule_Api_Its_Profile;
  const licence = facts.licenseName;
  const hours = facts.loginHoursRestricted;
  const ranges = facts.loginIpRangeCount;
  return [
    requirement("USER_FOUND", "pass", format(LABELS.VCC_Rule_Api_Found, facts.username), ""),
    requirement(
      "ACTIVE",
      flag(facts.isActive, true),
      facts.isActive === false ? LABELS.VCC_Rule_Ready_Inactive : LABELS.VCC_Rule_Api_Active,
      LABELS.VCC_Rule_Fix_Activate
    ),
    requirement(
      "NOT_FROZEN",
      flag(facts.isFrozen, false),
      facts.isFrozen === null ? LABELS.VCC_Rule_Api_Frozen_Unknown : facts.isFrozen ? LABELS.VCC_Rule_Api_Frozen : LABELS.VCC_Rule_Api_Not_Frozen,
      LABELS.VCC_Rule_Api_Unfreeze_Fix
    ),
    requirement(
      "SALESFORCE_LICENCE",
      licence === null ? "cannotTell" : isPlatformLicense(licence) ? "fail" : "pass",
      licence === null ? LABELS.VCC_Rule_Api_Licence_Unknown : format(LABELS.VCC_Rule_Api_Licence, licence),
      LABELS.VCC_Rule_Api_Licence_Fix
    ),
    requirement(
      "LOGIN_HOURS",
      flag(hours, false),
      hours === null ? LABELS.VCC_Rule_Api_Hours_Unknown : hours ? format(LABELS.VCC_Rule_Api_Hours, profile) : LABELS.VCC_Rule_Api_No_Hours,
      format(LABELS.VCC_Rule_Api_Hours_Fix, profile)
    ),
    requirement(
      "IP_RANGES",
      ranges === null ? "cannotTell" : ranges > 0 ? "fail" : "pass",
      ranges === null ? LABELS.VCC_Rule_Api_Ranges_Unknown : ranges > 0 ? format(LABELS.VCC_Rule_Api_Ranges, profile, ranges) : LABELS.VCC_Rule_Api_No_Ranges,
      format(LABELS.VCC_Rule_Api_Ranges_Fix, profile)
    )
  ];
}
function permissionRequirements(facts) {
  const p = facts.permissions;
  const grant = (name) => format(LABELS.VCC_Rule_Api_Grant_Fix, name);
  const permission = (code, value, name, recommended = false) => requirement(code, flag(value, true), has(value, name), grant(name), recommended);
  return [
    permission("API_ENABLED", p.apiEnabled, LABELS.VCC_Rule_Api_Perm_Api_Enabled),
    permission("EDIT_TASKS", p.editTask, LABELS.VCC_Rule_Api_Perm_Edit_Tasks),
    permission("VIEW_ALL_USERS", p.viewAllUsers, LABELS.VCC_Rule_Api_Perm_View_All_Users),
    viewAllData(facts, grant(LABELS.VCC_Rule_Api_Perm_View_All_Data)),
    modifyAllData(facts, grant(LABELS.VCC_Rule_Api_Perm_Modify_All_Data)),
    permission(
      "PASSWORD_NEVER_EXPIRES",
      p.passwordNeverExpires,
      LABELS.VCC_Rule_Api_Perm_Password_Never_Expires,
      true
    )
  ];
}
function has(value, name) {
  if (value === null) {
    return format(LABELS.VCC_Rule_Api_Permission_Unknown, name);
  }
  return format(value ? LABELS.VCC_Rule_Api_Permission_Has : LABELS.VCC_Rule_Api_Permission_Lacks, name);
}
function viewAllData(facts, fix) {
  const value = facts.permissions.viewAllData;
  if (value === true) {
    return requirement("VIEW_ALL_DATA", "pass", has(true, LABELS.VCC_Rule_Api_Perm_View_All_Data), fix);
  }
  if (facts.orgWideDefaults === null) {
    return requirement("VIEW_ALL_DATA", "cannotTell", LABELS.VCC_Rule_Api_Defaults_Unknown, fix);
  }
  const privates = Object.keys(facts.orgWideDefaults).filter((object) => PRIVATE.test(facts.orgWideDefaults[object])).sort();
  if (privates.length === 0) {
    return requirement("VIEW_ALL_DATA", "pass", LABELS.VCC_Rule_Api_View_All_Not_Needed, fix);
  }
  const needed = value === null ? LABELS.VCC_Rule_Api_View_All_Needed : LABELS.VCC_Rule_Api_View_All_Needed_Lacks;
  return requirement(
    "VIEW_ALL_DATA",
    value === null ? "cannotTell" : "fail",
    format(needed, privates.join(", ")),
    fix
  );
}
function modifyAllData(facts, fix) {
  const value = facts.permissions.modifyAllData;
  const answer = facts.dataConnectorInserts;
  if (answer === null) {
    return requirement(
      "MODIFY_ALL_DATA",
      "cannotTell",
      format(
        LABELS.VCC_Rule_Api_Modify_Unanswered,
        value === true ? LABELS.VCC_Rule_Api_Modify_User_Has : value === false ? LABELS.VCC_Rule_Api_Modify_User_Lacks : LABELS.VCC_Rule_Api_Modify_User_Unknown
      ),
      format(LABELS.VCC_Rule_Api_Modify_Answer_Fix, fix)
    );
  }
  if (!answer) {
    return requirement("MODIFY_ALL_DATA", "pass", LABELS.VCC_Rule_Api_Modify_Not_Needed, fix);
  }
  return requirement(
    "MODIFY_ALL_DATA",
    flag(value, true),
    value === null ? LABELS.VCC_Rule_Api_Modify_Unknown : value ? has(true, LABELS.VCC_Rule_Api_Perm_Modify_All_Data) : LABELS.VCC_Rule_Api_Modify_Lacks,
    fix
  );
}

var VIEW_SORTS = [
  "name",
  "username",
  "phone",
  "agentId",
  "callCenter",
  "issues"
];
var DEFAULT_PAGE_SIZE = 50;
var MAX_PAGE_SIZE = 200;
var MAX_SEARCH_LENGTH = 100;
function wholeNumber(value, fallback) {
  return typeof value === "number" && Number.isFinite(value) ? Math.floor(value) : fallback;
}
function clamp(value, min, max) {
  return Math.min(Math.max(value, min), max);
}
function normalizeViewQuery(query) {
  const q = query ?? {};
  const search = typeof q.search === "string" ? q.search.trim().slice(0, MAX_SEARCH_LENGTH) : "";
  return {
    offset: Math.max(0, wholeNumber(q.offset, 0)),
    pageSize: clamp(wholeNumber(q.pageSize, DEFAULT_PAGE_SIZE), 1, MAX_PAGE_SIZE),
    sortBy: VIEW_SORTS.includes(q.sortBy) ? q.sortBy : "name",
    sortDir: q.sortDir === "desc" ? "desc" : "asc",
    onlyIssues: q.onlyIssues === true,
    search: search === "" ? null : search
  };
}
function textKey(value) {
  return value === null || value === void 0 || value.trim() === "" ? null : value.toLowerCase();
}
function sortValue(user, sortBy) {
  switch (sortBy) {
    case "username":
      return user.username;
    case "phone":
      return user.phone;
    case "agentId":
      return user.agentId;
    case "callCenter":
      return user.callCenterName;
    default:
      return user.name;
  }
}
function issueCounts(issues) {
  const counts = [0, 0, 0];
  for (const issue3 of issues) {
    counts[issue3.severity === "error" ? 0 : issue3.severity === "warning" ? 1 : 2]++;
  }
  return counts;
}
function keyed(row, sortBy) {
  const value = sortValue(row.user, sortBy);
  let key = sortBy === "issues" ? null : textKey(value);
  const numeric = sortBy === "agentId" && key !== null && isDigits(value);
  if (numeric) {
    key = stripLeadingZeros(value);
  }
  const counts = sortBy === "issues" ? issueCounts(row.issues) : [0, 0, 0];
  return { row, id: row.user.id, name: textKey(row.user.name), key, numeric, counts };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareBlankLast(a, b) {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? 1 : -1;
  }
  return compareText(a, b);
}
function comparePrimary(a, b, sortBy) {
  if (sortBy === "issues") {
    return a.counts[0] - b.counts[0] || a.counts[1] - b.counts[1] || a.counts[2] - b.counts[2];
  }
  const x = a.key;
  const y = b.key;
  if (sortBy === "agentId" && (a.numeric || b.numeric)) {
    if (a.numeric !== b.numeric) {
      return a.numeric ? -1 : 1;
    }
    return x.length - y.length || compareText(x, y);
  }
  return compareText(x, y);
}
function comparator(sortBy, sortDir) {
  const sign = sortDir === "desc" ? -1 : 1;
  return (a, b) => {
    let result = 0;
    if (sortBy !== "issues" && (a.key === null || b.key === null)) {
      result = a.key === b.key ? 0 : a.key === null ? 1 : -1;
    } else {
      result = sign * comparePrimary(a, b, sortBy);
    }
    return result || compareBlankLast(a.name, b.name) || compareText(a.id, b.id);
  };
}
function userMatches(user, needle) {
  const fields = [user.name, user.username, user.email, user.phone, user.agentId, user.callCenterName];
  return fields.some(
    (field) => field !== null && field !== void 0 && field.toLowerCase().includes(needle)
  );
}
function hasProblem(issues) {
  return issues.some((issue3) => issue3.severity === "error" || issue3.severity === "warning");
}
function planOf(issues) {
  if (issues.some((issue3) => issue3.code === "ALREADY_LINKED")) {
    return "linked";
  }
  return issues.some((issue3) => ISSUE_SEVERITY[issue3.code] === "error") ? "blocked" : "create";
}
function viewCounts(rows) {
  const summary = summarizeChecks(rows.map((row) => ({ userId: row.user.id, issues: row.issues })));
  const plan = { create: 0, blocked: 0, linked: 0 };
  let blankAgentIdCount = 0;
  for (const row of rows) {
    const agentId = row.user.agentId;
    if (agentId === null || agentId === void 0 || agentId.trim() === "") {
      blankAgentIdCount++;
    }
    plan[planOf(row.issues)]++;
  }
  return {
    withErrors: summary.withErrors,
    withWarnings: summary.withWarnings,
    linkedCount: summary.alreadyLinked,
    blankAgentIdCount,
    plan
  };
}
function pageView(users, checks, query) {
  const q = normalizeViewQuery(query);
  const issuesOf = /* @__PURE__ */ new Map();
  for (const check of checks) {
    issuesOf.set(check.userId, check.issues);
  }
  const rows = users.map((user) => ({ user, issues: issuesOf.get(user.id) ?? [] }));
  const needle = q.search === null ? null : q.search.toLowerCase();
  const matching = rows.filter(
    (row) => (!q.onlyIssues || hasProblem(row.issues)) && (needle === null || userMatches(row.user, needle))
  );
  const keys = matching.map((row) => keyed(row, q.sortBy));
  keys.sort(comparator(q.sortBy, q.sortDir));
  let offset = q.offset;
  if (offset >= keys.length) {
    offset = keys.length === 0 ? 0 : Math.floor((keys.length - 1) / q.pageSize) * q.pageSize;
  }
  return {
    total: users.length,
    matching: keys.length,
    offset,
    pageSize: q.pageSize,
    sortBy: q.sortBy,
    sortDir: q.sortDir,
    onlyIssues: q.onlyIssues,
    search: q.search,
    rows: keys.slice(offset, offset + q.pageSize).map((entry) => entry.row),
    ...viewCounts(rows)
  };
}
var STATUS_FILTERS = ["problems", ...CREATION_STATUSES];
var PROBLEM_STATUSES = ["Failed", "PartiallyCreated", "Skipped", "Cancelled"];
var DEFAULT_JOB_LIMIT = 50;
var MAX_JOB_LIMIT = 200;
function resultMatches(status, filter) {
  if (filter === null || filter === void 0) {
    return true;
  }
  return filter === "problems" ? PROBLEM_STATUSES.includes(status) : status === filter;
}
function matchingCount(counts, filter) {
  return CREATION_STATUSES.filter((status) => resultMatches(status, filter)).reduce(
    (sum, status) => sum + (counts[STATUS_COUNT[status]] ?? 0),
    0
  );
}
function jobVersion(status, lastSequence, processed) {
  return `${status}:${lastSequence}:${processed}`;
}
function normalizeJobQuery(query) {
  const q = query ?? {};
  return {
    after: Math.max(0, wholeNumber(q.after, 0)),
    limit: clamp(wholeNumber(q.limit, DEFAULT_JOB_LIMIT), 0, MAX_JOB_LIMIT),
    status: STATUS_FILTERS.includes(q.status) ? q.status : null,
    since: typeof q.since === "string" ? q.since : null
  };
}

var AGENT_ID_SAMPLE_SIZE = 10;
function numbers(ids) {
  const result = /* @__PURE__ */ new Set();
  for (const id of ids) {
    const text = trimToNull(id);
    if (text !== null && isDigits(text)) {
      result.add(Number(stripLeadingZeros(text)));
    }
  }
  return result;
}
function countWithin(values, low, high) {
  let count = 0;
  for (const value of values) {
    if (value >= low && value <= high) {
      count++;
    }
  }
  return count;
}
function summarizeAgentIds(assignments, context) {
  const salesforce = numbers(context.salesforceIds);
  const vcc = numbers(context.vccIds);
  let first = null;
  let last = null;
  for (const assignment of assignments) {
    const value = Number(assignment.agentId);
    if (first === null || value < Number(first.agentId)) {
      first = assignment;
    }
    if (last === null || value > Number(last.agentId)) {
      last = assignment;
    }
  }
  let skipped = 0;
  let skippedInSalesforce = 0;
  let skippedInVcc = 0;
  if (first !== null && last !== null) {
    const low = Number(first.agentId);
    const high = Number(last.agentId);
    skippedInSalesforce = countWithin(salesforce, low, high);
    skippedInVcc = countWithin(vcc, low, high);
    const both = new Set(salesforce);
    vcc.forEach((value) => both.add(value));
    skipped = countWithin(both, low, high);
  }
  const start = validateStartingId(context.startingId);
  let startInUse = null;
  if (start.valid) {
    const inSalesforce = salesforce.has(start.value);
    const inVcc = vcc.has(start.value);
    startInUse = inSalesforce && inVcc ? "both" : inSalesforce ? "salesforce" : inVcc ? "vcc" : null;
  }
  return {
    count: assignments.length,
    first: first === null ? null : first.agentId,
    last: last === null ? null : last.agentId,
    skipped,
    skippedInSalesforce,
    skippedInVcc,
    startInUse,
    sample: assignments.slice(0, AGENT_ID_SAMPLE_SIZE).map((a) => ({ userId: a.userId, agentId: a.agentId }))
  };
}
export {
  AGENT_ID_ERROR_CODES,
  AGENT_ID_MAX_DIGITS,
  AGENT_ID_SAMPLE_SIZE,
  ALL_CODES,
  API_USER_REQUIREMENTS,
  AgentIdError,
  COMPLETE_STATUSES,
  CREATION_STATUSES,
  DEFAULT_JOB_LIMIT,
  DEFAULT_PAGE_SIZE,
  DEFAULT_READINESS_SETTINGS,
  ERROR_CODES,
  ISSUE_CODES,
  ISSUE_SEVERITY,
  LABELS,
  MAX_JOB_LIMIT,
  MAX_PAGE_SIZE,
  MAX_SEARCH_LENGTH,
  READINESS_CODES,
  RESULT_CODES,
  RETRY_STATUSES,
  STATUS_COUNT,
  STATUS_FILTERS,
  TASK_FIELD_ACCESS,
  UNFINISHED_JOB_STATUSES,
  VIEW_SORTS,
  agentIdKey,
  allComplete,
  checkApiUser,
  checkReadiness,
  checkUsers,
  classifyVccError,
  countStatuses,
  csvCell,
  format,
  generateAgentIds,
  isBlank,
  isJobUnfinished,
  isPlatformLicense,
  isValidUsername,
  jobVersion,
  matchingCount,
  maxAgentId,
  missingTaskFields,
  needsAgentId,
  normalizeJobQuery,
  normalizePhone,
  normalizeViewQuery,
  pageView,
  permissionSetMatches,
  preflight,
  resultMatches,
  resultMessage,
  resultStatus,
  resultsToCsv,
  retryCount,
  secondsLeft,
  splitPhone,
  summarizeAgentIds,
  summarizeChecks,
  trimToNull,
  usernameKey,
  validateStartingId,
  vccErrorMessage
};
