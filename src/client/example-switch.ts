// The framework switches and the side-by-side/tabs toggle of tested examples. What is shown is
// decided by CSS from <html data-fw data-fw-layout> (set before paint by the inline script of
// src/lib/example-preferences.ts); this only records a choice and keeps aria-pressed true.
import { FRAMEWORK_KEY, LAYOUT_KEY, parsePreferences, type Layout } from '../lib/example-preferences';
import { FRAMEWORK_SIDE, type Framework, isFramework, shownFramework } from '../lib/frameworks';

const root = document.documentElement;

function save(key: string, value: string) {
	try {
		localStorage.setItem(key, value);
	} catch {
		/* storage disabled: the choice lasts for this page view */
	}
}

function current() {
	return parsePreferences(root.dataset['fw'] ?? null, root.dataset['fwLayout'] ?? null, null);
}

function syncPressed() {
	const { framework, layout } = current();
	const sideBySide = layout === 'side' && matchMedia('(min-width: 72rem)').matches;
	for (const example of document.querySelectorAll<HTMLElement>('.fw-example')) {
		const available = [...example.querySelectorAll<HTMLElement>('.fw-panel')]
			.map((panel) => panel.dataset['fw'])
			.filter(isFramework);
		for (const button of example.querySelectorAll<HTMLButtonElement>('.fw-switch button')) {
			const side = FRAMEWORK_SIDE[button.dataset['fw'] as Framework];
			const candidates =
				sideBySide && example.hasAttribute('data-both')
					? available.filter((fw) => FRAMEWORK_SIDE[fw] === side)
					: available;
			button.setAttribute('aria-pressed', String(shownFramework(framework, candidates) === button.dataset['fw']));
		}
		example.querySelector('.fw-layout')?.setAttribute('aria-pressed', String(layout === 'side'));
	}
}

/** Keeps the clicked control where it was on screen while the code around it changes. */
function keepInPlace(control: HTMLElement, change: () => void) {
	const before = control.getBoundingClientRect().top;
	change();
	window.scrollBy(0, control.getBoundingClientRect().top - before);
}

document.addEventListener('click', (event) => {
	const control = (event.target as Element).closest<HTMLButtonElement>('.fw-switch button, .fw-layout');
	if (!control) return;
	keepInPlace(control, () => {
		if (control.classList.contains('fw-layout')) {
			const layout: Layout = current().layout === 'side' ? 'tabs' : 'side';
			root.dataset['fwLayout'] = layout;
			save(LAYOUT_KEY, layout);
		} else if (isFramework(control.dataset['fw'])) {
			root.dataset['fw'] = control.dataset['fw'];
			save(FRAMEWORK_KEY, control.dataset['fw']);
		}
		syncPressed();
	});
});
matchMedia('(min-width: 72rem)').addEventListener('change', syncPressed);
syncPressed();
