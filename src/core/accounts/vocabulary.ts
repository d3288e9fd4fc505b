export const TOUCH_MODELS = ['high', 'low', 'tech'] as const;
export type TouchModel = (typeof TOUCH_MODELS)[number];

export const LIFECYCLE_STAGES = ['onboarding', 'adoption', 'mature', 'renewal', 'expansion', 'at-risk', 'churned'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const CONTACT_ROLES = ['champion', 'executive_sponsor', 'decision_maker', 'user'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_STATUSES = ['active', 'left'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
