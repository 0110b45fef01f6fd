/**
 * Channel types. The v2 contract names FACEBOOK, TWITTER, WHATSAPP, WEBCHAT and "others the tenant
 * has"; DFO channels carry a platform id (`realExternalPlatformId`) instead, mapped here.
 */

export const KNOWN_CHANNEL_TYPES = [
	'FACEBOOK',
	'TWITTER',
	'INSTAGRAM',
	'WHATSAPP',
	'WEBCHAT',
	'SMS',
	'EMAIL',
	'LINE',
	'TELEGRAM',
	'VIBER',
	'APPLE_BUSINESS_CHAT',
	'LINKEDIN',
	'YOUTUBE',
	'GOOGLE_BUSINESS_MESSAGES',
] as const;

/**
 * Filtering by these needs the `social:read` scope (flavour A). Which types count as social is
 * inferred from the public documentation: the public social networks and messaging apps.
 */
export const SOCIAL_CHANNEL_TYPES: ReadonlySet<string> = new Set([
	'FACEBOOK',
	'TWITTER',
	'INSTAGRAM',
	'WHATSAPP',
	'LINE',
	'TELEGRAM',
	'VIBER',
	'APPLE_BUSINESS_CHAT',
	'LINKEDIN',
	'YOUTUBE',
]);

const PLATFORM_TO_TYPE: Record<string, string> = {
	facebook: 'FACEBOOK',
	messenger: 'FACEBOOK',
	twitter: 'TWITTER',
	x: 'TWITTER',
	instagram: 'INSTAGRAM',
	whatsapp: 'WHATSAPP',
	chat: 'WEBCHAT',
	livechat: 'WEBCHAT',
	sms: 'SMS',
	email: 'EMAIL',
	line: 'LINE',
	telegram: 'TELEGRAM',
	viber: 'VIBER',
	'apple-business-chat': 'APPLE_BUSINESS_CHAT',
	linkedin: 'LINKEDIN',
	youtube: 'YOUTUBE',
	'google-business-messages': 'GOOGLE_BUSINESS_MESSAGES',
};

/** DFO platform id to the upper-case channel type of the normalised item. */
export function channelTypeForPlatform(platformId: string): string {
	const key = platformId.trim().toLowerCase();
	return PLATFORM_TO_TYPE[key] ?? key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * The type of a DFO channel known only by its id ("fb_108412721877255"): the id starts with the
 * platform id.
 */
export function channelTypeForChannelId(channelId: string): string {
	return channelTypeForPlatform(channelId.split('_')[0]);
}

export const CUSTOM_CHANNEL_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
