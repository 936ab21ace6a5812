/** YouTube ids and URLs. Playback goes through youtube-nocookie.com, and only after a click. */

/** An 11-character YouTube video id. */
const YOUTUBE_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;
/** A playlist id (e.g. PL… 34 characters); loose on length, strict on characters. */
const YOUTUBE_PLAYLIST_PATTERN = /^[A-Za-z0-9_-]{12,64}$/;

/** Where YouTube's player comes from, only after a reader presses play (and the CSP's frame-src). */
export const VIDEO_ORIGIN = 'https://www.youtube-nocookie.com';

const NOCOOKIE_EMBED = `${VIDEO_ORIGIN}/embed`;

/** The privacy-enhanced embed of a video, the one the page's player and JSON-LD name. */
export function youtubeEmbedUrl(videoId: string): string {
  return `${NOCOOKIE_EMBED}/${videoId}`;
}

export function isYouTubeId(value: unknown): value is string {
  return typeof value === 'string' && YOUTUBE_ID_PATTERN.test(value);
}

export function isYouTubePlaylistId(value: unknown): value is string {
  return typeof value === 'string' && YOUTUBE_PLAYLIST_PATTERN.test(value);
}

export function youtubeWatchUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${videoId}`;
}

export function youtubePlaylistUrl(playlistId: string): string {
  return `https://www.youtube.com/playlist?list=${playlistId}`;
}

/** What to play: one video, or a whole playlist. */
export type VideoSource =
  {readonly kind: 'video'; readonly id: string} | {readonly kind: 'playlist'; readonly id: string};

export function embedUrl(source: VideoSource): string {
  return source.kind === 'video'
    ? `${NOCOOKIE_EMBED}/${source.id}?autoplay=1`
    : `${NOCOOKIE_EMBED}/videoseries?list=${source.id}&autoplay=1`;
}

export function externalUrl(source: VideoSource): string {
  return source.kind === 'video' ? youtubeWatchUrl(source.id) : youtubePlaylistUrl(source.id);
}

/** Error text for a bad id, naming the prop; null when the id is fine. */
export function describeBadVideoId(prop: string, value: unknown): string | null {
  if (isYouTubeId(value)) return null;
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  const hint =
    typeof value === 'string' && /youtu/.test(value)
      ? ' (give the id only, not the URL: the 11 characters after "v=" or "youtu.be/")'
      : '';
  return `prop "${prop}" is ${shown}: a YouTube video id is exactly 11 characters of A-Z, a-z, 0-9, "_" or "-"${hint}`;
}
