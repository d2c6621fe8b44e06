/** A part of an upload form, as a feature's service reads it (the HTTP layer makes them). */
export type FormPart =
  | { type: 'field'; name: string; value: string }
  | {
      type: 'file';
      name: string;
      /** As the client named it; made safe before it is stored. */
      fileName: string;
      /** The bytes as they arrive; ends with the route's 413 past its limit. */
      content: AsyncIterable<Buffer>;
    };
