import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { interviewLoader } from './loader/interviews.ts';
import { configuredCollections } from './loader/render-store.ts';

/** Where transcripts live, relative to the project root. */
export const CONTENT_DIR = process.env.INTERVIEWS_DIR ?? 'content/interviews';

const role = z.enum(['interviewer', 'guest', 'other']);
const paragraph = z.object({ line: z.number().int(), text: z.string(), html: z.string(), note: z.literal(true).optional() });

const transcripts = defineCollection({
  loader: interviewLoader({ base: CONTENT_DIR, collection: 'transcripts' }),
  schema: z.object({
    slug: z.string(),
    file: z.string(),
    title: z.string().min(1),
    guest: z.string().nullable(),
    interviewer: z.string().nullable(),
    publication: z.string().nullable(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    media: z.string().nullable(),
    lang: z.string(),
    intro: z.array(paragraph),
    outro: z.array(paragraph),
    sections: z.array(z.object({ anchor: z.string(), heading: z.string().nullable() })),
    speakers: z.array(z.string()),
    turnCount: z.number().int(),
    answerCount: z.number().int(),
    wordCount: z.number().int(),
    readingMinutes: z.number().int(),
    removedLines: z.number().int(),
  }),
});

const sections = defineCollection({
  loader: interviewLoader({ base: CONTENT_DIR, collection: 'sections' }),
  schema: z.object({
    anchor: z.string(),
    transcript: z.string(),
    heading: z.string().nullable(),
    order: z.number().int(),
    line: z.number().int(),
    turns: z.array(z.string()),
  }),
});

const turns = defineCollection({
  loader: interviewLoader({ base: CONTENT_DIR, collection: 'turns' }),
  schema: z.object({
    anchor: z.string(),
    transcript: z.string(),
    section: z.string(),
    order: z.number().int(),
    speaker: z.string(),
    speakerKey: z.string().nullable(),
    role,
    html: z.string(),
    line: z.number().int(),
    time: z.number().nonnegative().optional(),
  }),
});

export const collections = { transcripts, sections, turns };
// So that pages can render from the stores the sync leaves in memory (src/loader/render-store.ts).
configuredCollections(Object.keys(collections));
