import { describe, expect, it } from 'vitest';
import { boldStyleIds, withStyledBold } from '../../src/ingest/docx-styles.js';
import type { MammothNode } from '../../src/ingest/mammoth-tree.js';

const styles = `<?xml version="1.0"?><w:styles xmlns:w="x">
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="QuestionLabel"><w:basedOn w:val="Strong"/><w:rPr><w:color w:val="1F3864"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="PlainLabel"><w:basedOn w:val="Strong"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="FormLabel"><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:b w:val="true"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="table" w:styleId="FormTable"><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Normal"><w:pPr/></w:style>
</w:styles>`;

describe("bold set by a document's styles", () => {
  it('finds the character and paragraph styles that make text bold, through what they are based on', () => {
    expect([...boldStyleIds(styles)].sort()).toEqual(['FormLabel', 'QuestionLabel', 'Strong']);
  });

  it('marks bold the runs in such a style, and every run of a paragraph in one', () => {
    const run = (styleId: string | null, value: string): MammothNode => ({ type: 'run', styleId, children: [{ type: 'text', value }] });
    const tree: MammothNode = {
      type: 'document',
      children: [
        { type: 'paragraph', styleId: 'Normal', children: [run('Strong', 'Gender'), run(null, ' Female')] },
        { type: 'paragraph', styleId: 'FormLabel', children: [run(null, 'Who took part')] },
        { type: 'paragraph', styleId: 'Normal', children: [run('PlainLabel', 'Both parents')] },
      ],
    };
    withStyledBold(tree, boldStyleIds(styles));
    const runs = tree.children!.flatMap((para) => para.children!);
    expect(runs.map((r) => !!r.isBold)).toEqual([true, false, true, false]);
  });
});
