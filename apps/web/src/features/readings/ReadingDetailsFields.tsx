import { TextField } from '../../ui/TextField';

/** What the convenor says of a reading before saving it. */
export interface ReadingDetails {
  title: string;
  author: string;
  source: string;
}

export const NO_DETAILS: ReadingDetails = { title: '', author: '', source: '' };

/** Title, author and source of a new reading, prefilled from its document where there is one. */
export function ReadingDetailsFields({
  details,
  onChange,
}: {
  details: ReadingDetails;
  onChange: (details: ReadingDetails) => void;
}) {
  return (
    <>
      <TextField
        label="Title"
        name="title"
        required
        maxLength={300}
        value={details.title}
        onChange={(e) => onChange({ ...details, title: e.target.value })}
      />
      <TextField
        label="Author"
        name="author"
        maxLength={300}
        value={details.author}
        onChange={(e) => onChange({ ...details, author: e.target.value })}
      />
      <TextField
        label="Source"
        name="source"
        maxLength={1000}
        hint="A citation, DOI or URL."
        value={details.source}
        onChange={(e) => onChange({ ...details, source: e.target.value })}
      />
    </>
  );
}
