/** A row of an upload that cannot apply; raised before the row writes anything, so the file's transaction stays good. */
export class RowRefused extends Error {}
