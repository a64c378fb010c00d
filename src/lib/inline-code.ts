const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escapes text and turns `backticks` into <code>, for short strings kept in frontmatter. */
export function inlineCodeToHtml(text: string): string {
	return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}
