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
 * Filtering by these needs the `social:read` scope (v2). Which types count as social is
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

// NICE's published spec lists both short and long forms of some platform ids (fb/facebook,
// ig/instagram, tw/twitter); either may come back from /channels.
const PLATFORM_TO_TYPE: Record<string, string> = {
	facebook: 'FACEBOOK',
	fb: 'FACEBOOK',
	messenger: 'FACEBOOK',
	twitter: 'TWITTER',
	tw: 'TWITTER',
	x: 'TWITTER',
	instagram: 'INSTAGRAM',
	ig: 'INSTAGRAM',
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

/** Type of a channel whose platform is not known at all. */
export const UNKNOWN_CHANNEL_TYPE = 'UNKNOWN';

/**
 * A last-resort guess at the type of a DFO channel known only by its id, for a contact whose
 * channel is missing from /channels. No prefix rule is documented; observed ids are
 * "fb_108412721877255", "chat_<uuid>" and "ind_whatsapp_<hex>", so any "_"-separated part that is
 * a known platform id counts, and anything else is UNKNOWN rather than a made-up type.
 */
export function channelTypeForChannelId(channelId: string): string {
	for (const part of channelId.toLowerCase().split('_')) {
		const type = PLATFORM_TO_TYPE[part];
		if (type) return type;
	}
	return UNKNOWN_CHANNEL_TYPE;
}

export const CUSTOM_CHANNEL_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
