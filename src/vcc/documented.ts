/**
 * The documented shapes of VCC's request bodies (VCC-API.md, "The user body" and "Supervisor permissions"): the
 * one list of each level's writable and read-only fields. The create-body builder copies from these lists and
 * the simulator's strict mode refuses anything outside them, so the two never disagree.
 */
import type { VccPermissionKind } from './types';

/** `userAccountConfiguration` keys a new user takes from its template. */
export const ACCOUNT_FIELDS = ['role', 'actAsAgent'] as const;

/** `agentConfiguration` settings a new user takes from its template when present (their values as read). */
export const AGENT_SETTINGS = [
  'webrtc',
  'agentControlWebrtc',
  'handleMultipleInteractions',
  'enforcedDispositionCodes',
  'transcribeCalls',
  'screenRecording',
  'callParking',
  'salesCadence',
  'outboundAutoanswer',
  'inboundAutoanswer',
  'outboundWrapUp',
  'backToReadyAfterNoAnswer',
  'backToReadyAfterLineBusy',
  'backToReadyAfterInvalidNumber',
  'backToReadyAfterNetworkIssue',
  'callRatingFrequency',
  'video',
  'transcribeCallsRealTime',
  'callRecordingControls',
  'location'
] as const;

/**
 * The capacity object of `agentConfiguration`, spelt `capacity` or `Capacity` (the pages differ), its inner
 * keys in the same two spellings (CAPACITY_KEYS).
 */
export const CAPACITY_FIELD = 'capacity';

/** The capacity keys in each spelling Vonage's pages use. */
export const CAPACITY_KEYS = {
  camel: ['isAgentLevel', 'live', 'nonLive', 'semiLive'],
  pascal: ['IsAgentLevel', 'Live', 'NonLive', 'SemiLive']
} as const;
export type CapacitySpelling = keyof typeof CAPACITY_KEYS;

/** `telephonyAddress` settings a new user takes from its template; the number and extension are its own. */
export const TELEPHONY_SETTINGS = [
  'outboundTelephonyRegion',
  'nationalDisplay',
  'virtualLocation',
  'preventAutoCallbackNumber',
  'selectedCallbackNumberId'
] as const;

/** Keys that belong to one person (filled from the Salesforce user), at each level of the body. */
export const SALESFORCE_FIELDS = {
  user: ['username', 'name', 'email'],
  agentConfiguration: ['agentDisplayId'],
  telephonyAddress: ['telephoneAddress', 'telephonyExtension']
} as const;

/** Every writable field of a user body, at each level, and the read-only ones VCC answers with. */
export const USER_BODY_FIELDS = {
  user: [...SALESFORCE_FIELDS.user, 'ssoExternalId', 'active', 'userAccountConfiguration'],
  userReadOnly: ['userId', 'lastLoginTime', 'locked'],
  userAccountConfiguration: [...ACCOUNT_FIELDS, 'agentConfiguration'],
  userAccountConfigurationReadOnly: ['chargeable'],
  agentConfiguration: [
    ...SALESFORCE_FIELDS.agentConfiguration,
    ...AGENT_SETTINGS,
    CAPACITY_FIELD,
    'telephonyAddress'
  ],
  telephonyAddress: [...SALESFORCE_FIELDS.telephonyAddress, ...TELEPHONY_SETTINGS]
} as const satisfies Record<string, readonly string[]>;

/** The fields of each permission list's entries in a PUT body. */
export const PERMISSION_FIELDS: Readonly<Record<VccPermissionKind, string[]>> = {
  groups: ['groupId', 'groupPermission'],
  queues: ['queueId', 'queuePermission'],
  addresses: ['addressId', 'addressName'],
  interactionPlans: ['interactionPlanId', 'interactionPlanPermission']
};

export type JsonObject = Record<string, unknown>;

/** The value as a JSON object, or null for anything else (null, an array, a scalar). */
export function asObject(value: unknown): JsonObject | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null;
}
