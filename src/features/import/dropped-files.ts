// Files from a drop: several files, or a folder's files (Chromium exposes a
// dropped folder only through webkitGetAsEntry).

const ACCEPTED = /\.(csv|txt|tsv)$/i;

/** Whether a file found inside a dropped folder is one the importer reads. */
export function isImportable(name: string): boolean {
  return ACCEPTED.test(name);
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries returns at most ~100 entries a call: call until it returns none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function filesOf(entry: FileSystemEntry, depth: number): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return depth === 0 || isImportable(file.name) ? [file] : [];
  }
  if (entry.isDirectory && depth < 4) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    const nested = await Promise.all(children.map((child) => filesOf(child, depth + 1)));
    return nested.flat();
  }
  return [];
}

/** Every file dropped, folders expanded (only .csv/.txt/.tsv taken from inside folders). */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return [...data.files];
  const found = await Promise.all(entries.map((e) => (e ? filesOf(e, 0) : Promise.resolve([]))));
  return found.flat().sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
