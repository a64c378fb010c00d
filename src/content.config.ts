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
				// Learning-path phases: the steps a reader can tick (see PhaseChecklist).
				checklist: z.array(z.string().min(3)).optional(),
			}),
		}),
	}),
};
