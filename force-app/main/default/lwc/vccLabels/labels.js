// GENERATED FILE: do not edit. It is written by `npm run build` from
// force-app/main/default/labels/CustomLabels.labels-meta.xml; add or change a label there and build again.
import VCC_Card_Title from '@salesforce/label/c.VCC_Card_Title';
import VCC_Intro from '@salesforce/label/c.VCC_Intro';
import VCC_Template_Label from '@salesforce/label/c.VCC_Template_Label';
import VCC_Template_Placeholder from '@salesforce/label/c.VCC_Template_Placeholder';
import VCC_Template_Help from '@salesforce/label/c.VCC_Template_Help';
import VCC_Template_Checking from '@salesforce/label/c.VCC_Template_Checking';
import VCC_Template_Found from '@salesforce/label/c.VCC_Template_Found';
import VCC_Template_Takes_Calls from '@salesforce/label/c.VCC_Template_Takes_Calls';
import VCC_Template_No_Calls from '@salesforce/label/c.VCC_Template_No_Calls';
import VCC_View_Label from '@salesforce/label/c.VCC_View_Label';
import VCC_View_Placeholder from '@salesforce/label/c.VCC_View_Placeholder';
import VCC_View_None from '@salesforce/label/c.VCC_View_None';
import VCC_Users_Only_Issues from '@salesforce/label/c.VCC_Users_Only_Issues';
import VCC_Users_Empty from '@salesforce/label/c.VCC_Users_Empty';
import VCC_Users_Loading from '@salesforce/label/c.VCC_Users_Loading';
import VCC_Users_Table_Caption from '@salesforce/label/c.VCC_Users_Table_Caption';
import VCC_Users_Ready from '@salesforce/label/c.VCC_Users_Ready';
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
import VCC_Job_Lost_Contact from '@salesforce/label/c.VCC_Job_Lost_Contact';
import VCC_Error_Title from '@salesforce/label/c.VCC_Error_Title';
import VCC_Error_Unknown from '@salesforce/label/c.VCC_Error_Unknown';
import VCC_Try_Again from '@salesforce/label/c.VCC_Try_Again';
import VCC_Status_Updated from '@salesforce/label/c.VCC_Status_Updated';
import VCC_Status_PartiallyCreated from '@salesforce/label/c.VCC_Status_PartiallyCreated';
import VCC_Status_Cancelled from '@salesforce/label/c.VCC_Status_Cancelled';
import VCC_Count_Created from '@salesforce/label/c.VCC_Count_Created';
import VCC_Count_Updated from '@salesforce/label/c.VCC_Count_Updated';
import VCC_Count_AlreadyLinked from '@salesforce/label/c.VCC_Count_AlreadyLinked';
import VCC_Count_PartiallyCreated from '@salesforce/label/c.VCC_Count_PartiallyCreated';
import VCC_Count_Skipped from '@salesforce/label/c.VCC_Count_Skipped';
import VCC_Count_Failed from '@salesforce/label/c.VCC_Count_Failed';
import VCC_Count_Cancelled from '@salesforce/label/c.VCC_Count_Cancelled';
import VCC_Count_Skill from '@salesforce/label/c.VCC_Count_Skill';
import VCC_Count_Skills from '@salesforce/label/c.VCC_Count_Skills';
import VCC_Count_Group from '@salesforce/label/c.VCC_Count_Group';
import VCC_Count_Groups from '@salesforce/label/c.VCC_Count_Groups';
import VCC_Results_Nothing_Yet from '@salesforce/label/c.VCC_Results_Nothing_Yet';
import VCC_Results_Retry_Help from '@salesforce/label/c.VCC_Results_Retry_Help';
import VCC_Job_Failed_No_Reason from '@salesforce/label/c.VCC_Job_Failed_No_Reason';
import VCC_Job_Status_Queued from '@salesforce/label/c.VCC_Job_Status_Queued';
import VCC_Job_Status_Running from '@salesforce/label/c.VCC_Job_Status_Running';
import VCC_Job_Status_Completed from '@salesforce/label/c.VCC_Job_Status_Completed';
import VCC_Job_Status_Failed from '@salesforce/label/c.VCC_Job_Status_Failed';
import VCC_Job_Status_Cancelled from '@salesforce/label/c.VCC_Job_Status_Cancelled';
import VCC_Job_Context_Template from '@salesforce/label/c.VCC_Job_Context_Template';
import VCC_Job_Context_View from '@salesforce/label/c.VCC_Job_Context_View';
import VCC_Job_Context_Started_By from '@salesforce/label/c.VCC_Job_Context_Started_By';
import VCC_Job_Context_Started from '@salesforce/label/c.VCC_Job_Context_Started';
import VCC_Job_Context_Status from '@salesforce/label/c.VCC_Job_Context_Status';
import VCC_Job_Context_Duration from '@salesforce/label/c.VCC_Job_Context_Duration';
import VCC_Job_Context_Not_Recorded from '@salesforce/label/c.VCC_Job_Context_Not_Recorded';
import VCC_Job_Other_View from '@salesforce/label/c.VCC_Job_Other_View';
import VCC_Duration_Seconds from '@salesforce/label/c.VCC_Duration_Seconds';
import VCC_Duration_Minutes from '@salesforce/label/c.VCC_Duration_Minutes';
import VCC_Duration_Hours from '@salesforce/label/c.VCC_Duration_Hours';
import VCC_Job_Finished_Title from '@salesforce/label/c.VCC_Job_Finished_Title';
import VCC_Job_Finished from '@salesforce/label/c.VCC_Job_Finished';
import VCC_Job_Cancelled from '@salesforce/label/c.VCC_Job_Cancelled';
import VCC_Job_Stopped from '@salesforce/label/c.VCC_Job_Stopped';
import VCC_Job_Cancel from '@salesforce/label/c.VCC_Job_Cancel';
import VCC_Job_Cancel_Confirm from '@salesforce/label/c.VCC_Job_Cancel_Confirm';
import VCC_Job_Cancel_Requested from '@salesforce/label/c.VCC_Job_Cancel_Requested';
import VCC_Converge_Button from '@salesforce/label/c.VCC_Converge_Button';
import VCC_Converge_Confirm from '@salesforce/label/c.VCC_Converge_Confirm';
import VCC_Converge_None from '@salesforce/label/c.VCC_Converge_None';
import VCC_Converge_Started from '@salesforce/label/c.VCC_Converge_Started';
import VCC_Probe_Button from '@salesforce/label/c.VCC_Probe_Button';
import VCC_Probe_Title from '@salesforce/label/c.VCC_Probe_Title';
import VCC_Probe_Running from '@salesforce/label/c.VCC_Probe_Running';
import VCC_Probe_Ok from '@salesforce/label/c.VCC_Probe_Ok';
import VCC_Probe_Problem from '@salesforce/label/c.VCC_Probe_Problem';
import VCC_Probe_Findings from '@salesforce/label/c.VCC_Probe_Findings';
import VCC_Probe_Step_Ok from '@salesforce/label/c.VCC_Probe_Step_Ok';
import VCC_Probe_Step_Failed from '@salesforce/label/c.VCC_Probe_Step_Failed';
import VCC_Probe_Need_Template from '@salesforce/label/c.VCC_Probe_Need_Template';
import VCC_Users_Empty_Title from '@salesforce/label/c.VCC_Users_Empty_Title';
import VCC_Code_PHONE_MISSING from '@salesforce/label/c.VCC_Code_PHONE_MISSING';
import VCC_Code_PHONE_INVALID from '@salesforce/label/c.VCC_Code_PHONE_INVALID';
import VCC_Code_AGENT_ID_MISSING from '@salesforce/label/c.VCC_Code_AGENT_ID_MISSING';
import VCC_Code_AGENT_ID_INVALID from '@salesforce/label/c.VCC_Code_AGENT_ID_INVALID';
import VCC_Code_AGENT_ID_DUPLICATE from '@salesforce/label/c.VCC_Code_AGENT_ID_DUPLICATE';
import VCC_Code_AGENT_ID_IN_USE from '@salesforce/label/c.VCC_Code_AGENT_ID_IN_USE';
import VCC_Code_VCC_USER_EXISTS from '@salesforce/label/c.VCC_Code_VCC_USER_EXISTS';
import VCC_Code_ALREADY_LINKED from '@salesforce/label/c.VCC_Code_ALREADY_LINKED';
import VCC_Code_USERNAME_INVALID from '@salesforce/label/c.VCC_Code_USERNAME_INVALID';
import VCC_Code_EMAIL_MISSING from '@salesforce/label/c.VCC_Code_EMAIL_MISSING';
import VCC_Code_USER_INACTIVE from '@salesforce/label/c.VCC_Code_USER_INACTIVE';
import VCC_Code_CALL_CENTER_MISSING from '@salesforce/label/c.VCC_Code_CALL_CENTER_MISSING';
import VCC_Code_PLATFORM_LICENSE from '@salesforce/label/c.VCC_Code_PLATFORM_LICENSE';
import VCC_Code_CREATED from '@salesforce/label/c.VCC_Code_CREATED';
import VCC_Code_UPDATED from '@salesforce/label/c.VCC_Code_UPDATED';
import VCC_Code_SKIPPED from '@salesforce/label/c.VCC_Code_SKIPPED';
import VCC_Code_CANCELLED from '@salesforce/label/c.VCC_Code_CANCELLED';
import VCC_Code_PARTIALLY_CREATED from '@salesforce/label/c.VCC_Code_PARTIALLY_CREATED';
import VCC_Code_LICENCE_LIMIT from '@salesforce/label/c.VCC_Code_LICENCE_LIMIT';
import VCC_Code_INVALID_REQUEST from '@salesforce/label/c.VCC_Code_INVALID_REQUEST';
import VCC_Code_UNAUTHORIZED from '@salesforce/label/c.VCC_Code_UNAUTHORIZED';
import VCC_Code_FORBIDDEN from '@salesforce/label/c.VCC_Code_FORBIDDEN';
import VCC_Code_RATE_LIMITED from '@salesforce/label/c.VCC_Code_RATE_LIMITED';
import VCC_Code_VCC_UNREACHABLE from '@salesforce/label/c.VCC_Code_VCC_UNREACHABLE';
import VCC_Code_VCC_UNAVAILABLE from '@salesforce/label/c.VCC_Code_VCC_UNAVAILABLE';
import VCC_Code_STARTING_ID_INVALID from '@salesforce/label/c.VCC_Code_STARTING_ID_INVALID';
import VCC_Code_AGENT_ID_RANGE_EXHAUSTED from '@salesforce/label/c.VCC_Code_AGENT_ID_RANGE_EXHAUSTED';
import VCC_Error_Vcc_Down_Title from '@salesforce/label/c.VCC_Error_Vcc_Down_Title';
import VCC_Error_Vcc_Down from '@salesforce/label/c.VCC_Error_Vcc_Down';
import VCC_Error_Vcc_Unreachable_Title from '@salesforce/label/c.VCC_Error_Vcc_Unreachable_Title';
import VCC_Error_Vcc_Unreachable from '@salesforce/label/c.VCC_Error_Vcc_Unreachable';
import VCC_Error_Host from '@salesforce/label/c.VCC_Error_Host';
import VCC_Error_Credentials_Title from '@salesforce/label/c.VCC_Error_Credentials_Title';
import VCC_Error_Credentials from '@salesforce/label/c.VCC_Error_Credentials';
import VCC_Error_Scope_Title from '@salesforce/label/c.VCC_Error_Scope_Title';
import VCC_Error_Scope from '@salesforce/label/c.VCC_Error_Scope';
import VCC_Error_Rate_Title from '@salesforce/label/c.VCC_Error_Rate_Title';
import VCC_Error_Rate from '@salesforce/label/c.VCC_Error_Rate';
import VCC_Generate_Fix_Starting_Id from '@salesforce/label/c.VCC_Generate_Fix_Starting_Id';
import VCC_Generate_Confirm from '@salesforce/label/c.VCC_Generate_Confirm';
import VCC_Generate_No_Calls from '@salesforce/label/c.VCC_Generate_No_Calls';
import VCC_View_Summary from '@salesforce/label/c.VCC_View_Summary';
import VCC_Page_Status from '@salesforce/label/c.VCC_Page_Status';
import VCC_Page_Previous from '@salesforce/label/c.VCC_Page_Previous';
import VCC_Page_Next from '@salesforce/label/c.VCC_Page_Next';
import VCC_Page_Navigation from '@salesforce/label/c.VCC_Page_Navigation';
import VCC_Users_Search from '@salesforce/label/c.VCC_Users_Search';
import VCC_Users_Search_Placeholder from '@salesforce/label/c.VCC_Users_Search_Placeholder';
import VCC_Users_No_Match_Title from '@salesforce/label/c.VCC_Users_No_Match_Title';
import VCC_Users_No_Match from '@salesforce/label/c.VCC_Users_No_Match';
import VCC_Select_User from '@salesforce/label/c.VCC_Select_User';
import VCC_Select_Page from '@salesforce/label/c.VCC_Select_Page';
import VCC_Selection_Count from '@salesforce/label/c.VCC_Selection_Count';
import VCC_Selection_Clear from '@salesforce/label/c.VCC_Selection_Clear';
import VCC_Sort_By from '@salesforce/label/c.VCC_Sort_By';
import VCC_Create_Selected_Button from '@salesforce/label/c.VCC_Create_Selected_Button';
import VCC_Generate_Selected_Button from '@salesforce/label/c.VCC_Generate_Selected_Button';
import VCC_AgentId_Preview from '@salesforce/label/c.VCC_AgentId_Preview';
import VCC_AgentId_Preview_One from '@salesforce/label/c.VCC_AgentId_Preview_One';
import VCC_AgentId_Preview_Skipped from '@salesforce/label/c.VCC_AgentId_Preview_Skipped';
import VCC_AgentId_Preview_Sample from '@salesforce/label/c.VCC_AgentId_Preview_Sample';
import VCC_AgentId_Preview_Loading from '@salesforce/label/c.VCC_AgentId_Preview_Loading';
import VCC_AgentId_Start_In_Use_Salesforce from '@salesforce/label/c.VCC_AgentId_Start_In_Use_Salesforce';
import VCC_AgentId_Start_In_Use_Vcc from '@salesforce/label/c.VCC_AgentId_Start_In_Use_Vcc';
import VCC_AgentId_Start_In_Use_Both from '@salesforce/label/c.VCC_AgentId_Start_In_Use_Both';
import VCC_Results_Problems from '@salesforce/label/c.VCC_Results_Problems';
import VCC_Results_Filter_Count from '@salesforce/label/c.VCC_Results_Filter_Count';
import VCC_Results_Show_More from '@salesforce/label/c.VCC_Results_Show_More';
import VCC_Results_Showing from '@salesforce/label/c.VCC_Results_Showing';
import VCC_Results_Loading from '@salesforce/label/c.VCC_Results_Loading';
import VCC_Time_Left_Hours from '@salesforce/label/c.VCC_Time_Left_Hours';
import VCC_Time_Left_Minutes from '@salesforce/label/c.VCC_Time_Left_Minutes';
import VCC_Time_Left_Minute from '@salesforce/label/c.VCC_Time_Left_Minute';
import VCC_Time_Left_Seconds from '@salesforce/label/c.VCC_Time_Left_Seconds';
import VCC_Time_Left_Estimating from '@salesforce/label/c.VCC_Time_Left_Estimating';
import VCC_Job_Retry_Of from '@salesforce/label/c.VCC_Job_Retry_Of';
import VCC_Job_Retry_Of_Unknown from '@salesforce/label/c.VCC_Job_Retry_Of_Unknown';
import VCC_Job_Open_Earlier from '@salesforce/label/c.VCC_Job_Open_Earlier';
import VCC_Retry_Started from '@salesforce/label/c.VCC_Retry_Started';
import VCC_Jobs_Title from '@salesforce/label/c.VCC_Jobs_Title';
import VCC_Jobs_Caption from '@salesforce/label/c.VCC_Jobs_Caption';
import VCC_Jobs_Refresh from '@salesforce/label/c.VCC_Jobs_Refresh';
import VCC_Jobs_Loading from '@salesforce/label/c.VCC_Jobs_Loading';
import VCC_Jobs_Empty_Title from '@salesforce/label/c.VCC_Jobs_Empty_Title';
import VCC_Jobs_Empty from '@salesforce/label/c.VCC_Jobs_Empty';
import VCC_Jobs_Column_Results from '@salesforce/label/c.VCC_Jobs_Column_Results';
import VCC_Jobs_Column_Actions from '@salesforce/label/c.VCC_Jobs_Column_Actions';
import VCC_Jobs_Open from '@salesforce/label/c.VCC_Jobs_Open';
import VCC_Jobs_Retry from '@salesforce/label/c.VCC_Jobs_Retry';
import VCC_Jobs_Action_Of from '@salesforce/label/c.VCC_Jobs_Action_Of';
import VCC_Jobs_Retry_Running from '@salesforce/label/c.VCC_Jobs_Retry_Running';
import VCC_Jobs_Retry_Nothing from '@salesforce/label/c.VCC_Jobs_Retry_Nothing';
import VCC_Generate_None_Selected from '@salesforce/label/c.VCC_Generate_None_Selected';
import VCC_Converge_None_Selected from '@salesforce/label/c.VCC_Converge_None_Selected';

/** Every Custom Label the tab shows, by name. */
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
  VCC_View_Label,
  VCC_View_Placeholder,
  VCC_View_None,
  VCC_Users_Only_Issues,
  VCC_Users_Empty,
  VCC_Users_Loading,
  VCC_Users_Table_Caption,
  VCC_Users_Ready,
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
  VCC_Job_Lost_Contact,
  VCC_Error_Title,
  VCC_Error_Unknown,
  VCC_Try_Again,
  VCC_Status_Updated,
  VCC_Status_PartiallyCreated,
  VCC_Status_Cancelled,
  VCC_Count_Created,
  VCC_Count_Updated,
  VCC_Count_AlreadyLinked,
  VCC_Count_PartiallyCreated,
  VCC_Count_Skipped,
  VCC_Count_Failed,
  VCC_Count_Cancelled,
  VCC_Count_Skill,
  VCC_Count_Skills,
  VCC_Count_Group,
  VCC_Count_Groups,
  VCC_Results_Nothing_Yet,
  VCC_Results_Retry_Help,
  VCC_Job_Failed_No_Reason,
  VCC_Job_Status_Queued,
  VCC_Job_Status_Running,
  VCC_Job_Status_Completed,
  VCC_Job_Status_Failed,
  VCC_Job_Status_Cancelled,
  VCC_Job_Context_Template,
  VCC_Job_Context_View,
  VCC_Job_Context_Started_By,
  VCC_Job_Context_Started,
  VCC_Job_Context_Status,
  VCC_Job_Context_Duration,
  VCC_Job_Context_Not_Recorded,
  VCC_Job_Other_View,
  VCC_Duration_Seconds,
  VCC_Duration_Minutes,
  VCC_Duration_Hours,
  VCC_Job_Finished_Title,
  VCC_Job_Finished,
  VCC_Job_Cancelled,
  VCC_Job_Stopped,
  VCC_Job_Cancel,
  VCC_Job_Cancel_Confirm,
  VCC_Job_Cancel_Requested,
  VCC_Converge_Button,
  VCC_Converge_Confirm,
  VCC_Converge_None,
  VCC_Converge_Started,
  VCC_Probe_Button,
  VCC_Probe_Title,
  VCC_Probe_Running,
  VCC_Probe_Ok,
  VCC_Probe_Problem,
  VCC_Probe_Findings,
  VCC_Probe_Step_Ok,
  VCC_Probe_Step_Failed,
  VCC_Probe_Need_Template,
  VCC_Users_Empty_Title,
  VCC_Code_PHONE_MISSING,
  VCC_Code_PHONE_INVALID,
  VCC_Code_AGENT_ID_MISSING,
  VCC_Code_AGENT_ID_INVALID,
  VCC_Code_AGENT_ID_DUPLICATE,
  VCC_Code_AGENT_ID_IN_USE,
  VCC_Code_VCC_USER_EXISTS,
  VCC_Code_ALREADY_LINKED,
  VCC_Code_USERNAME_INVALID,
  VCC_Code_EMAIL_MISSING,
  VCC_Code_USER_INACTIVE,
  VCC_Code_CALL_CENTER_MISSING,
  VCC_Code_PLATFORM_LICENSE,
  VCC_Code_CREATED,
  VCC_Code_UPDATED,
  VCC_Code_SKIPPED,
  VCC_Code_CANCELLED,
  VCC_Code_PARTIALLY_CREATED,
  VCC_Code_LICENCE_LIMIT,
  VCC_Code_INVALID_REQUEST,
  VCC_Code_UNAUTHORIZED,
  VCC_Code_FORBIDDEN,
  VCC_Code_RATE_LIMITED,
  VCC_Code_VCC_UNREACHABLE,
  VCC_Code_VCC_UNAVAILABLE,
  VCC_Code_STARTING_ID_INVALID,
  VCC_Code_AGENT_ID_RANGE_EXHAUSTED,
  VCC_Error_Vcc_Down_Title,
  VCC_Error_Vcc_Down,
  VCC_Error_Vcc_Unreachable_Title,
  VCC_Error_Vcc_Unreachable,
  VCC_Error_Host,
  VCC_Error_Credentials_Title,
  VCC_Error_Credentials,
  VCC_Error_Scope_Title,
  VCC_Error_Scope,
  VCC_Error_Rate_Title,
  VCC_Error_Rate,
  VCC_Generate_Fix_Starting_Id,
  VCC_Generate_Confirm,
  VCC_Generate_No_Calls,
  VCC_View_Summary,
  VCC_Page_Status,
  VCC_Page_Previous,
  VCC_Page_Next,
  VCC_Page_Navigation,
  VCC_Users_Search,
  VCC_Users_Search_Placeholder,
  VCC_Users_No_Match_Title,
  VCC_Users_No_Match,
  VCC_Select_User,
  VCC_Select_Page,
  VCC_Selection_Count,
  VCC_Selection_Clear,
  VCC_Sort_By,
  VCC_Create_Selected_Button,
  VCC_Generate_Selected_Button,
  VCC_AgentId_Preview,
  VCC_AgentId_Preview_One,
  VCC_AgentId_Preview_Skipped,
  VCC_AgentId_Preview_Sample,
  VCC_AgentId_Preview_Loading,
  VCC_AgentId_Start_In_Use_Salesforce,
  VCC_AgentId_Start_In_Use_Vcc,
  VCC_AgentId_Start_In_Use_Both,
  VCC_Results_Problems,
  VCC_Results_Filter_Count,
  VCC_Results_Show_More,
  VCC_Results_Showing,
  VCC_Results_Loading,
  VCC_Time_Left_Hours,
  VCC_Time_Left_Minutes,
  VCC_Time_Left_Minute,
  VCC_Time_Left_Seconds,
  VCC_Time_Left_Estimating,
  VCC_Job_Retry_Of,
  VCC_Job_Retry_Of_Unknown,
  VCC_Job_Open_Earlier,
  VCC_Retry_Started,
  VCC_Jobs_Title,
  VCC_Jobs_Caption,
  VCC_Jobs_Refresh,
  VCC_Jobs_Loading,
  VCC_Jobs_Empty_Title,
  VCC_Jobs_Empty,
  VCC_Jobs_Column_Results,
  VCC_Jobs_Column_Actions,
  VCC_Jobs_Open,
  VCC_Jobs_Retry,
  VCC_Jobs_Action_Of,
  VCC_Jobs_Retry_Running,
  VCC_Jobs_Retry_Nothing,
  VCC_Generate_None_Selected,
  VCC_Converge_None_Selected
};
