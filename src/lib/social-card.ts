// What a page's social preview image shows and where it is served; social-card-image.ts draws it.
import { pageSlug } from './site-url';

/** The size Open Graph and X (Twitter) large cards expect. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

export interface SocialCardText {
	title: string;
	section: string;
	siteName: string;
}

/** The card's name under /og/: the page's slug, or 'index' for the home page. */
export const socialCardSlug = (entryId: string): string => pageSlug(entryId) || 'index';

/** Where a docs entry's card is served: 'compare/admin' -> '/og/compare/admin.png'. */
export const socialCardPath = (entryId: string): string => `/og/${socialCardSlug(entryId)}.png`;

/** Long titles get a smaller size so that the longest (about 90 characters) still fits in three lines. */
export function titleFontSize(title: string): number {
	if (title.length <= 45) return 76;
	return title.length <= 70 ? 64 : 56;
}
