export enum ReadingFormat {
  PLAIN = 'PLAIN',
  MARKDOWN = 'MARKDOWN',
}
