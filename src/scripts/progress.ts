// Enhances phase checklists with checkboxes and fills in the overview's progress column.
import { doneCount, parseProgress, PROGRESS_KEY, type Progress, withStep } from '../lib/progress';

function load(): Progress {
	let raw: string | null = null;
	try {
		raw = localStorage.getItem(PROGRESS_KEY);
	} catch {
		/* storage disabled: progress lasts for this page view only */
	}
	const progress = parseProgress(raw);
	if (progress) return progress;
	localStorage.removeItem(PROGRESS_KEY); // corrupted or outdated: start again rather than fail
	return parseProgress(null)!;
}

function save(progress: Progress) {
	try {
		localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
	} catch {
		/* quota or privacy mode: nothing to do */
	}
}

const stepIdsOf = (element: HTMLElement) => (element.dataset['steps'] ?? '').split(' ').filter(Boolean);
const summary = (done: number, total: number) => (done === total ? 'Done' : `${done} of ${total} steps`);

let progress = load();

for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
	const phase = list.dataset['checklist']!;
	const status = list.parentElement?.querySelector<HTMLElement>('[data-checklist-status]');
	const steps = [...list.querySelectorAll<HTMLElement>('li[data-step]')];
	const refresh = () => {
		if (status) status.textContent = summary(doneCount(progress, phase, steps.map((li) => li.dataset['step']!)), steps.length);
	};
	for (const item of steps) {
		const box = document.createElement('input');
		box.type = 'checkbox';
		box.checked = (progress.done[phase] ?? []).includes(item.dataset['step']!);
		box.addEventListener('change', () => {
			progress = withStep(progress, phase, item.dataset['step']!, box.checked);
			save(progress);
			refresh();
		});
		const text = document.createElement('span'); // one flex item, however the step wraps
		text.append(...item.childNodes);
		const label = document.createElement('label');
		label.append(box, text);
		item.append(label);
	}
	list.classList.add('is-interactive');
	refresh();
}

let resumeSet = false;
for (const row of document.querySelectorAll<HTMLElement>('[data-phase-progress]')) {
	const steps = stepIdsOf(row);
	const done = doneCount(progress, row.dataset['phaseProgress']!, steps);
	row.querySelector('[data-progress-cell]')!.textContent = done ? summary(done, steps.length) : 'Not started';
	const resume = document.querySelector<HTMLAnchorElement>('[data-resume]');
	if (resume && !resumeSet && done < steps.length) {
		resumeSet = true;
		resume.href = row.querySelector('a')!.href;
		resume.textContent = `Resume: ${row.querySelector('a')!.textContent}`;
		resume.hidden = false;
	}
}
