/**
 * The Custom Labels of the VCC API user panel.
 */
import VCC_ApiUser_Title from '@salesforce/label/c.VCC_ApiUser_Title';
import VCC_ApiUser_Intro from '@salesforce/label/c.VCC_ApiUser_Intro';
import VCC_ApiUser_Username_Label from '@salesforce/label/c.VCC_ApiUser_Username_Label';
import VCC_ApiUser_Username_Placeholder from '@salesforce/label/c.VCC_ApiUser_Username_Placeholder';
import VCC_ApiUser_Data_Connector_Label from '@salesforce/label/c.VCC_ApiUser_Data_Connector_Label';
import VCC_ApiUser_Answer_Unknown from '@salesforce/label/c.VCC_ApiUser_Answer_Unknown';
import VCC_ApiUser_Answer_Yes from '@salesforce/label/c.VCC_ApiUser_Answer_Yes';
import VCC_ApiUser_Answer_No from '@salesforce/label/c.VCC_ApiUser_Answer_No';
import VCC_ApiUser_Button from '@salesforce/label/c.VCC_ApiUser_Button';
import VCC_ApiUser_Running from '@salesforce/label/c.VCC_ApiUser_Running';
import VCC_ApiUser_Ok from '@salesforce/label/c.VCC_ApiUser_Ok';
import VCC_ApiUser_Problem from '@salesforce/label/c.VCC_ApiUser_Problem';
import VCC_ApiUser_Pass from '@salesforce/label/c.VCC_ApiUser_Pass';
import VCC_ApiUser_Fail from '@salesforce/label/c.VCC_ApiUser_Fail';
import VCC_ApiUser_Cannot_Tell from '@salesforce/label/c.VCC_ApiUser_Cannot_Tell';
import VCC_ApiUser_Recommended from '@salesforce/label/c.VCC_ApiUser_Recommended';
import VCC_ApiUser_Fix from '@salesforce/label/c.VCC_ApiUser_Fix';
import VCC_ApiUser_Req_USER_FOUND from '@salesforce/label/c.VCC_ApiUser_Req_USER_FOUND';
import VCC_ApiUser_Req_ACTIVE from '@salesforce/label/c.VCC_ApiUser_Req_ACTIVE';
import VCC_ApiUser_Req_NOT_FROZEN from '@salesforce/label/c.VCC_ApiUser_Req_NOT_FROZEN';
import VCC_ApiUser_Req_SALESFORCE_LICENCE from '@salesforce/label/c.VCC_ApiUser_Req_SALESFORCE_LICENCE';
import VCC_ApiUser_Req_LOGIN_HOURS from '@salesforce/label/c.VCC_ApiUser_Req_LOGIN_HOURS';
import VCC_ApiUser_Req_IP_RANGES from '@salesforce/label/c.VCC_ApiUser_Req_IP_RANGES';
import VCC_ApiUser_Req_API_ENABLED from '@salesforce/label/c.VCC_ApiUser_Req_API_ENABLED';
import VCC_ApiUser_Req_EDIT_TASKS from '@salesforce/label/c.VCC_ApiUser_Req_EDIT_TASKS';
import VCC_ApiUser_Req_VIEW_ALL_USERS from '@salesforce/label/c.VCC_ApiUser_Req_VIEW_ALL_USERS';
import VCC_ApiUser_Req_VIEW_ALL_DATA from '@salesforce/label/c.VCC_ApiUser_Req_VIEW_ALL_DATA';
import VCC_ApiUser_Req_MODIFY_ALL_DATA from '@salesforce/label/c.VCC_ApiUser_Req_MODIFY_ALL_DATA';
import VCC_ApiUser_Req_PASSWORD_NEVER_EXPIRES from '@salesforce/label/c.VCC_ApiUser_Req_PASSWORD_NEVER_EXPIRES';

export const LABELS = {
  VCC_ApiUser_Title,
  VCC_ApiUser_Intro,
  VCC_ApiUser_Username_Label,
  VCC_ApiUser_Username_Placeholder,
  VCC_ApiUser_Data_Connector_Label,
  VCC_ApiUser_Answer_Unknown,
  VCC_ApiUser_Answer_Yes,
  VCC_ApiUser_Answer_No,
  VCC_ApiUser_Button,
  VCC_ApiUser_Running,
  VCC_ApiUser_Ok,
  VCC_ApiUser_Problem,
  VCC_ApiUser_Pass,
  VCC_ApiUser_Fail,
  VCC_ApiUser_Cannot_Tell,
  VCC_ApiUser_Recommended,
  VCC_ApiUser_Fix,
  VCC_ApiUser_Req_USER_FOUND,
  VCC_ApiUser_Req_ACTIVE,
  VCC_ApiUser_Req_NOT_FROZEN,
  VCC_ApiUser_Req_SALESFORCE_LICENCE,
  VCC_ApiUser_Req_LOGIN_HOURS,
  VCC_ApiUser_Req_IP_RANGES,
  VCC_ApiUser_Req_API_ENABLED,
  VCC_ApiUser_Req_EDIT_TASKS,
  VCC_ApiUser_Req_VIEW_ALL_USERS,
  VCC_ApiUser_Req_VIEW_ALL_DATA,
  VCC_ApiUser_Req_MODIFY_ALL_DATA,
  VCC_ApiUser_Req_PASSWORD_NEVER_EXPIRES
};
