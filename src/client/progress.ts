// The reader's progress through the learning path: "mark this step done" on step pages, the step
// list and resume link on phase overviews, the table on the path overview, and ticks in the
// sidebar. The steps and how to read old progress come from LearningPathData.astro.
import {
	doneCount,
	parseProgress,
	PROGRESS_KEY,
	type Progress,
	type ProgressMigration,
	resumeStep,
	withStep,
} from '../lib/progress';

interface PathStep {
	id: string;
	phase: string;
	title: string;
	url: string;
}
const data = JSON.parse(document.getElementById('learning-path-data')?.textContent ?? '{}') as {
	steps?: PathStep[];
	migration?: ProgressMigration;
};
const steps = data.steps ?? [];

function load(): Progress {
	let raw: string | null = null;
	try {
		raw = localStorage.getItem(PROGRESS_KEY);
	} catch {
		/* storage disabled: progress lasts for this page view only */
	}
	const progress = parseProgress(raw, data.migration);
	if (progress && raw !== null && !raw.includes(`"version":${progress.version}`)) save(progress); // carried over
	if (progress) return progress;
	localStorage.removeItem(PROGRESS_KEY); // corrupted or unknown: start again rather than fail
	return parseProgress(null)!;
}

function save(value: Progress) {
	try {
		localStorage.setItem(PROGRESS_KEY, JSON.stringify(value));
	} catch {
		/* quota or privacy mode: nothing to do */
	}
}

const summary = (done: number, total: number) =>
	done === 0 ? 'Not started' : done === total ? 'Done' : `${done} of ${total} steps`;
const idsOf = (phase?: string) => steps.filter((step) => !phase || step.phase === phase).map((step) => step.id);

let progress = load();

function showResume(link: HTMLAnchorElement | null, phase?: string) {
	const next = resumeStep(progress, idsOf(phase));
	const step = steps.find((candidate) => candidate.id === next);
	if (!link) return;
	link.hidden = !step;
	if (step) {
		link.href = step.url;
		link.textContent = `Resume: ${step.title}`;
	}
}

function render() {
	const done = new Set(progress.done);
	for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.sidebar a[href]')) {
		const step = steps.find((candidate) => link.pathname === candidate.url);
		if (step) link.toggleAttribute('data-done', done.has(step.id));
	}
	for (const list of document.querySelectorAll<HTMLElement>('[data-phase-steps]')) {
		for (const item of list.querySelectorAll<HTMLElement>('[data-step-id]')) {
			const state = item.querySelector('[data-step-state]');
			if (state) state.textContent = done.has(item.dataset['stepId']!) ? '✓ done' : '';
		}
		const phase = list.dataset['phaseSteps']!;
		const status = document.querySelector('[data-phase-status]');
		if (status) status.textContent = summary(doneCount(progress, idsOf(phase)), idsOf(phase).length);
		showResume(document.querySelector('[data-resume]'), phase);
	}
	for (const row of document.querySelectorAll<HTMLElement>('[data-phase-progress]')) {
		const ids = idsOf(row.dataset['phaseProgress']);
		row.querySelector('[data-progress-cell]')!.textContent = summary(doneCount(progress, ids), ids.length);
	}
	if (document.querySelector('[data-phase-progress]')) showResume(document.querySelector('[data-resume]'));
	for (const control of document.querySelectorAll<HTMLElement>('[data-step-done]')) {
		const isDone = done.has(control.dataset['stepDone']!);
		const button = control.querySelector('button')!;
		button.hidden = false;
		button.setAttribute('aria-pressed', String(isDone));
		button.textContent = isDone ? 'Done ✓ (click to undo)' : 'Mark this step done';
		control.querySelector('[data-step-done-status]')!.textContent = isDone
			? 'Marked done in this browser: the sidebar and the phase overview show it.'
			: '';
	}
}

for (const control of document.querySelectorAll<HTMLElement>('[data-step-done]')) {
	control.querySelector('button')!.addEventListener('click', () => {
		const step = control.dataset['stepDone']!;
		progress = withStep(progress, step, !progress.done.includes(step));
		save(progress);
		render();
	});
}
render();
