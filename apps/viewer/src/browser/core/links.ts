const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtu.be']);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

/**
 * A link to `seconds` into the episode's media: YouTube takes `t=1121s` in the query, Vimeo
 * `#t=1121s`, anything else a W3C media fragment `#t=1121` (honoured by browsers for audio and
 * video files). Only http(s) URLs are linked: a `javascript:` media URL gives null.
 */
export function mediaLinkAt(mediaUrl: string, seconds: number): string | null {
  let url: URL;
  try {
    url = new URL(mediaUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const s = Math.max(0, Math.floor(seconds));
  if (YOUTUBE_HOSTS.has(url.hostname)) {
    url.searchParams.delete('start');
    url.searchParams.set('t', `${s}s`);
  } else if (VIMEO_HOSTS.has(url.hostname)) {
    url.hash = `t=${s}s`;
  } else {
    url.hash = `t=${s}`;
  }
  return url.toString();
}
