// A journey as a file: the documented JSON format (`wayfarer.journey`, see docs/journey-format.md)
// written from a draft, and read back for an import. The server validates the graph itself; this
// only tells a JSON journey apart from any other file, so the marketer hears which it was.
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type JourneyGraphInput } from '@wayfarer/journey';

export interface JourneyFile {
  filename: string;
  text: string;
}

// Characters no file system takes in a name (control characters included); CJK names stay as they are.
const unsafeInFilename = /[\\/:*?"<>|\p{Cc}]+/gu;

/** The draft as a `.journey.json` file named after the journey, with its tags when it has some. */
export function journeyFile(journey: { name: string; draft: JourneyGraphInput; tags?: string[] }): JourneyFile {
  const tags = journey.tags === undefined || journey.tags.length === 0 ? {} : { tags: journey.tags };
  const graph = {
    ...journey.draft,
    format: GRAPH_FORMAT,
    formatVersion: GRAPH_FORMAT_VERSION,
    name: journey.name,
    ...tags,
  };
  const base = journey.name.replace(unsafeInFilename, '-').trim() || 'journey';
  return { filename: `${base}.journey.json`, text: `${JSON.stringify(graph, null, 2)}\n` };
}

export type ReadJourneyFile =
  { ok: true; name: string; graph: JourneyGraphInput } | { ok: false; problem: 'not_json' | 'not_journey' };

/** The journey a file holds, named by its `name` or else the file's name without extensions. */
export function readJourneyFile(text: string, filename: string): ReadJourneyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_json' };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== GRAPH_FORMAT) {
    return { ok: false, problem: 'not_journey' };
  }
  const graph = parsed as JourneyGraphInput;
  const fromFile = filename.replace(/(\.journey)?\.json$/i, '').trim();
  const name = (typeof graph.name === 'string' ? graph.name.trim() : '') || fromFile || 'Imported journey';
  return { ok: true, name: name.slice(0, 200), graph };
}
