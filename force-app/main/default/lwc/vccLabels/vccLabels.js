/**
 * Every string of the VCC User Creation tab, from Custom Labels, and format() to fill their {0} placeholders.
 */
import VCC_Card_Title from '@salesforce/label/c.VCC_Card_Title';
import VCC_Intro from '@salesforce/label/c.VCC_Intro';
import VCC_Template_Label from '@salesforce/label/c.VCC_Template_Label';
import VCC_Template_Placeholder from '@salesforce/label/c.VCC_Template_Placeholder';
import VCC_Template_Help from '@salesforce/label/c.VCC_Template_Help';
import VCC_Template_Checking from '@salesforce/label/c.VCC_Template_Checking';
import VCC_Template_Found from '@salesforce/label/c.VCC_Template_Found';
import VCC_Template_Takes_Calls from '@salesforce/label/c.VCC_Template_Takes_Calls';
import VCC_Template_No_Calls from '@salesforce/label/c.VCC_Template_No_Calls';
import VCC_Template_Counts from '@salesforce/label/c.VCC_Template_Counts';
import VCC_View_Label from '@salesforce/label/c.VCC_View_Label';
import VCC_View_Placeholder from '@salesforce/label/c.VCC_View_Placeholder';
import VCC_View_None from '@salesforce/label/c.VCC_View_None';
import VCC_Users_Summary from '@salesforce/label/c.VCC_Users_Summary';
import VCC_Users_Only_Issues from '@salesforce/label/c.VCC_Users_Only_Issues';
import VCC_Users_Empty from '@salesforce/label/c.VCC_Users_Empty';
import VCC_Users_Loading from '@salesforce/label/c.VCC_Users_Loading';
import VCC_Users_Table_Caption from '@salesforce/label/c.VCC_Users_Table_Caption';
import VCC_Users_Ready from '@salesforce/label/c.VCC_Users_Ready';
import VCC_Users_Show_More from '@salesforce/label/c.VCC_Users_Show_More';
import VCC_Users_Showing from '@salesforce/label/c.VCC_Users_Showing';
import VCC_Users_Not_Saved from '@salesforce/label/c.VCC_Users_Not_Saved';
import VCC_Column_Name from '@salesforce/label/c.VCC_Column_Name';
import VCC_Column_Username from '@salesforce/label/c.VCC_Column_Username';
import VCC_Column_Phone from '@salesforce/label/c.VCC_Column_Phone';
import VCC_Column_Agent_Id from '@salesforce/label/c.VCC_Column_Agent_Id';
import VCC_Column_Call_Center from '@salesforce/label/c.VCC_Column_Call_Center';
import VCC_Column_Issues from '@salesforce/label/c.VCC_Column_Issues';
import VCC_Column_Status from '@salesforce/label/c.VCC_Column_Status';
import VCC_Column_Reason from '@salesforce/label/c.VCC_Column_Reason';
import VCC_Severity_Error from '@salesforce/label/c.VCC_Severity_Error';
import VCC_Severity_Warning from '@salesforce/label/c.VCC_Severity_Warning';
import VCC_Severity_Info from '@salesforce/label/c.VCC_Severity_Info';
import VCC_Starting_Id_Label from '@salesforce/label/c.VCC_Starting_Id_Label';
import VCC_Generate_Button from '@salesforce/label/c.VCC_Generate_Button';
import VCC_Generate_Preview from '@salesforce/label/c.VCC_Generate_Preview';
import VCC_Generate_None_Needed from '@salesforce/label/c.VCC_Generate_None_Needed';
import VCC_Generate_Done from '@salesforce/label/c.VCC_Generate_Done';
import VCC_Generate_Errors from '@salesforce/label/c.VCC_Generate_Errors';
import VCC_Create_Button from '@salesforce/label/c.VCC_Create_Button';
import VCC_Create_Need_Template from '@salesforce/label/c.VCC_Create_Need_Template';
import VCC_Create_Need_View from '@salesforce/label/c.VCC_Create_Need_View';
import VCC_Create_Empty_View from '@salesforce/label/c.VCC_Create_Empty_View';
import VCC_Create_Running from '@salesforce/label/c.VCC_Create_Running';
import VCC_Create_Confirm from '@salesforce/label/c.VCC_Create_Confirm';
import VCC_Create_Started from '@salesforce/label/c.VCC_Create_Started';
import VCC_Results_Title from '@salesforce/label/c.VCC_Results_Title';
import VCC_Results_Summary from '@salesforce/label/c.VCC_Results_Summary';
import VCC_Results_Progress from '@salesforce/label/c.VCC_Results_Progress';
import VCC_Results_Filter from '@salesforce/label/c.VCC_Results_Filter';
import VCC_Results_All from '@salesforce/label/c.VCC_Results_All';
import VCC_Results_None from '@salesforce/label/c.VCC_Results_None';
import VCC_Results_Download from '@salesforce/label/c.VCC_Results_Download';
import VCC_Results_Retry from '@salesforce/label/c.VCC_Results_Retry';
import VCC_Status_Created from '@salesforce/label/c.VCC_Status_Created';
import VCC_Status_AlreadyLinked from '@salesforce/label/c.VCC_Status_AlreadyLinked';
import VCC_Status_Skipped from '@salesforce/label/c.VCC_Status_Skipped';
import VCC_Status_Failed from '@salesforce/label/c.VCC_Status_Failed';
import VCC_Job_Failed from '@salesforce/label/c.VCC_Job_Failed';
import VCC_Job_Lost_Contact from '@salesforce/label/c.VCC_Job_Lost_Contact';
import VCC_Error_Title from '@salesforce/label/c.VCC_Error_Title';
import VCC_Error_Unknown from '@salesforce/label/c.VCC_Error_Unknown';
import VCC_Try_Again from '@salesforce/label/c.VCC_Try_Again';

export const LABELS = {
  VCC_Card_Title,
  VCC_Intro,
  VCC_Template_Label,
  VCC_Template_Placeholder,
  VCC_Template_Help,
  VCC_Template_Checking,
  VCC_Template_Found,
  VCC_Template_Takes_Calls,
  VCC_Template_No_Calls,
  VCC_Template_Counts,
  VCC_View_Label,
  VCC_View_Placeholder,
  VCC_View_None,
  VCC_Users_Summary,
  VCC_Users_Only_Issues,
  VCC_Users_Empty,
  VCC_Users_Loading,
  VCC_Users_Table_Caption,
  VCC_Users_Ready,
  VCC_Users_Show_More,
  VCC_Users_Showing,
  VCC_Users_Not_Saved,
  VCC_Column_Name,
  VCC_Column_Username,
  VCC_Column_Phone,
  VCC_Column_Agent_Id,
  VCC_Column_Call_Center,
  VCC_Column_Issues,
  VCC_Column_Status,
  VCC_Column_Reason,
  VCC_Severity_Error,
  VCC_Severity_Warning,
  VCC_Severity_Info,
  VCC_Starting_Id_Label,
  VCC_Generate_Button,
  VCC_Generate_Preview,
  VCC_Generate_None_Needed,
  VCC_Generate_Done,
  VCC_Generate_Errors,
  VCC_Create_Button,
  VCC_Create_Need_Template,
  VCC_Create_Need_View,
  VCC_Create_Empty_View,
  VCC_Create_Running,
  VCC_Create_Confirm,
  VCC_Create_Started,
  VCC_Results_Title,
  VCC_Results_Summary,
  VCC_Results_Progress,
  VCC_Results_Filter,
  VCC_Results_All,
  VCC_Results_None,
  VCC_Results_Download,
  VCC_Results_Retry,
  VCC_Status_Created,
  VCC_Status_AlreadyLinked,
  VCC_Status_Skipped,
  VCC_Status_Failed,
  VCC_Job_Failed,
  VCC_Job_Lost_Contact,
  VCC_Error_Title,
  VCC_Error_Unknown,
  VCC_Try_Again
};

/** Replaces {0}, {1}... in a label with the values given. */
export function format(label, ...values) {
  return String(label).replace(/\{(\d+)\}/g, (match, index) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}
