/** Saves text as a file from an extension page: a link to a Blob, clicked, so no permission is needed. */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a while for browsers that read it late.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
