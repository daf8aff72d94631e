/** Hand a file to the reader's browser as a download. */
export function saveFile(name: string, data: string | Uint8Array, type: string): void {
  // Copy bytes into a plain ArrayBuffer-backed view, which Blob accepts under every lib typing.
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
