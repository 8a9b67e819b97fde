import mammoth from 'mammoth';
import { BadUserInputError } from '../errors/glossa-error';
import { ConvertedDocument } from './converted-document';
import { convertHtmlFragment } from './html-converter';

/** A Word document through mammoth's semantic HTML (headings, lists, quotes, footnotes). */
export async function convertDocx(bytes: Buffer, filename: string): Promise<ConvertedDocument> {
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml(
        { buffer: bytes },
        {
          styleMap: [
            "p[style-name='Quote'] => blockquote > p:fresh",
            "p[style-name='Intense Quote'] => blockquote > p:fresh",
          ],
        },
      )
    ).value;
  } catch (error) {
    throw new BadUserInputError(`The Word document could not be read (${(error as Error).message}).`);
  }
  const { text, blocks, firstHeading } = await convertHtmlFragment(html);
  return {
    text,
    structure: { blocks, pages: [] },
    metadata: { title: firstHeading || filename.replace(/\.[^.]+$/, ''), author: '', source: filename },
  };
}
