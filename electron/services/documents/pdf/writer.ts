import { COLOR, PAGE } from './theme';

/** The pdfkit document pdfmake hands over (its own subclass of PDFKit.PDFDocument). */
export type Doc = PDFKit.PDFDocument;

export type FontKey = 'regular' | 'bold' | 'italic';

/** A piece of text in one style; a paragraph is a list of runs that wrap together. */
export interface Run {
  text: string;
  font?: FontKey;
  size?: number;
  color?: string;
  link?: string;
}

export interface Cell {
  /** Each paragraph starts a new line. */
  paragraphs: Run[][];
  /** Draw an empty tick box before the text. */
  checkbox?: boolean;
  /** The cell spans this many columns (default 1). */
  span?: number;
}

export interface Row {
  cells: Cell[];
  fill?: string;
}

interface Segment extends Required<Omit<Run, 'link'>> {
  link?: string;
  width: number;
}

const DEFAULT_SIZE = 7.5;
const LINE_FACTOR = 1.25;
// Roboto's ascender, in em: lines of mixed sizes share one baseline.
const ASCENT = 0.93;
const CHECKBOX = 8;

const PAD = { x: 3, y: 2.5 } as const;
/** Where a word too long for its line may break: after these, never inside a name. */
const SEPARATORS = ['/', '.', '-', ',', ':', '>', '_', '@'];

/** A font as pdfkit 0.19 holds it: what fastText uses, the same its own text() uses. */
interface PdfKitFont {
  id: string;
  ascender: number;
  encode(
    text: string,
  ): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  ref(): unknown;
}

/** The parts of pdfkit's and pdfmake's document beyond their typed API that the writer uses. */
interface PdfKitInternals {
  _font: PdfKitFont;
  page: { fonts: Record<string, unknown>; height: number };
  addContent(data: string): void;
  /** pdfmake's: the font object it opened (and embeds) for a family and style. */
  provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
}

const pdfNumber = (n: number): string => String(Math.round(n * 1000) / 1000);

/** "#1d2430" → "0.114 0.141 0.188 rg". */
function fillOperator(hex: string): string {
  const channels = [1, 3, 5].map((i) => pdfNumber(parseInt(hex.slice(i, i + 2), 16) / 255));
  return `${channels.join(' ')} rg`;
}
const FILL_OPERATORS = new Map<string, string>();

/**
 * Data (rule ids, addresses, ports, names with numbers): printable ASCII with a digit. Thousands of
 * them are each written once; shaping each costs more than the rest of its row. Drawn glyph by
 * glyph, without kerning (digits and punctuation have none to speak of).
 */
const DATA_TEXT = /^(?=.*\d)[\x20-\x7e]+$/;

/** A character as the PDF writes it: its glyph's id in the embedded subset, its advance (1/1000 em). */
interface Glyph {
  hex: string;
  advance: number;
}

/**
 * Writes flowing text and tables straight into pdfkit, into the document pdfmake started with the
 * cover: pdfmake lays out a table row several times slower, and a large plan has thousands.
 */
export class PageWriter {
  y = 0;
  private readonly widths = new Map<string, Map<string, number>>();
  private font: FontKey | undefined;
  private size = 0;
  private color = '';
  private readonly fonts: Record<FontKey, PdfKitFont>;
  private readonly glyphs: Record<FontKey, Map<string, Glyph>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
  };

  constructor(
    readonly doc: Doc,
    family: string,
  ) {
    // pdfmake's own font objects: the same embedded subsets, no second copy, no parsing again.
    const internals = doc as unknown as PdfKitInternals;
    this.fonts = {
      regular: internals.provideFont(family, false, false),
      bold: internals.provideFont(family, true, false),
      italic: internals.provideFont(family, false, true),
    };
  }

  get left(): number {
    return PAGE.margins[0];
  }
  get width(): number {
    return PAGE.contentWidth;
  }
  get bottom(): number {
    return this.doc.page.height - PAGE.margins[3];
  }

  addPage(): void {
    this.doc.addPage();
    this.forgetState();
    this.y = PAGE.margins[1];
  }

  /** Every page has its own graphics state: after a page change, set font and color anew. */
  forgetState(): void {
    this.font = undefined;
    this.color = '';
    this.size = 0;
  }

  /** Start a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.addPage();
  }

  private use(font: FontKey, size: number, color: string): void {
    if (font !== this.font) {
      // As pdfmake's renderer does: pdfkit's font() would open a font given as data anew.
      (this.doc as unknown as PdfKitInternals)._font = this.fonts[font];
      this.font = font;
    }
    if (size !== this.size) {
      this.doc.fontSize(size);
      this.size = size;
    }
    if (color !== this.color) {
      // The fill color operator itself: pdfkit's fillColor() parses the color on every call.
      let operator = FILL_OPERATORS.get(color);
      if (!operator) FILL_OPERATORS.set(color, (operator = fillOperator(color)));
      (this.doc as unknown as PdfKitInternals).addContent(operator);
      this.color = color;
    }
  }

  /** A character's glyph, encoded once per font (which also puts it into the embedded subset). */
  private glyph(font: FontKey, char: string): Glyph {
    const glyphs = this.glyphs[font];
    let glyph = glyphs.get(char);
    if (!glyph) {
      const [hex, positions] = this.fonts[font].encode(char);
      glyph = { hex: hex.join(''), advance: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
      glyphs.set(char, glyph);
    }
    return glyph;
  }

  measure(text: string, font: FontKey, size: number): number {
    if (DATA_TEXT.test(text)) {
      let advance = 0;
      for (const char of text) advance += this.glyph(font, char).advance;
      return (advance * size) / 1000;
    }
    const style = `${font}${size}`;
    let widths = this.widths.get(style);
    if (!widths) this.widths.set(style, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) {
      (this.doc as unknown as PdfKitInternals)._font = this.fonts[font];
      this.font = font;
      this.doc.fontSize(size);
      this.size = size;
      widths.set(text, (width = this.doc.widthOfString(text)));
    }
    return width;
  }

  private segment(run: Run, text = run.text): Segment {
    const font = run.font ?? 'regular';
    const size = run.size ?? DEFAULT_SIZE;
    return {
      text,
      font,
      size,
      color: run.color ?? COLOR.ink,
      link: run.link,
      width: this.measure(text, font, size),
    };
  }

  /**
   * A word longer than the line: broken after a separator (/ . - , : > _ @) where one fits, so a
   * name, address or rule id reads whole up to it; a word without one is hyphenated.
   */
  private split(word: Segment, room: number): Segment[] {
    const parts: Segment[] = [];
    const { font, size } = word;
    // Where each prefix ends, from the characters' widths (cached per character): measuring every
    // prefix would shape thousands of strings for a long list of rule ids.
    const fits = (text: string, limit: number): number => {
      let used = 0;
      let end = 0;
      for (const char of text) {
        used += this.measure(char, font, size);
        if (used > limit && end > 0) break;
        end += char.length;
      }
      // Kerning makes the whole a little narrower or wider than its characters: check once.
      while (end > 1 && this.measure(text.slice(0, end), font, size) > limit) end--;
      return end;
    };
    const hyphen = this.measure('-', font, size);
    let rest = word.text;
    while (rest) {
      let end = fits(rest, room);
      if (end < rest.length) {
        const soft = Math.max(...SEPARATORS.map((c) => rest.lastIndexOf(c, end - 1)));
        if (soft > 0) end = soft + 1;
        else if (end > 2) {
          // No separator on the line: a hyphen says the word goes on.
          end = Math.max(1, fits(rest, room - hyphen));
          parts.push(this.segment(word, `${rest.slice(0, end)}-`));
          rest = rest.slice(end);
          continue;
        }
      }
      parts.push(this.segment(word, rest.slice(0, end)));
      rest = rest.slice(end);
    }
    return parts;
  }

  /** Lines of one paragraph within `room` points: greedy, breaking at spaces. */
  private wrap(runs: readonly Run[], room: number): Segment[][] {
    const whole = runs.map((r) => this.segment(r));
    if (whole.reduce((sum, s) => sum + s.width, 0) <= room) return [whole];
    const lines: Segment[][] = [[]];
    let used = 0;
    for (const run of runs) {
      for (const token of run.text.match(/\s*\S+\s*|\s+/g) ?? []) {
        const word = this.segment(run, token);
        // Trailing spaces may hang over the edge.
        const trimmed = token.trimEnd();
        const fit = trimmed === token ? word.width : this.measure(trimmed, word.font, word.size);
        if (used + fit > room && used > 0) {
          lines.push([]);
          used = 0;
          word.text = word.text.trimStart();
          word.width = this.measure(word.text, word.font, word.size);
        }
        const pieces = word.width > room ? this.split(word, room) : [word];
        for (const [i, piece] of pieces.entries()) {
          if (i > 0) {
            lines.push([]);
            used = 0;
          }
          lines.at(-1)!.push(piece);
          used += piece.width;
        }
      }
    }
    return lines;
  }

  /**
   * The PDF operators pdfkit's text() writes, without its per-call option handling and state
   * saving: a quarter of the rule tables' time. Glyphs with offsets (rare marks) take text().
   */
  private fastText(s: Segment, x: number, top: number): boolean {
    const doc = this.doc as unknown as PdfKitInternals;
    const font = doc._font;
    if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
    const height = doc.page.height;
    const baseline = height - top - (font.ascender / 1000) * s.size;
    const show = (array: string) =>
      doc.addContent(
        `q 1 0 0 -1 0 ${pdfNumber(height)} cm BT 1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseline)} Tm /${font.id} ${pdfNumber(s.size)} Tf [${array}] TJ ET Q`,
      );
    if (DATA_TEXT.test(s.text)) {
      let hex = '';
      for (const char of s.text) hex += this.glyph(s.font, char).hex;
      show(`<${hex}>`);
      return true;
    }
    const [glyphs, positions] = font.encode(s.text);
    if (positions.some((p) => p.xOffset || p.yOffset)) return false;
    const parts: string[] = [];
    let last = 0;
    positions.forEach((p, i) => {
      const kerning = p.xAdvance - p.advanceWidth;
      if (kerning === 0) return;
      parts.push(`<${glyphs.slice(last, i + 1).join('')}> ${pdfNumber(-kerning)}`);
      last = i + 1;
    });
    if (last < glyphs.length) parts.push(`<${glyphs.slice(last).join('')}>`);
    show(parts.join(' '));
    return true;
  }

  private static largest(line: readonly Segment[], floor: number): number {
    let size = floor;
    for (const s of line) if (s.size > size) size = s.size;
    return size;
  }

  private static lineHeight(line: readonly Segment[]): number {
    return PageWriter.largest(line, DEFAULT_SIZE) * LINE_FACTOR;
  }

  /** Lines of a cell: every paragraph wrapped to the width. */
  private cellLines(cell: Cell, room: number): Segment[][] {
    return cell.paragraphs.flatMap((p) => this.wrap(p, room));
  }

  private drawLines(lines: readonly Segment[][], x: number, y: number): void {
    let top = y;
    for (const line of lines) {
      const size = PageWriter.largest(line, 0);
      let left = x;
      for (const s of line) {
        if (s.text.trim() !== '') {
          this.use(s.font, s.size, s.color);
          const y = top + (size - s.size) * ASCENT;
          if (!this.fastText(s, left, y)) this.doc.text(s.text, left, y, { lineBreak: false });
          if (s.link) this.doc.link(left, y, s.width, s.size * LINE_FACTOR, s.link);
        }
        left += s.width;
      }
      top += PageWriter.lineHeight(line);
    }
  }

  private static height(lines: readonly Segment[][]): number {
    let height = 0;
    for (const line of lines) height += PageWriter.lineHeight(line);
    return height;
  }

  /** Flowing text across the full width (or `width`), moving down; `after` adds space below. */
  paragraph(
    runs: readonly Run[],
    options: { after?: number; x?: number; width?: number } = {},
  ): void {
    const x = options.x ?? this.left;
    const lines = this.wrap(runs, options.width ?? this.width);
    for (const line of lines) {
      const h = PageWriter.lineHeight(line);
      this.ensure(h);
      this.drawLines([line], x, this.y);
      this.y += h;
    }
    this.y += options.after ?? 0;
  }

  /** Text at a fixed place (headers, footers, form fields): never starts a page. */
  place(runs: readonly Run[], x: number, y: number, width: number): void {
    this.drawLines(this.wrap(runs, width), x, y);
  }

  private layoutRow(row: Row, widths: readonly number[]) {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.span ?? 1;
      const x = this.left + widths.slice(0, column).reduce((a, b) => a + b, 0);
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const inset = cell.checkbox ? CHECKBOX + 4 : 0;
      const lines = this.cellLines(cell, width - 2 * PAD.x - inset);
      return { cell, x, inset, lines };
    });
    const height =
      Math.max(CHECKBOX + 2, ...cells.map((c) => PageWriter.height(c.lines))) + 2 * PAD.y;
    return { cells, height };
  }

  private drawRow(layout: ReturnType<PageWriter['layoutRow']>, row: Row, ruleColor: string): void {
    const { doc } = this;
    if (row.fill) {
      doc.rect(this.left, this.y, this.width, layout.height).fill(row.fill);
      this.color = '';
    }
    for (const { cell, x, inset, lines } of layout.cells) {
      if (cell.checkbox) {
        doc
          .roundedRect(x + PAD.x, this.y + PAD.y + 0.5, CHECKBOX, CHECKBOX, 1)
          .lineWidth(0.7)
          .strokeColor(COLOR.ink)
          .stroke();
      }
      this.drawLines(lines, x + PAD.x + inset, this.y + PAD.y);
    }
    this.y += layout.height;
    doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.3)
      .strokeColor(ruleColor)
      .stroke();
  }

  /**
   * A table whose header rows repeat on every page; a row never splits across pages, and the
   * header never stands alone at the bottom of a page.
   */
  table(widths: readonly number[], header: readonly Row[], rows: Iterable<Row>): void {
    const headerLayouts = header.map((r) => ({ row: r, layout: this.layoutRow(r, widths) }));
    const headerHeight = headerLayouts.reduce((sum, h) => sum + h.layout.height, 0);
    const drawHeader = () => {
      for (const h of headerLayouts) this.drawRow(h.layout, h.row, COLOR.rule);
    };
    let first = true;
    for (const row of rows) {
      const layout = this.layoutRow(row, widths);
      if (first) {
        this.ensure(headerHeight + layout.height);
        drawHeader();
        first = false;
      } else if (this.y + layout.height > this.bottom) {
        this.addPage();
        drawHeader();
      }
      this.drawRow(layout, row, COLOR.rule);
    }
  }
}
