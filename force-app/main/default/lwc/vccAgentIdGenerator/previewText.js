/** The words of the server's AgentIdPreview: which IDs will be written, how many skipped and why, and the first. */
import { LABELS, format } from 'c/vccLabels';

const IN_USE = {
  salesforce: () => LABELS.VCC_AgentId_Start_In_Use_Salesforce,
  vcc: () => LABELS.VCC_AgentId_Start_In_Use_Vcc,
  both: () => LABELS.VCC_AgentId_Start_In_Use_Both
};

/** "IDs 2000 to 2011 for 12 users; 3 skipped because they are in use (2 in Salesforce, 1 in VCC)". */
export function rangeText(preview) {
  const ids =
    preview.count === 1
      ? format(LABELS.VCC_AgentId_Preview_One, preview.first)
      : format(LABELS.VCC_AgentId_Preview, preview.first, preview.last, preview.count);
  const skipped =
    preview.skipped > 0
      ? format(
          LABELS.VCC_AgentId_Preview_Skipped,
          preview.skipped,
          preview.skippedInSalesforce,
          preview.skippedInVcc
        )
      : '';
  return `${ids}${skipped}`;
}

/** "First IDs: 2000, 2001, 2002", or null when there is none. */
export function sampleText(preview) {
  const sample = preview.sample || [];
  return sample.length === 0
    ? null
    : format(LABELS.VCC_AgentId_Preview_Sample, sample.map((assignment) => assignment.agentId).join(', '));
}

/** The warning when the Starting ID itself is in use, or null. */
export function startInUseText(preview, startingId) {
  const label = preview && IN_USE[preview.startInUse];
  return label ? format(label(), startingId) : null;
}
