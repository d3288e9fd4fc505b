/** Segment's own HTTP Tracking API limits, so a pipeline that works against Segment works here. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
export const MAX_BATCH_EVENTS = 2_500;

/** Longest id (messageId, userId, anonymousId, groupId, previousId) and event name we keep. */
export const MAX_ID_LENGTH = 256;
export const MAX_EVENT_NAME_LENGTH = 256;

export const MESSAGE_TYPES = ['track', 'identify', 'group', 'page', 'screen', 'alias'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Event types that count as product usage for the daily rollups. */
export const USAGE_TYPES: readonly MessageType[] = ['track', 'page', 'screen'];
