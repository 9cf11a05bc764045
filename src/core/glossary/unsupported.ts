// Thrown by the fast reader where the text leaves the YAML subset it reads;
// the caller then hands that part (or the whole file) to the `yaml` package.
export class Unsupported {}

export const UNSUPPORTED = new Unsupported();
