/**
 * The Custom Labels of the readiness panel.
 */
import VCC_Ready_Title from '@salesforce/label/c.VCC_Ready_Title';
import VCC_Ready_Intro from '@salesforce/label/c.VCC_Ready_Intro';
import VCC_Ready_Button from '@salesforce/label/c.VCC_Ready_Button';
import VCC_Ready_Need_View from '@salesforce/label/c.VCC_Ready_Need_View';
import VCC_Ready_Running from '@salesforce/label/c.VCC_Ready_Running';
import VCC_Ready_Summary from '@salesforce/label/c.VCC_Ready_Summary';
import VCC_Ready_All_Ready from '@salesforce/label/c.VCC_Ready_All_Ready';
import VCC_Ready_Users_One from '@salesforce/label/c.VCC_Ready_Users_One';
import VCC_Ready_Users_Many from '@salesforce/label/c.VCC_Ready_Users_Many';
import VCC_Ready_Code_USER_INACTIVE from '@salesforce/label/c.VCC_Ready_Code_USER_INACTIVE';
import VCC_Ready_Code_VCC_PERMISSION_SET_MISSING from '@salesforce/label/c.VCC_Ready_Code_VCC_PERMISSION_SET_MISSING';
import VCC_Ready_Code_TASK_FIELD_ACCESS_MISSING from '@salesforce/label/c.VCC_Ready_Code_TASK_FIELD_ACCESS_MISSING';
import VCC_Ready_Code_CALL_CENTER_MISSING from '@salesforce/label/c.VCC_Ready_Code_CALL_CENTER_MISSING';
import VCC_Ready_Code_PHONE_MISSING from '@salesforce/label/c.VCC_Ready_Code_PHONE_MISSING';
import VCC_Ready_Code_PHONE_INVALID from '@salesforce/label/c.VCC_Ready_Code_PHONE_INVALID';
import VCC_Ready_Code_PLATFORM_LICENSE from '@salesforce/label/c.VCC_Ready_Code_PLATFORM_LICENSE';
import VCC_Ready_Table_Caption from '@salesforce/label/c.VCC_Ready_Table_Caption';
import VCC_Ready_Column_Select from '@salesforce/label/c.VCC_Ready_Column_Select';
import VCC_Ready_Column_User from '@salesforce/label/c.VCC_Ready_Column_User';
import VCC_Ready_Column_Issues from '@salesforce/label/c.VCC_Ready_Column_Issues';
import VCC_Ready_Select_User from '@salesforce/label/c.VCC_Ready_Select_User';
import VCC_Ready_Select_All from '@salesforce/label/c.VCC_Ready_Select_All';
import VCC_Ready_Show_All from '@salesforce/label/c.VCC_Ready_Show_All';
import VCC_Ready_Ready from '@salesforce/label/c.VCC_Ready_Ready';
import VCC_Ready_Remedy from '@salesforce/label/c.VCC_Ready_Remedy';
import VCC_Ready_Fix_Title from '@salesforce/label/c.VCC_Ready_Fix_Title';
import VCC_Ready_Fix_Scope_Selected from '@salesforce/label/c.VCC_Ready_Fix_Scope_Selected';
import VCC_Ready_Fix_Scope_Needing from '@salesforce/label/c.VCC_Ready_Fix_Scope_Needing';
import VCC_Ready_Permission_Set_Label from '@salesforce/label/c.VCC_Ready_Permission_Set_Label';
import VCC_Ready_Permission_Set_Placeholder from '@salesforce/label/c.VCC_Ready_Permission_Set_Placeholder';
import VCC_Ready_Assign_Button from '@salesforce/label/c.VCC_Ready_Assign_Button';
import VCC_Ready_Assign_Confirm from '@salesforce/label/c.VCC_Ready_Assign_Confirm';
import VCC_Ready_Call_Center_Label from '@salesforce/label/c.VCC_Ready_Call_Center_Label';
import VCC_Ready_Call_Center_Placeholder from '@salesforce/label/c.VCC_Ready_Call_Center_Placeholder';
import VCC_Ready_Call_Center_Button from '@salesforce/label/c.VCC_Ready_Call_Center_Button';
import VCC_Ready_Call_Center_Confirm from '@salesforce/label/c.VCC_Ready_Call_Center_Confirm';
import VCC_Ready_Confirm_Title from '@salesforce/label/c.VCC_Ready_Confirm_Title';
import VCC_Ready_Fix_Nobody from '@salesforce/label/c.VCC_Ready_Fix_Nobody';
import VCC_Ready_Fixing from '@salesforce/label/c.VCC_Ready_Fixing';
import VCC_Ready_Fix_Results_Title from '@salesforce/label/c.VCC_Ready_Fix_Results_Title';
import VCC_Ready_Fix_Done from '@salesforce/label/c.VCC_Ready_Fix_Done';
import VCC_Ready_Outcome_assigned from '@salesforce/label/c.VCC_Ready_Outcome_assigned';
import VCC_Ready_Outcome_alreadyHad from '@salesforce/label/c.VCC_Ready_Outcome_alreadyHad';
import VCC_Ready_Outcome_wouldAssign from '@salesforce/label/c.VCC_Ready_Outcome_wouldAssign';
import VCC_Ready_Outcome_set from '@salesforce/label/c.VCC_Ready_Outcome_set';
import VCC_Ready_Outcome_alreadySet from '@salesforce/label/c.VCC_Ready_Outcome_alreadySet';
import VCC_Ready_Outcome_wouldSet from '@salesforce/label/c.VCC_Ready_Outcome_wouldSet';
import VCC_Ready_Outcome_failed from '@salesforce/label/c.VCC_Ready_Outcome_failed';

export const LABELS = {
  VCC_Ready_Title,
  VCC_Ready_Intro,
  VCC_Ready_Button,
  VCC_Ready_Need_View,
  VCC_Ready_Running,
  VCC_Ready_Summary,
  VCC_Ready_All_Ready,
  VCC_Ready_Users_One,
  VCC_Ready_Users_Many,
  VCC_Ready_Code_USER_INACTIVE,
  VCC_Ready_Code_VCC_PERMISSION_SET_MISSING,
  VCC_Ready_Code_TASK_FIELD_ACCESS_MISSING,
  VCC_Ready_Code_CALL_CENTER_MISSING,
  VCC_Ready_Code_PHONE_MISSING,
  VCC_Ready_Code_PHONE_INVALID,
  VCC_Ready_Code_PLATFORM_LICENSE,
  VCC_Ready_Table_Caption,
  VCC_Ready_Column_Select,
  VCC_Ready_Column_User,
  VCC_Ready_Column_Issues,
  VCC_Ready_Select_User,
  VCC_Ready_Select_All,
  VCC_Ready_Show_All,
  VCC_Ready_Ready,
  VCC_Ready_Remedy,
  VCC_Ready_Fix_Title,
  VCC_Ready_Fix_Scope_Selected,
  VCC_Ready_Fix_Scope_Needing,
  VCC_Ready_Permission_Set_Label,
  VCC_Ready_Permission_Set_Placeholder,
  VCC_Ready_Assign_Button,
  VCC_Ready_Assign_Confirm,
  VCC_Ready_Call_Center_Label,
  VCC_Ready_Call_Center_Placeholder,
  VCC_Ready_Call_Center_Button,
  VCC_Ready_Call_Center_Confirm,
  VCC_Ready_Confirm_Title,
  VCC_Ready_Fix_Nobody,
  VCC_Ready_Fixing,
  VCC_Ready_Fix_Results_Title,
  VCC_Ready_Fix_Done,
  VCC_Ready_Outcome_assigned,
  VCC_Ready_Outcome_alreadyHad,
  VCC_Ready_Outcome_wouldAssign,
  VCC_Ready_Outcome_set,
  VCC_Ready_Outcome_alreadySet,
  VCC_Ready_Outcome_wouldSet,
  VCC_Ready_Outcome_failed
};
