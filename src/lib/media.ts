/**
 * Links into a recording at a moment. An audio or video file takes a media fragment (`#t=83`,
 * which browsers play from there), a YouTube video its `t` parameter; any other page cannot be
 * linked at a moment.
 */
export type MediaKind = 'file' | 'youtube' | 'page';

const FILE = /\.(mp3|m4a|aac|ogg|oga|opus|wav|flac|mp4|m4v|webm|mov)$/i;

export function mediaKind(media: string): MediaKind {
  let u: URL;
  try {
    u = new URL(media);
  } catch {
    return 'page';
  }
  if (FILE.test(u.pathname)) return 'file';
  if (/(^|\.)youtube\.com$/i.test(u.hostname) && u.searchParams.get('v')) return 'youtube';
  if (/^youtu\.be$/i.test(u.hostname) && u.pathname.length > 1) return 'youtube';
  return 'page';
}

/** The address that plays `media` from `seconds`, or null when the recording is a page that cannot. */
export function mediaAt(media: string, seconds: number): string | null {
  const t = Math.max(0, Math.floor(seconds));
  switch (mediaKind(media)) {
    case 'file':
      return `${media.replace(/#.*$/, '')}#t=${t}`;
    case 'youtube': {
      const u = new URL(media);
      const id = u.hostname.endsWith('youtu.be') ? u.pathname.slice(1) : u.searchParams.get('v')!;
      return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}&t=${t}s`;
    }
    default:
      return null;
  }
}

/** 83 -> "1:23", 3723 -> "1:02:03". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "1:02:03" -> 3723. */
export function seconds(clockText: string): number {
  return clockText.split(':').map(Number).reduce((s, p) => s * 60 + p, 0);
}
