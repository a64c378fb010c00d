import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// Every page needs a description: it feeds search results and link previews.
		schema: docsSchema({
			extend: z.object({
				description: z.string().min(20),
				// A phase's overview (path/phase-N-.../index.mdx): how long it takes and what you build.
				phase: z.object({ time: z.string().min(3), builds: z.string().min(10) }).optional(),
				// What a reader who may skip the phase can already do, each with the step that teaches it.
				selfCheck: z.array(z.object({ can: z.string().min(10), step: z.string().min(2) })).optional(),
				// A step of a phase (path/phase-N-.../<step>.mdx): its length, and the checklist items of
				// the former single-page phase it replaces (to carry saved progress over).
				step: z.object({ minutes: z.number().int().positive(), replaces: z.array(z.string()).default([]) }).optional(),
			}),
		}),
	}),
};
