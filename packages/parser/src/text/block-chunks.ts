/** A piece of a document that parses on its own as it would inside the whole. */
export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  offset: number;
  /** Lines before the chunk (its first line is line `lineDelta + 1` of the document). */
  lineDelta: number;
  text: string;
}

/** Below this size a document is parsed whole. */
export const chunkThreshold = 1 << 20;
const targetSize = 1 << 18;

// A line that starts a paragraph or a heading at the margin: after a blank line it ends every
// open list, block quote and paragraph, so the document can be cut before it.
const freshStart = /^[#\p{L}]/u;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const boxOpening = /^:{3,}\s*[\p{L}]/u;
const boxClosing = /^:{3,}\s*$/;

/**
 * Cuts a large document into chunks of about 256 kB at places where Markdown block structure
 * does not carry over: a blank line followed by a line that starts at the margin with a letter
 * or `#`, outside fenced code, `:::` boxes and HTML comments. micromark holds every event of a
 * document until it has built the tree, about 30 times the text's size; parsed in chunks, a
 * 10 MB chapter stays within the memory bound (BENCHMARKS.md). Link reference definitions do
 * not reach across chunks; the convention does not use them. Small documents are one chunk.
 */
export function blockChunks(text: string): Chunk[] {
  if (text.length < chunkThreshold) return [{ offset: 0, lineDelta: 0, text }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let line = 0;
  let inFence: string | null = null;
  let boxDepth = 0;
  let inComment = false;
  let previousBlank = false;
  for (let start = 0; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    const content = text.slice(start, end).replace(/\r?\n$/, '');
    const outside = inFence === null && boxDepth === 0 && !inComment;
    if (outside && previousBlank && start - chunkStart >= targetSize && freshStart.test(content)) {
      chunks.push({ offset: chunkStart, lineDelta: chunkLine, text: text.slice(chunkStart, start) });
      chunkStart = start;
      chunkLine = line;
    }
    const opened = fence.exec(content)?.[1];
    if (inFence !== null) {
      if (opened && opened[0] === inFence[0] && opened.length >= inFence.length) inFence = null;
    } else if (inComment) {
      if (content.includes('-->')) inComment = false;
    } else if (opened) inFence = opened;
    else if (content.trimStart().startsWith('<!--') && !content.includes('-->')) inComment = true;
    else if (boxOpening.test(content)) boxDepth++;
    else if (boxClosing.test(content)) boxDepth = Math.max(0, boxDepth - 1);
    previousBlank = content.trim() === '';
    start = end;
  }
  chunks.push({ offset: chunkStart, lineDelta: chunkLine, text: text.slice(chunkStart) });
  return chunks;
}
