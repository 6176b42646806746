// Share links carry the program in the URL hash (never sent to the server), deflated and
// base64url-encoded with the browser's own CompressionStream, so no library is needed.

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeProgram(source: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(source), new CompressionStream("deflate-raw")));
}

/** Returns null for a damaged or foreign hash instead of throwing. */
export async function decodeProgram(encoded: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream("deflate-raw")));
  } catch {
    return null;
  }
}
